'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildPanel } = require('./lib/panel');
const { writeBordereau, readBordereau } = require('./lib/bordereau');
const { validateRecord } = require('./lib/validate');
const { priceRenewals } = require('./lib/commission');
const { writeStatement } = require('./lib/statement');

function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'broker-renewals-'));
  try {
    const panel = buildPanel();
    const insurersByCode = new Map(panel.insurers.map((i) => [i.code, i]));
    let totals = { accepted: 0, rejected: 0, commission: 0, groups: 0 };
    for (let month = 1; month <= 4; month++) {
      const file = path.join(work, `bordereau-2026-${String(month).padStart(2, '0')}.csv`);
      writeBordereau(file, panel.insurers, 60000, 500 + month);
      const records = readBordereau(file);
      const accepted = [];
      const rejected = [];
      for (const rec of records) {
        const problems = validateRecord(rec, insurersByCode);
        if (problems.length) rejected.push({ line: rec.line, problems }); else accepted.push(rec);
      }
      const priced = priceRenewals(accepted, panel);
      const summary = writeStatement(path.join(work, `statement-2026-${month}.txt`), priced, rejected);
      totals.accepted += priced.length;
      totals.rejected += rejected.length;
      totals.commission += priced.reduce((s, p) => s + p.commission, 0);
      totals.groups += summary.groups;
    }
    console.log(`renewals priced ${totals.accepted}, rejected ${totals.rejected}, commission GBP ${totals.commission.toFixed(2)}, groups ${totals.groups}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
