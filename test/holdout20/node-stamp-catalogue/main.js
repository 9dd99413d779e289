'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { buildCatalogue } = require('./lib/catalogue');
const { readAlbumInventory } = require('./lib/inventory');
const { valueCollection } = require('./lib/valuation');
const { valuationRows, gradeSummary, topPieces } = require('./lib/report');
const { buildWantList } = require('./lib/wantlist');

function main() {
  const entriesPerCountry = Number(process.env.CATALOGUE_PER_COUNTRY || 2600);
  const albumRows = Number(process.env.ALBUM_ROWS || 40000);
  const catalogue = buildCatalogue(entriesPerCountry, 1840);
  const items = readAlbumInventory(catalogue, albumRows, 1847);

  const { valued, unmatched, suspect } = valueCollection(catalogue, items);
  const rows = valuationRows(valued);
  const grades = gradeSummary(valued);
  const top = topPieces(valued, 25);
  const wants = buildWantList(catalogue, items, 15);

  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-valuation-'));
  try {
    fs.writeFileSync(path.join(outDir, 'valuation.csv'), ['album;page;reference;grade;value', ...rows].join('\n'));
    fs.writeFileSync(path.join(outDir, 'grades.json'), JSON.stringify(grades, null, 2));
    const wantText = [...wants].map(([c, nums]) => `${c}: ${nums.join(', ')}`).join('\n');
    fs.writeFileSync(path.join(outDir, 'wants.txt'), wantText);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }

  const total = valued.reduce((s, r) => s + r.value, 0);
  console.log(JSON.stringify({
    catalogue: catalogue.entries.length, items: items.length, valued: valued.length, unmatched: unmatched.length, suspect: suspect.length,
    grades: grades.length, total: Math.round(total), best: top[0], wantCountries: wants.size,
  }));
}

main();
