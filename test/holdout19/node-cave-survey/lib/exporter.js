'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const lengthFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const coordFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

function summaryLine(cave, stats) {
  return `${cave}: ${lengthFormat.format(stats.length)} m surveyed, ${lengthFormat.format(stats.volume)} m3, depth ${lengthFormat.format(stats.depth)} m, ${stats.loops} loops, mean misclosure ${(stats.misclosure * 100).toFixed(2)} %`;
}

async function exportStations(dir, cave, coords) {
  const rows = ['station,x,y,z'];
  for (const [name, p] of coords) rows.push(`${name},${coordFormat.format(p.x)},${coordFormat.format(p.y)},${coordFormat.format(p.z)}`);
  const body = rows.join('\n') + '\n';
  const file = path.join(dir, `${cave}.csv`);
  await fs.promises.writeFile(file, body);
  return crypto.createHash('sha256').update(body).digest('hex');
}

module.exports = { summaryLine, exportStations };
