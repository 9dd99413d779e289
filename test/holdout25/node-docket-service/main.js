'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRng } = require('./lib/rng');
const { writeCourtRules, generateMatters, DocketStore, BASE, DAY_MS } = require('./lib/matters');
const { ClerkDirectory } = require('./lib/auth');
const { CourtRuleBook } = require('./lib/rules');
const { createDocketServer } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-'));
  try {
    const rng = createRng(20240611);
    writeCourtRules(path.join(workDir, 'rules'), rng);
    const store = new DocketStore(generateMatters(rng, 600));
    const clerks = new ClerkDirectory();
    const tokens = [];
    for (let i = 0; i < 24; i++) {
      const token = Array.from({ length: 24 }, () => 'abcdefghjkmnpqrstuvwxyz23456789'[rng.int(0, 30)]).join('');
      clerks.register(`clerk${i}`, token, rng);
      tokens.push(`clerk${i}.${token}`);
    }
    let now = BASE + 400 * DAY_MS;
    const clock = () => (now += 37000);
    const server = createDocketServer({ store, clerks, ruleBook: new CourtRuleBook(path.join(workDir, 'rules')), clock });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address();
    const started = Date.now();
    const stats = await runLoad({
      port, rng: createRng(77), matterIds: [...store.matters.keys()], tokens, total: 1500, concurrency: 8,
    });
    await new Promise((r) => server.close(r));
    console.log(`docket-service: ${stats.ok} ok, ${stats.failed} failed, ${(stats.bytes / 1e6).toFixed(1)} MB in ` +
      `${Date.now() - started} ms`, stats.byRoute);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
