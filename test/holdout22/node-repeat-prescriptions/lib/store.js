'use strict';

const DAY_MS = 24 * 60 * 60 * 1000;
const DOSES = [
  ['one tablet once a day', 1], ['one tablet twice a day', 2], ['two tablets once a day', 2],
  ['one tablet at night', 1], ['one capsule three times a day', 3], ['two puffs when required', 0.5],
  ['one tablet once a week', 1 / 7], ['half a tablet once a day', 0.5],
];
const SURNAMES = ['Ahmed', 'Baker', 'Clarke', 'Dixon', 'Ellis', 'Foster', 'Green', 'Harris', 'Ibrahim', 'Jackson',
  'Khan', 'Lewis', 'Mitchell', 'Nolan', 'OBrien', 'Parker', 'Rahman', 'Shaw', 'Turner', 'Williams'];

class PracticeStore {
  constructor(formulary) {
    this.formulary = formulary;
    this.productByCode = new Map(formulary.map((p) => [p.code, p]));
    this.genericProducts = formulary.filter((p) => p.supplier === 'generic');
    this.productsBySubstance = new Map();
    for (const p of formulary) {
      if (!this.productsBySubstance.has(p.substance)) this.productsBySubstance.set(p.substance, []);
      this.productsBySubstance.get(p.substance).push(p);
    }
    this.patients = new Map();
    this.orders = [];
    this.nextOrder = 1;
  }

  seed(rand, { patients, today }) {
    this.today = today;
    for (let i = 0; i < patients; i++) {
      const id = `P${String(100000 + i).padStart(6, '0')}`;
      const itemCount = rand.int(1, 8);
      const items = [];
      const used = new Set();
      for (let k = 0; k < itemCount; k++) {
        const product = rand.pick(this.genericProducts);
        if (used.has(product.substance)) continue;
        used.add(product.substance);
        const [dose, perDay] = rand.pick(DOSES);
        const quantity = product.packSize;
        const daysSupply = Math.max(7, Math.round(quantity / Math.max(perDay, 0.1)));
        const history = [];
        let when = today - rand.int(0, daysSupply) * DAY_MS;
        const issues = rand.int(1, 12);
        for (let h = 0; h < issues; h++) {
          history.push({ date: when, quantity });
          when -= (daysSupply + rand.int(-5, 12)) * DAY_MS;
        }
        items.push({
          itemId: `${id}-${k + 1}`,
          productCode: product.code,
          substance: product.substance,
          dose,
          perDay,
          quantity,
          daysSupply,
          issuesAllowed: rand.int(6, 12),
          issuesUsed: rand.int(0, 5),
          reviewDue: today + rand.int(-200, 300) * DAY_MS,
          history,
        });
      }
      this.patients.set(id, {
        id,
        name: `${String.fromCharCode(65 + rand.int(0, 25))}. ${rand.pick(SURNAMES)}`,
        birthYear: rand.int(1930, 2004),
        nominatedPharmacy: `F${rand.int(100, 140)}`,
        items,
      });
    }
  }

  createOrder(patient, items, now) {
    const order = {
      id: `RX${String(this.nextOrder++).padStart(7, '0')}`,
      patientId: patient.id,
      pharmacy: patient.nominatedPharmacy,
      createdAt: now,
      items: items.map((item) => ({ itemId: item.itemId, productCode: item.productCode, quantity: item.quantity })),
      status: 'approved',
    };
    for (const item of items) {
      item.issuesUsed += 1;
      item.history.unshift({ date: now, quantity: item.quantity });
    }
    this.orders.push(order);
    return order;
  }
}

module.exports = { PracticeStore, DAY_MS };
