'use strict';

const { gaussian } = require('./random');

// Generates a cave system as field-book text: a tree of passages with
// cross-joins that close loops, measured with tape, compass and clinometer.
function generateSurvey(rand, caveName, stationCount) {
  const truth = [{ name: `${caveName}.0`, x: 0, y: 0, z: 0 }];
  const shots = [];
  for (let i = 1; i < stationCount; i++) {
    const parentIdx = rand() < 0.85 ? i - 1 : Math.floor(rand() * i);
    const from = truth[parentIdx];
    const length = 2 + rand() * 14;
    const bearing = rand() * 360;
    const incl = gaussian(rand, 0, 18);
    const h = length * Math.cos((incl * Math.PI) / 180);
    const st = {
      name: `${caveName}.${i}`,
      x: from.x + h * Math.sin((bearing * Math.PI) / 180),
      y: from.y + h * Math.cos((bearing * Math.PI) / 180),
      z: from.z + length * Math.sin((incl * Math.PI) / 180),
    };
    truth.push(st);
    shots.push(measure(rand, from, st));
  }
  const loops = Math.floor(stationCount / 12);
  for (let k = 0; k < loops; k++) {
    const a = truth[Math.floor(rand() * truth.length)];
    let b = null;
    for (let tries = 0; tries < 20 && !b; tries++) {
      const c = truth[Math.floor(rand() * truth.length)];
      const d = Math.hypot(c.x - a.x, c.y - a.y, c.z - a.z);
      if (c !== a && d > 2 && d < 25) b = c;
    }
    if (b) shots.push(measure(rand, a, b));
  }
  const lines = [`*begin ${caveName}`, '*units tape metres', '*data normal from to tape compass clino left right up down'];
  for (const s of shots) {
    lines.push(`${s.from}\t${s.to}\t${s.tape.toFixed(2)}\t${s.compass.toFixed(1)}\t${s.clino.toFixed(1)}\t${s.lrud.map((v) => v.toFixed(1)).join('\t')}`);
  }
  lines.push(`*end ${caveName}`);
  return lines.join('\n');
}

function measure(rand, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const dz = b.z - a.z;
  const h = Math.hypot(dx, dy);
  const tape = Math.hypot(h, dz) + gaussian(rand, 0, 0.02);
  const compass = ((Math.atan2(dx, dy) * 180) / Math.PI + 360 + gaussian(rand, 0, 0.8)) % 360;
  const clino = (Math.atan2(dz, h) * 180) / Math.PI + gaussian(rand, 0, 0.8);
  const lrud = [rand() * 3, rand() * 3, rand() * 4, rand() * 1.5];
  return { from: a.name, to: b.name, tape, compass, clino, lrud };
}

module.exports = { generateSurvey };
