'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { writeFixtures } = require('./lib/fixtures');
const { loadAccessions, loadTests } = require('./lib/ingest');
const { AccessionAnalyser, speciesSummary } = require('./lib/analysis');
const { writeAccessionCsv, speciesTable, regenerationList, gzipFile, sha256File } = require('./lib/report');

const ACCESSIONS = Number(process.env.SEEDBANK_ACCESSIONS || 56000);
const RESAMPLES = Number(process.env.SEEDBANK_RESAMPLES || 3000);
const AS_OF = Date.UTC(2026, 0, 1);

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedbank-'));
  try {
    const accessionsFile = path.join(workDir, 'accessions.csv');
    const testsFile = path.join(workDir, 'germination-tests.txt');
    const fixture = writeFixtures({ accessionsFile, testsFile, accessions: ACCESSIONS, seed: 2000 });

    const { byId, rejected } = loadAccessions(accessionsFile);
    const ingest = await loadTests(testsFile, byId);

    const analyser = new AccessionAnalyser();
    const results = [];
    const bySpecies = new Map();
    for (const acc of byId.values()) {
      if (acc.tests.size < 2) continue;
      const r = analyser.analyse(acc);
      results.push(r);
      if (!bySpecies.has(r.species)) bySpecies.set(r.species, []);
      bySpecies.get(r.species).push(r);
    }
    const summaries = [...bySpecies.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, list], i) => speciesSummary(code, list, { resamples: RESAMPLES, seed: 77 + i }));

    const csvFile = path.join(workDir, 'accession-viability.csv');
    await writeAccessionCsv(csvFile, results);
    const table = speciesTable(summaries);
    const regen = regenerationList(results, AS_OF, 25);
    const reportFile = path.join(workDir, 'viability-report.txt');
    fs.writeFileSync(reportFile, `${table}\n\n${regen.text}\n`);
    await gzipFile(csvFile, `${csvFile}.gz`);
    const checksums = {};
    for (const f of [csvFile, `${csvFile}.gz`, reportFile]) checksums[path.basename(f)] = await sha256File(f);

    console.log(table);
    console.log(JSON.stringify({
      fixture,
      rejectedAccessionLines: rejected.length,
      ingest,
      analysed: results.length,
      dueForRegeneration: regen.due,
      checksums,
      elapsedMs: Date.now() - started,
    }, null, 2));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
