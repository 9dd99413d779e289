'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./lib/random');
const { buildInventory } = require('./lib/inventory');
const { voiceInstrument } = require('./lib/voicing');
const { WorkshopLog } = require('./lib/log');

const INSTRUMENTS = Number(process.env.ORGAN_INSTRUMENTS || 150);

function main() {
  const rand = mulberry32(40219);
  const inventory = buildInventory(rand, INSTRUMENTS);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'organ-voicing-'));
  let rows = 0;
  let metal = 0;
  try {
    const log = new WorkshopLog(path.join(tmp, 'voicing.log'), 'info');
    for (const instrument of inventory) {
      const { sheet, summaries } = voiceInstrument(instrument, log);
      rows += sheet.length;
      for (const s of summaries) metal += s.metalVolumeM3;
      fs.writeFileSync(path.join(tmp, `${instrument.id}.txt`), sheet.join('\n') + '\n');
    }
    log.close();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`organ-voicing: ${inventory.length} instruments, ${rows} worksheet rows, ${metal.toFixed(3)} m3 pipe metal`);
}

main();
