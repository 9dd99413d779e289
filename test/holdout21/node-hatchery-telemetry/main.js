'use strict';

// Salmon hatchery telemetry roll-up: replays 9 weeks of probe and feeder
// logger lines for every tank through a bounded in-process queue, keeps
// rolling water-quality state per tank, raises oxygen alarms and writes the
// daily husbandry export (with its digest) to a temporary folder.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { loggerLines, hatcheryTanks } = require('./lib/feed');
const { parseLine } = require('./lib/parse');
const { TankMonitor } = require('./lib/tankState');
const { dailyRows, exportDigest } = require('./lib/report');

const SEED = 5150;
const MINUTES = 64 * 1440;
const BATCH = 4096;

async function rollUp(outDir) {
  const tanks = hatcheryTanks();
  const monitors = new Map(tanks.map((t) => [t.id, new TankMonitor(t)]));
  let parsed = 0;
  let rejected = 0;
  let batch = [];

  const consume = (lines) => {
    for (const line of lines) {
      const r = parseLine(line);
      if (!r) {
        rejected++;
        continue;
      }
      parsed++;
      const monitor = monitors.get(r.tank);
      if (r.kind === 'probe') monitor.probe(r);
      else monitor.feed(r);
    }
  };

  for (const line of loggerLines(SEED, tanks, MINUTES)) {
    batch.push(line);
    if (batch.length === BATCH) {
      consume(batch);
      batch = [];
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  consume(batch);

  const chunks = ['tank,stage,day,degree_days,min_do,max_temp,mean_ph,feed_kg\n'];
  let alarms = 0;
  let degreeDays = 0;
  for (const monitor of monitors.values()) {
    monitor.finish();
    const s = monitor.summary();
    alarms += s.alarms;
    degreeDays += s.degreeDays;
    chunks.push(dailyRows(s).join('\n') + '\n');
  }
  const file = path.join(outDir, 'husbandry.csv');
  await fs.promises.writeFile(file, chunks.join(''));
  const digest = exportDigest(chunks);
  return { parsed, rejected, alarms, degreeDays, bytes: (await fs.promises.stat(file)).size, digest };
}

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hatchery-'));
rollUp(outDir)
  .then((r) => {
    console.log(
      `hatchery: ${r.parsed} readings, ${r.rejected} rejected, ${r.alarms} oxygen alarms, ` +
        `${r.degreeDays.toFixed(0)} tank degree-days, export ${r.bytes} B sha256 ${r.digest.slice(0, 16)}`
    );
  })
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(outDir, { recursive: true, force: true }));
