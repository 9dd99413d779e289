'use strict';

// Prices an exported quantity takeoff against a regional rate library and writes the bill of quantities.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { generateInputs } = require('./lib/fixtures');
const { parseCsv } = require('./lib/csv');
const { RateLibrary } = require('./lib/rates');
const { normaliseUnits } = require('./lib/units');
const { measureRows, priceItems } = require('./lib/measure');
const { summarise, renderBillOfQuantities, renderSummary } = require('./lib/boq');

function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'takeoff-'));
  try {
    const inputs = generateInputs(4242, 90000, 15);
    fs.writeFileSync(path.join(workDir, 'rates.csv'), inputs.rates);
    fs.writeFileSync(path.join(workDir, 'takeoff.csv'), inputs.takeoff);

    const library = new RateLibrary(parseCsv(fs.readFileSync(path.join(workDir, 'rates.csv'), 'utf8')), 118.4, 131.9);
    const rows = parseCsv(fs.readFileSync(path.join(workDir, 'takeoff.csv'), 'utf8'));
    const unknownUnits = normaliseUnits(rows, inputs.unitSpellings);
    const { measured, rejected: unmeasured } = measureRows(rows);
    const { priced, unpriced } = priceItems(measured, library, 'YH');
    const rejected = [...unknownUnits.map((u) => ({ ...u, reason: `unrecognised unit "${u.unit}"` })), ...unmeasured, ...unpriced];
    const sections = summarise(priced, inputs.sections);
    fs.writeFileSync(path.join(workDir, 'boq.csv'), renderBillOfQuantities(priced));
    const summary = renderSummary(sections, rejected, 0.12, 0.05);
    fs.writeFileSync(path.join(workDir, 'summary.txt'), summary);
    const boqSize = fs.statSync(path.join(workDir, 'boq.csv')).size;
    console.log(summary.split('\n').slice(-6).join('\n'));
    console.log(`takeoff: ${rows.length} rows, ${priced.length} priced against ${library.size} rates, ` +
      `${rejected.length} rejected, boq ${(boqSize / 1024).toFixed(0)} KiB, ${Date.now() - started} ms`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
