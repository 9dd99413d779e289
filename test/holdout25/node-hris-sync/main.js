'use strict';

// Nightly HRIS sync worker: pulls the workforce from the HRIS API, reconciles it with the
// local people directory, recalculates leave balances and writes the change feed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRng } = require('./lib/rng');
const { ENTITIES, startStubHris, buildWorkforce } = require('./lib/stub-hris');
const { fetchSpec } = require('./lib/hris-client');
const { toDirectoryRecord, reconcile } = require('./lib/directory');
const { syncEntity } = require('./lib/sync');

const WORKFORCE = 14000;

function previousSnapshot(dir) {
  // Yesterday's directory: the same workforce before today's changes in the HRIS.
  const earlier = buildWorkforce(createRng(91), WORKFORCE);
  const rng = createRng(5);
  const entities = new Map(ENTITIES.map((e) => [e.code, e]));
  const records = [];
  for (const p of earlier) {
    if (rng.next() < 0.03) continue;
    const rec = toDirectoryRecord(p, entities.get(p.entity));
    if (rng.next() < 0.05) rec.department = 'Unassigned';
    records.push(rec);
  }
  const file = path.join(dir, 'directory.json');
  fs.writeFileSync(file, JSON.stringify(records));
  return file;
}

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hris-sync-'));
  const { server, port } = await startStubHris(createRng(91), WORKFORCE);
  try {
    const started = Date.now();
    const snapshotFile = previousSnapshot(workDir);
    const local = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'));
    const baseUrl = `http://127.0.0.1:${port}`;
    const spec = await fetchSpec(baseUrl);
    const config = { baseUrl, token: 'sync-worker-token', spec };
    const asOf = Date.UTC(2024, 5, 30);

    const remote = [];
    const balances = [];
    for (const entity of ENTITIES) {
      const result = await syncEntity(config, entity, asOf);
      remote.push(...result.records);
      balances.push(...result.balances);
    }
    const changes = reconcile(local, remote);
    fs.writeFileSync(path.join(workDir, 'changes.ndjson'), changes.map((c) => JSON.stringify(c)).join('\n') + '\n');
    fs.writeFileSync(path.join(workDir, 'leave-balances.csv'), ['employee_id,entitlement,accrued,taken,remaining,sick_days']
      .concat(balances.map((b) => [b.employeeId, b.entitlement, b.accrued, b.taken, b.remaining, b.sickDays].join(',')))
      .join('\n'));
    fs.writeFileSync(snapshotFile, JSON.stringify(remote));
    const byKind = {};
    for (const c of changes) byKind[c.kind] = (byKind[c.kind] || 0) + 1;
    const reviews = balances.filter((b) => b.triggerSicknessReview).length;
    console.log(`synced ${remote.length} employees, ${balances.length} leave balances, ${reviews} sickness reviews, ` +
      `changes ${JSON.stringify(byKind)} in ${Date.now() - started} ms`);
  } finally {
    await new Promise((r) => server.close(r));
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
