'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { writeSyntheticLog } = require('./generate');
const { parseLine } = require('./parser');
const { matchRoute } = require('./routes');
const { Rollup } = require('./rollup');

async function rollupFile(file) {
  const rollup = new Rollup();
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let lines = 0;
  let rejected = 0;
  for await (const line of rl) {
    lines++;
    const entry = parseLine(line);
    if (!entry) {
      rejected++;
      continue;
    }
    const { template } = matchRoute(entry.url);
    rollup.add(`${entry.method} ${template}`, entry);
  }
  return { lines, rejected, rollup };
}

async function main() {
  const file = path.join(os.tmpdir(), `access-log-rollup-${process.pid}.log`);
  writeSyntheticLog(file, Number(process.env.LINES || 700000), 2024);
  try {
    const { lines, rejected, rollup } = await rollupFile(file);
    const report = rollup.report();
    console.log(`lines=${lines} rejected=${rejected} endpoints=${report.length}`);
    for (const r of report.slice(0, 8)) {
      console.log(`${r.route.padEnd(44)} ${String(r.requests).padStart(7)} p95=${r.p95.toFixed(3)} visitors=${r.uniqueVisitors}`);
    }
  } finally {
    fs.unlinkSync(file);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
