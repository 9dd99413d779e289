'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./src/rng');
const { RunLogger } = require('./src/logger');
const { buildSubscriptions, buildLiftFeedCsv } = require('./src/fixtures');
const { parseLiftFeed, reconcileLifts, truckDistances, buildStatements } = require('./src/reconcile');

const TRADE_CUSTOMERS = Number(process.env.BINLIFT_CUSTOMERS || 230);
const LIFTS = Number(process.env.BINLIFT_LIFTS || 190000);

function toInvoiceCsv(accounts) {
  const rows = ['account_id,round,address,balance,flags'];
  for (const a of accounts) {
    if (a.balance === 0 && a.flags.length === 0) continue;
    rows.push(`${a.accountId},${a.round},"${a.address}",${a.balance.toFixed(2)},${a.flags.length}`);
  }
  return rows.join('\n');
}

async function main() {
  const started = Date.now();
  const rand = mulberry32(771203);
  const logLines = [];
  const log = new RunLogger('binlift-reconcile', process.env.LOG_LEVEL || 'info', logLines);
  const workDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'binlift-'));
  try {
    const { subs, accounts } = buildSubscriptions(rand, TRADE_CUSTOMERS);
    const feedPath = path.join(workDir, 'lifts-2024q3.csv');
    await fs.promises.writeFile(feedPath, buildLiftFeedCsv(rand, subs, LIFTS));
    log.info('fixtures ready', { customers: accounts.length, bins: subs.length, lifts: LIFTS });

    const lifts = parseLiftFeed(await fs.promises.readFile(feedPath, 'utf8'));
    const accountsById = new Map(accounts.map((a) => [a.accountId, a]));
    const result = reconcileLifts(lifts, subs, accountsById, log);
    const trucks = truckDistances(lifts);

    const statements = buildStatements(accounts, result.ledger);
    await fs.promises.writeFile(path.join(workDir, 'statements.txt'), statements.join('\f'));
    await fs.promises.writeFile(path.join(workDir, 'invoices.csv'), toInvoiceCsv(accounts));
    await fs.promises.writeFile(path.join(workDir, 'audit.jsonl'), result.audit.map((a) => JSON.stringify(a)).join('\n'));

    log.info('reconciliation complete', { matched: result.matched, unmatched: result.unmatched.length, audit: result.audit.length });
    const charged = [...result.chargeTotals.entries()].map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' ');
    console.log(`matched=${result.matched} unmatched=${result.unmatched.length} auditEntries=${result.audit.length} gpsMismatches=${result.gpsMismatches} statements=${statements.length}`);
    console.log(`charges ${charged}`);
    const topRounds = [...result.roundKg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3)
      .map(([r, kg]) => `${r}:${(kg / 1000).toFixed(1)}t`).join(' ');
    console.log(`heaviest rounds ${topRounds}; trucks=${trucks.length} totalKm=${trucks.reduce((s, t) => s + t.km, 0).toFixed(0)}`);
    console.log(`log lines written=${log.written} elapsed ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    await fs.promises.rm(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
