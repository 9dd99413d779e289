'use strict';

const { createRng } = require('./rng');

const TELESCOPES = ['Carte du Ciel astrograph', 'Schmidt 1.2m', 'Zeiss triplet', 'Bruce doublet', 'Cooke 16-inch'];
const EMULSIONS = ['Lumière Sigma', 'Kodak 103a-O', 'Kodak IIa-D', 'Ilford Zenith', 'Agfa Astro'];

// Lines as transcribed from the observers' handwritten plate logbooks.
function* logbookLines(count, seed) {
  const rng = createRng(seed);
  for (let i = 0; i < count; i++) {
    const ra = (rng.next() * 24).toFixed(4);
    const dec = (rng.next() * 150 - 60).toFixed(3);
    const year = 1895 + rng.int(0, 95);
    const exp = rng.int(5, 180);
    yield `PL${String(10000 + i)} ${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')} ` +
      `RA=${ra} DEC=${dec} EXP=${exp}m TEL="${rng.pick(TELESCOPES)}" EMU="${rng.pick(EMULSIONS)}" Q=${rng.int(1, 5)}`;
  }
}

const LOG_LINE = /^(PL\d+) (\d{4})-(\d{2})-(\d{2}) RA=([\d.]+) DEC=(-?[\d.]+) EXP=(\d+)m TEL="([^"]+)" EMU="([^"]+)" Q=(\d)$/;

function parseLogLine(line) {
  const m = LOG_LINE.exec(line);
  if (!m) return null;
  return {
    plateId: m[1],
    observedAt: Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]), 21),
    raHours: Number(m[5]),
    decDeg: Number(m[6]),
    exposureMin: Number(m[7]),
    telescope: m[8],
    emulsion: m[9],
    quality: Number(m[10]),
  };
}

module.exports = { logbookLines, parseLogLine };
