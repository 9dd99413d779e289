'use strict';

// Year-end service charge reconciliation for a residential estate: pools the purchase
// ledger, apportions it across flats per the lease schedules, and issues certificates.
const fsp = require('fs/promises');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildEstate, buildSchedules } = require('./lib/estate');
const { buildLedger, COST_HEADS } = require('./lib/expenditure');
const { poolExpenditure, apportion, HEADS_BY_CODE } = require('./lib/apportion');
const { reconcile } = require('./lib/budget');
const { StatementWriter } = require('./lib/statements');

async function main() {
  const started = Date.now();
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'service-charge-'));
  try {
    const estate = buildEstate(1707, 90);
    const schedules = buildSchedules(estate);
    const invoices = buildLedger(2025, estate, 45000);
    const headCodes = COST_HEADS.map((h) => h.code);
    let certificates = 0;
    let bytes = 0;
    let charges = 0;
    let credits = 0;
    const writer = new StatementWriter(HEADS_BY_CODE, '2025/26');
    // Re-run the reconciliation for each month-end cut of the ledger, as the board pack shows
    // how the position developed through the year.
    const cuts = [];
    for (let m = 0; m < 12; m++) cuts.push(new Date(Date.UTC(2025, 4 + m, 0)).toISOString().slice(0, 10));
    for (const cut of cuts) {
      const inPeriod = invoices.filter((inv) => inv.date <= cut);
      const { pools, disputed } = poolExpenditure(inPeriod);
      const perUnit = apportion(pools, schedules);
      const results = reconcile(estate.units, perUnit, headCodes, 2.5 * 100);
      const dir = path.join(workDir, cut);
      await fsp.mkdir(dir);
      const index = [];
      const bundle = [];
      for (const result of results) {
        const doc = writer.render(result);
        index.push(`${doc.unitId}\t${result.balance}\t${doc.digest}`);
        bytes += doc.text.length;
        certificates += 1;
        if (result.balance > 0) charges += result.balance; else credits -= result.balance;
        if (cut === cuts[cuts.length - 1]) bundle.push(doc.text);
      }
      await fsp.writeFile(path.join(dir, 'index.tsv'), index.join('\n') + '\n');
      // Print-ready run: one file, certificates separated by form feeds.
      if (bundle.length) await fsp.writeFile(path.join(dir, 'certificates.txt'), bundle.join('\f'));
      if (cut.endsWith('-03-31')) console.log(`cut ${cut}: ${inPeriod.length} invoices in ${pools.length} pools, disputed ${(disputed / 100).toFixed(2)}`);
    }
    console.log(`service charge report: ${estate.units.length} flats, ${certificates} certificates, ${(bytes / 1024).toFixed(0)} KiB, ` +
      `charges ${(charges / 100).toFixed(2)}, credits ${(credits / 100).toFixed(2)}, ${Date.now() - started} ms`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
