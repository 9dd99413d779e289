'use strict';

const fs = require('fs');
const path = require('path');

// The sector table (arc limits and colours per sectored light) is kept as a
// JSON file that the hydrographic office updates between chart corrections.
function writeSectorTable(dir, register, rng) {
  const table = {};
  for (const l of register.lights) {
    if (l.colour.length < 2 || l.kind !== 'lighthouse') continue;
    const arcs = [];
    let from = rng.int(0, 359);
    for (const c of l.colour) {
      const width = rng.int(4, 120);
      arcs.push({ colour: c, from, to: (from + width) % 360 });
      from = (from + width) % 360;
    }
    table[l.id] = { arcs, obscuredBeyondNm: rng.chance(0.3) ? rng.int(2, 10) : null };
  }
  const file = path.join(dir, 'sector-table.json');
  fs.writeFileSync(file, JSON.stringify(table));
  return file;
}

function currentSectorTable(file) {
  delete require.cache[file];
  return require(file);
}

function inArc(bearing, arc) {
  return arc.from <= arc.to ? bearing >= arc.from && bearing < arc.to : bearing >= arc.from || bearing < arc.to;
}

// Colour a vessel sees from the given bearing (measured from the light).
function visibleColour(table, light, bearingFromLight, distance) {
  const entry = table[light.id];
  if (!entry) return light.colour;
  if (entry.obscuredBeyondNm !== null && distance > entry.obscuredBeyondNm) return 'obscured';
  const arc = entry.arcs.find((a) => inArc(bearingFromLight, a));
  return arc ? arc.colour : 'unlit sector';
}

module.exports = { writeSectorTable, currentSectorTable, visibleColour };
