'use strict';
// Nightly access-log analyzer: parses a day of edge logs and prints a per-route
// traffic summary plus the slow-request digest.
const { accessLogLines } = require('./loggen');
const { parseLine } = require('./parser');
const { TrafficReport } = require('./aggregate');
const { formatCount } = require('./format');

const LINES = Number(process.env.LOG_LINES || 300000);

function main() {
  const report = new TrafficReport();
  let parsed = 0;
  let rejected = 0;
  const t0 = Date.now();
  for (const line of accessLogLines(LINES)) {
    const entry = parseLine(line);
    if (!entry) { rejected++; continue; }
    report.add(entry);
    parsed++;
  }
  const s = report.summary();
  console.log(`parsed ${formatCount(parsed)} lines (${rejected} rejected) in ${Date.now() - t0} ms`);
  console.log(`unique sessions: ${formatCount(s.uniqueSessions)}, hours covered: ${s.hours}, slow requests: ${formatCount(s.slow)}`);
  for (const row of s.rows.slice(0, 12)) {
    console.log(`${row.route.padEnd(20)} ${String(row.hits).padStart(8)}  err ${(row.errorRate * 100).toFixed(2)}%  p95 ${row.p95}  ${row.volume}`);
  }
}

main();
