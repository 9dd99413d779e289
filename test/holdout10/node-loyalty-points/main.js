'use strict';

// Monthly loyalty accrual run: read the partner transaction feed, award points
// with tier multipliers and promotions, expire old lots and render member statements.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { Logger } = require('./logger');
const { generateMembers, generateTransactions } = require('./generate');
const { AccrualEngine, tierFor } = require('./accrual');
const { currentRules } = require('./rules');
const { renderStatement } = require('./statements');

async function main() {
  const log = new Logger('accrual', { level: process.env.LOG_LEVEL || 'info', out: process.stderr });
  const members = generateMembers(Number(process.env.MEMBERS || 9000), 11);
  const txns = generateTransactions(members, Number(process.env.TXNS || 60000), 12);
  log.info('loaded %d members, %d transactions', members.length, txns.length);

  const t0 = Date.now();
  const engine = new AccrualEngine(members, log);
  for (const txn of txns) engine.accrue(txn);
  engine.expire('2024-04-15', 24);
  log.info('accrual done: %d accepted, %d rejected, %d points', engine.totals.accepted, engine.totals.rejected, engine.totals.points);

  const outFile = path.join(os.tmpdir(), `loyalty-statements-${process.pid}.txt`);
  const stream = fs.createWriteStream(outFile);
  const rules = currentRules();
  let statements = 0;
  let bytes = 0;
  for (const account of engine.accounts.values()) {
    if (account.accrued === 0) continue;
    const text = renderStatement(account, '2023-03/2024-04', rules, tierFor(rules, account.lifetime));
    bytes += text.length;
    statements++;
    if (!stream.write(text)) await new Promise((r) => stream.once('drain', r));
  }
  await new Promise((r) => stream.end(r));
  fs.unlinkSync(outFile);

  const topPartners = [...engine.totals.byPartner].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, p]) => `${n}=${p}`).join(', ');
  console.log(`loyalty-points: ${txns.length} txns, ${engine.totals.accepted} accepted, ${engine.totals.points} points (+${engine.totals.bonus} bonus), ` +
    `${statements} statements (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)}s; top: ${topPartners}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
