'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { FUNDS } = require('./lib/chart');
const { generateLedger } = require('./lib/ledger');
const { analyseLedger, fundTransfers } = require('./lib/funds');
const { trend, volatility, reservesCover } = require('./lib/stats');
const { renderReport } = require('./lib/report');
const { createRng } = require('./lib/rng');

function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fund-report-'));
  try {
    const opening = { GEN: 48000000, 'DES-BLD': 25000000, 'RES-FOOD': 3000000, 'RES-YTH': 1200000, 'RES-HSE': 800000, 'RES-LOT': 400000, 'END-SCH': 90000000 };
    const rng = createRng(31);
    let written = 0;
    // One report per branch charity in the group.
    for (let branch = 1; branch <= 10; branch++) {
      const postings = generateLedger(500000, 1000 + branch);
      const analysis = analyseLedger(postings, opening);
      const transfers = fundTransfers(analysis.closing);
      const reserves = FUNDS.map((f, i) => {
        const series = Array.from(analysis.monthly[i]);
        const t = trend(series);
        const cover = reservesCover(series, analysis.closing[i].closing, rng, 12000);
        return { fund: f.code, trend: t.slope, volatility: volatility(series), ...cover };
      });
      const { html, gz } = renderReport(analysis, transfers, reserves);
      fs.writeFileSync(path.join(work, `branch-${branch}-annual-report.html.gz`), gz);
      written += gz.length;
      if (branch === 1) console.log(`branch 1 report: ${html.length} chars, ${transfers.length} fund transfers`);
    }
    console.log(`wrote 10 trustees' reports, ${written} compressed bytes`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
