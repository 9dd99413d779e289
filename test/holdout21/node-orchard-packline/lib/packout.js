'use strict';

const crypto = require('crypto');

// Tray count sizes for an 18 kg apple tray: the count is how many fruit of
// that size fill one tray.
const COUNT_SIZES = [
  { count: 64, minWeightG: 260 },
  { count: 72, minWeightG: 235 },
  { count: 80, minWeightG: 212 },
  { count: 88, minWeightG: 193 },
  { count: 100, minWeightG: 170 },
  { count: 113, minWeightG: 150 },
  { count: 125, minWeightG: 136 },
  { count: 138, minWeightG: 123 },
  { count: 150, minWeightG: 0 },
];

function countSize(weightG) {
  for (const c of COUNT_SIZES) if (weightG >= c.minWeightG) return c.count;
  return 150;
}

// Accumulates fruit into trays per (programme, count size); full trays are
// stacked onto pallets, each pallet gets a manifest line.
class PackoutStation {
  constructor(log) {
    this.log = log;
    this.openTrays = new Map();
    this.pallets = [];
    this.openPallet = { trays: [], seq: 1 };
    this.processingKg = 0;
    this.byLot = new Map();
  }

  accept(fruit) {
    const lot = this.byLot.get(fruit.lot) || { fruit: 0, classI: 0, brixSum: 0 };
    lot.fruit++;
    lot.brixSum += fruit.brix;
    this.byLot.set(fruit.lot, lot);
    if (fruit.grade !== 'I' || fruit.programme === 'unassigned') {
      this.processingKg += fruit.weightG / 1000;
      return;
    }
    lot.classI++;
    const size = countSize(fruit.weightG);
    const key = `${fruit.programme}/${size}`;
    let tray = this.openTrays.get(key);
    if (!tray) {
      tray = { programme: fruit.programme, count: size, cups: [], weightG: 0, lots: new Set() };
      this.openTrays.set(key, tray);
    }
    tray.cups.push(fruit.cup);
    tray.weightG += fruit.weightG;
    tray.lots.add(fruit.lot);
    this.log.info('tray-drop', { cup: fruit.cup, lot: fruit.lot, tray: key, fill: tray.cups.length });
    if (tray.cups.length >= size) {
      this.closeTray(key, tray);
    }
  }

  closeTray(key, tray) {
    this.openTrays.delete(key);
    this.log.info('tray-closed', { tray: key, kg: Math.round(tray.weightG) / 1000 });
    this.openPallet.trays.push({ programme: tray.programme, count: tray.count, kg: Math.round(tray.weightG) / 1000, lots: [...tray.lots].sort() });
    if (this.openPallet.trays.length === 60) this.closePallet();
  }

  closePallet() {
    if (this.openPallet.trays.length === 0) return;
    const trays = this.openPallet.trays;
    const digest = crypto.createHash('sha1');
    for (const t of trays) digest.update(`${t.programme}|${t.count}|${t.kg}|${t.lots.join(',')}\n`);
    this.pallets.push({
      sscc: `0950${String(this.openPallet.seq).padStart(13, '0')}`,
      trays: trays.length,
      kg: Math.round(trays.reduce((a, t) => a + t.kg, 0) * 10) / 10,
      checksum: digest.digest('hex').slice(0, 16),
    });
    this.openPallet = { trays: [], seq: this.openPallet.seq + 1 };
  }

  finishShift() {
    for (const [key, tray] of [...this.openTrays]) this.closeTray(key, tray);
    this.closePallet();
    return {
      pallets: this.pallets.length,
      palletKg: Math.round(this.pallets.reduce((a, p) => a + p.kg, 0)),
      processingKg: Math.round(this.processingKg),
      lots: this.byLot.size,
      classIRate: [...this.byLot.values()].reduce((a, l) => a + l.classI, 0) / [...this.byLot.values()].reduce((a, l) => a + l.fruit, 0),
    };
  }
}

module.exports = { PackoutStation, countSize };
