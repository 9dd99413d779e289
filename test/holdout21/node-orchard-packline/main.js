'use strict';

// Apple packhouse grading line for one shift: optical sorter frames go
// through grading, sticker verification and pack-out over an in-process
// message bus; the shift ends with a pallet manifest written to a temp
// folder that is removed afterwards.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { cameraFrames, growerList } = require('./lib/camera');
const { PacklineBus } = require('./lib/queue');
const { gradeFruit } = require('./lib/grading');
const { retailProgramme } = require('./lib/stickers');
const { PackoutStation } = require('./lib/packout');
const { LineLog } = require('./lib/linelog');

const SEED = 77031;
const FRUIT_PER_SHIFT = 190000;
const BATCH = 2000;

async function runShift(dir) {
  const log = new LineLog(path.join(dir, 'line.log'), 'info');
  const bus = new PacklineBus();
  const packout = new PackoutStation(log);
  let graded = 0;
  bus.subscribe('frames', (frame) => {
    bus.publish('graded', gradeFruit(frame));
  });
  bus.subscribe('graded', (fruit) => {
    graded++;
    fruit.programme = fruit.grade === 'I' ? retailProgramme(fruit) : 'processing';
    bus.publish('labelled', fruit);
  });
  bus.subscribe('labelled', (fruit) => packout.accept(fruit));

  const frames = cameraFrames(SEED, FRUIT_PER_SHIFT, growerList());
  let batch = 0;
  for (const frame of frames) {
    bus.publish('frames', frame);
    if (++batch === BATCH) {
      batch = 0;
      await bus.drain();
    }
  }
  await bus.drain();
  const summary = packout.finishShift();
  log.close();

  const manifest = path.join(dir, 'pallets.csv');
  const rows = packout.pallets.map((p) => `${p.sscc},${p.trays},${p.kg},${p.checksum}`);
  fs.writeFileSync(manifest, `sscc,trays,kg,checksum\n${rows.join('\n')}\n`);
  summary.manifestBytes = fs.statSync(manifest).size;
  summary.logBytes = fs.statSync(path.join(dir, 'line.log')).size;
  console.log(
    `shift: ${graded} fruit graded, ${bus.delivered} messages, ${summary.pallets} pallets (${summary.palletKg} kg), ` +
      `processing ${summary.processingKg} kg, class I ${(summary.classIRate * 100).toFixed(1)}%, manifest ${summary.manifestBytes} B, log ${summary.logBytes} B`
  );
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packline-'));
runShift(workDir)
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(workDir, { recursive: true, force: true }));
