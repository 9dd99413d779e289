'use strict';

const fs = require('fs');
const readline = require('readline');

function parseRow(line) {
  const cells = line.split(',');
  const values = new Array(48);
  for (let i = 0; i < 48; i++) {
    const c = cells[4 + i];
    values[i] = c === '' || c === undefined ? null : Number(c);
  }
  return { mpan: cells[0], date: cells[1], dir: cells[2], quality: cells[3], values };
}

// Yields all rows of one meter at a time; the export is sorted by MPAN.
async function* readMeters(file) {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let header = true;
  let current = null;
  let rows = [];
  for await (const line of rl) {
    if (header) {
      header = false;
      continue;
    }
    if (!line) continue;
    const row = parseRow(line);
    if (row.mpan !== current) {
      if (current !== null) yield { mpan: current, rows };
      current = row.mpan;
      rows = [];
    }
    rows.push(row);
  }
  if (current !== null) yield { mpan: current, rows };
}

module.exports = { readMeters };
