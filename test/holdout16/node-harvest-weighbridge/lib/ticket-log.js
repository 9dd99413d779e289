'use strict';

const fs = require('fs');
const { CROPS, CROP_CODES } = require('./varieties');

// Simulated weighbridge terminal log for a harvest season at three intake
// sites. One CSV line per weighbridge ticket.

const HEADER = 'ticket,site,time,plate,grower,field,crop,gross_kg,tare_kg,moisture,specific_weight,admixture,protein,operator';
const SITES = ['ELM', 'MARSH', 'NORTHFEN'];
const OPERATORS = ['jb', 'kw', 'ps', 'rt', 'am', 'dh'];
const LETTERS = 'ABCDEFGHJKLMNOPRSTUVWXYZ';

function plate(rng) {
  const l = () => LETTERS[rng.int(0, LETTERS.length - 1)];
  return `${l()}${l()}${rng.int(10, 73)} ${l()}${l()}${l()}`;
}

function makeGrowers(rng, n) {
  const growers = [];
  for (let i = 0; i < n; i++) {
    const fields = [];
    const fieldCount = rng.int(3, 14);
    for (let f = 1; f <= fieldCount; f++) {
      fields.push({ id: `F${String(i % 1000).padStart(3, '0')}-${String(f).padStart(2, '0')}`, crop: rng.pick(CROP_CODES) });
    }
    const trucks = Array.from({ length: rng.int(1, 4) }, () => ({ plate: plate(rng), tareKg: rng.int(11800, 15400) }));
    growers.push({ code: `G${String(1000 + i).padStart(4, '0')}`, fields, trucks, site: rng.pick(SITES), quality: rng.real(-1, 1) });
  }
  return growers;
}

function ticketLine(rng, n, t, g) {
  const field = rng.pick(g.fields);
  const crop = CROPS[field.crop];
  const truck = rng.pick(g.trucks);
  const payload = rng.int(9000, 29000);
  const moisture = Math.max(crop.baseMoisture - 2.5, crop.baseMoisture + rng.real(-2, 5) + (rng.chance(0.03) ? 6 : 0));
  const sw = crop.grades[crop.grades.length - 1].minSpecificWeight + rng.real(-0.8, 9) + g.quality;
  const admix = Math.max(0, rng.real(0, 2.4) - g.quality * 0.3);
  const protein = field.crop === 'WHEAT' ? rng.real(10.5, 14.2) + g.quality * 0.4 : field.crop === 'BARLEY' ? rng.real(9.2, 12.6) : 0;
  let plateText = truck.plate;
  if (rng.chance(0.004)) plateText = plateText.toLowerCase(); // keyed in by hand
  let gross = truck.tareKg + payload;
  if (rng.chance(0.002)) gross = truck.tareKg - rng.int(10, 500); // tare taken twice
  return [
    `W${String(n).padStart(7, '0')}`,
    g.site,
    new Date(t).toISOString(),
    plateText,
    g.code,
    field.id,
    field.crop,
    gross,
    truck.tareKg,
    moisture.toFixed(1),
    sw.toFixed(1),
    admix.toFixed(2),
    protein.toFixed(1),
    rng.pick(OPERATORS),
  ].join(',');
}

function writeTicketLog(file, { rng, growers: growerCount, tickets }) {
  const growers = makeGrowers(rng, growerCount);
  const fd = fs.openSync(file, 'w');
  let chunk = [HEADER];
  let t = Date.UTC(2024, 6, 22, 6, 0, 0);
  for (let n = 1; n <= tickets; n++) {
    t += rng.int(1, 14) * 1000;
    chunk.push(ticketLine(rng, n, t, rng.pick(growers)));
    if (chunk.length === 5000) {
      fs.writeSync(fd, chunk.join('\n') + '\n');
      chunk = [];
    }
  }
  if (chunk.length) fs.writeSync(fd, chunk.join('\n') + '\n');
  fs.closeSync(fd);
  return growers.length;
}

module.exports = { writeTicketLog, HEADER };
