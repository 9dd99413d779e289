'use strict';

function fmtKg(kg) {
  return new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 }).format(kg);
}

function fmtCount(n) {
  return n.toLocaleString('en-GB');
}

function packingSlip(parcel) {
  const rows = [];
  rows.push(`Parcel for ${parcel.householdId} @ ${parcel.pantry}`);
  for (const line of parcel.lines) {
    if (line.picked.length === 0) continue;
    let units = 0;
    for (const p of line.picked) units += p.units;
    rows.push(`  ${line.category.padEnd(14)} target ${line.targetKg.toFixed(1)} kg units ${fmtCount(units)}`);
  }
  rows.push(`  total ${fmtKg(parcel.totals.kg)} / ${fmtCount(Math.round(parcel.totals.kcal))} kcal`);
  return rows.join('\n');
}

function summarize(parcels) {
  const byPantry = new Map();
  for (const p of parcels) {
    let s = byPantry.get(p.pantry);
    if (!s) byPantry.set(p.pantry, (s = { parcels: 0, kg: 0, kcal: 0 }));
    s.parcels++;
    s.kg += p.totals.kg;
    s.kcal += p.totals.kcal;
  }
  return [...byPantry.entries()].sort((a, b) => b[1].kg - a[1].kg);
}

module.exports = { packingSlip, summarize };
