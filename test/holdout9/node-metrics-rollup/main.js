'use strict';
// Metrics aggregator: consumes StatsD datagram batches, rolls them up per
// metric/service/region in 10-second windows and writes a flush report.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { metricStream } = require('./source');
const { parseDatagram } = require('./parse');
const { Rollup } = require('./rollup');

const BATCHES = Number(process.env.BATCHES || 5000);
const BATCH_SIZE = 1000;
const WINDOW_BATCHES = 100;

const numberFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const countFmt = new Intl.NumberFormat('en-US', { notation: 'compact' });

function summarizeWindow(windowNo, snapshots) {
  const rows = snapshots
    .filter((s) => s.kind === 'ms')
    .sort((a, b) => b.p99 - a.p99)
    .slice(0, 3)
    .map((s) => `${s.key} p50=${numberFmt.format(s.p50)} p99=${numberFmt.format(s.p99)} n=${countFmt.format(s.count)}`);
  return `window ${windowNo}: ${snapshots.length} series\n  ${rows.join('\n  ')}`;
}

async function main() {
  const rollup = new Rollup();
  const report = [];
  let datagrams = 0;
  let malformed = 0;
  let batchNo = 0;
  const t0 = Date.now();

  for await (const batch of metricStream({ batches: BATCHES, batchSize: BATCH_SIZE })) {
    let start = 0;
    while (start < batch.length) {
      let end = batch.indexOf('\n', start);
      if (end === -1) end = batch.length;
      const sample = parseDatagram(batch.slice(start, end));
      if (sample) {
        rollup.record(sample);
        datagrams++;
      } else {
        malformed++;
      }
      start = end + 1;
    }
    if (++batchNo % WINDOW_BATCHES === 0) report.push(summarizeWindow(batchNo / WINDOW_BATCHES, rollup.flush()));
  }

  const outFile = path.join(os.tmpdir(), `metrics-rollup-${process.pid}.txt`);
  await fs.promises.writeFile(outFile, report.join('\n'));
  console.log(report.slice(-1)[0]);
  console.log(`${countFmt.format(datagrams)} datagrams (${malformed} malformed) from ${rollup.hosts.size} hosts in ${Date.now() - t0} ms`);
  await fs.promises.unlink(outFile);
}

main().catch((err) => { console.error(err); process.exit(1); });
