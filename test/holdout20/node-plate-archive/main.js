'use strict';

const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { logbookLines, parseLogLine } = require('./lib/platelog');
const { ScanQueue } = require('./lib/jobs');
const { digitisePlate } = require('./lib/digitise');
const { ReferenceCatalogue } = require('./lib/crossmatch');
const { ArchiveLog } = require('./lib/log');
const { plateSummaryLine, decadeTable } = require('./lib/report');

async function scannerLane(queue, reference, log, records) {
  for (;;) {
    const plate = await queue.next();
    if (!plate) return;
    const result = digitisePlate(plate, reference, log);
    records.push({ plate, result });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function main() {
  const log = new ArchiveLog('info');
  const reference = new ReferenceCatalogue(120000, 1887);
  const queue = new ScanQueue();
  const records = [];
  const lanes = [1, 2, 3].map(() => scannerLane(queue, reference, log, records));

  let rejected = 0;
  for (const line of logbookLines(Number(process.env.PLATES || 7500), 1891)) {
    const plate = parseLogLine(line);
    if (!plate || plate.quality < 2) {
      rejected++;
      continue;
    }
    queue.enqueue(plate);
  }
  queue.finish();
  await Promise.all(lanes);

  records.sort((a, b) => a.plate.plateId.localeCompare(b.plate.plateId));
  const outDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'plate-archive-'));
  try {
    await fsp.writeFile(path.join(outDir, 'plates.tsv'), records.map((r) => plateSummaryLine(r.plate, r.result)).join('\n'));
    await fsp.writeFile(path.join(outDir, 'decades.tsv'), decadeTable(records).join('\n'));
    await fsp.writeFile(path.join(outDir, 'checksums.txt'), records.flatMap((r) => r.result.tiles.map((t) => `${t.sha1}  ${r.plate.plateId}/${t.index}`)).join('\n'));
  } finally {
    await fsp.rm(outDir, { recursive: true, force: true });
  }
  const sources = records.reduce((s, r) => s + r.result.sources, 0);
  const matched = records.reduce((s, r) => s + r.result.matched, 0);
  console.log(JSON.stringify({ plates: records.length, rejected, sources, matched, logLines: log.lines.length }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
