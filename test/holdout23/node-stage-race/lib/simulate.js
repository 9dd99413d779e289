'use strict';

const fs = require('fs');
const path = require('path');

const START_CLOCK_MS = 12 * 3600 * 1000 + 15 * 60 * 1000;

function clockText(ms) {
  const h = Math.floor(ms / 3600000);
  const m = Math.floor(ms / 60000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const f = ms % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(f).padStart(3, '0')}`;
}

const GARBLED = ['', 'ERR', '??:??:??.???', '00:00:00', 'NOREAD'];

// Produces the transponder export a timing company would hand over after a
// stage: several antenna reads per mat crossing, some of them unreadable.
function writeChipExport(dir, stage, riders, rng, abandoned) {
  const speedKmh = { flat: 44, hilly: 40, mountain: 34, itt: 49 }[stage.type];
  const lines = ['bib,mat,clock,signal'];
  const gapSeed = rng.int(0, 1000);
  for (const rider of riders) {
    if (abandoned.has(rider.bib)) continue;
    const skill = stage.type === 'mountain' ? rider.climbing : stage.type === 'itt' ? rider.timeTrial : rider.sprinting;
    const quitsAt = rng.chance(0.006) ? stage.length * rng.next() : Infinity;
    const itStart = stage.type === 'itt' ? rider.bib * 60000 : 0;
    for (const mat of stage.mats) {
      if (mat.km > quitsAt) {
        abandoned.add(rider.bib);
        break;
      }
      const ideal = (mat.km / (speedKmh * skill)) * 3600000;
      // bunch finishes on flat stages: most of the field crosses together
      const bunched = stage.type === 'flat' && mat.kind === 'finish' && skill < 1.08 ? Math.floor(ideal / 20000) * 20000 + (gapSeed % 900) : ideal;
      const elapsed = Math.round(bunched + rng.next() * 800);
      const reads = mat.kind === 'start' || mat.kind === 'finish' ? rng.int(5, 7) : rng.int(3, 6);
      for (let r = 0; r < reads; r++) {
        const clock = rng.chance(0.16) ? rng.pick(GARBLED) : clockText(START_CLOCK_MS + itStart + elapsed + r * rng.int(5, 60));
        lines.push(`${rider.bib},${mat.id},${clock},${rng.int(-80, -35)}`);
      }
    }
  }
  const file = path.join(dir, `${stage.race}-stage${String(stage.number).padStart(2, '0')}.csv`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

module.exports = { writeChipExport, START_CLOCK_MS };
