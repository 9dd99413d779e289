'use strict';

const crypto = require('crypto');
const { createRandom } = require('./prng');

const STREETS = ['Canal Wharf', 'Mill Lane', 'Foundry Court', 'Weaver Street', 'Tannery Row', 'Orchard Rise',
  'Station Approach', 'Quarry Hill', 'Chapel Yard', 'Ropewalk'];
const BLOCKS = ['Alder House', 'Birch House', 'Cedar House', 'Damson Court', 'Elm Court', 'Fir Mews'];
const CURRENCY = 'GBP';
const PIN_ITERATIONS = 4500;
const SERVICE_TRADES = ['lift', 'fire alarm', 'boiler', 'gutters', 'door entry', 'emergency light', 'water tank', 'roof', 'drainage'];
const SERVICE_FIRMS = ['Kone Lift Services', 'Sentinel Fire', 'Boilercare North', 'Pennine Roofing', 'Clearflow Drains', 'Entryphone Direct', 'Lumen Safety'];

function hashPin(pin, salt) {
  return crypto.pbkdf2Sync(pin, salt, PIN_ITERATIONS, 32, 'sha256');
}

function buildLedger(rnd, monthlyRent, months) {
  const entries = [];
  let day = Date.UTC(2024, 0, 1);
  for (let m = 0; m < months; m++) {
    const due = new Date(day + m * 30.4 * 86400000);
    entries.push({ date: due.toISOString().slice(0, 10), kind: 'charge', memo: 'Rent', amount: monthlyRent });
    if (rnd.chance(0.18)) {
      entries.push({ date: due.toISOString().slice(0, 10), kind: 'charge', memo: 'Service charge', amount: rnd.int(2500, 9000) / 100 });
    }
    const paid = rnd.chance(0.9) ? monthlyRent : Math.round(monthlyRent * rnd.int(20, 90)) / 100;
    const payDate = new Date(due.getTime() + rnd.int(0, 12) * 86400000);
    entries.push({ date: payDate.toISOString().slice(0, 10), kind: 'payment', memo: rnd.pick(['Standing order', 'Card', 'Housing payment', 'Bank transfer']), amount: paid });
  }
  return entries;
}

function buildPortfolio(seed, tenancyCount, portalUsers) {
  const rnd = createRandom(seed);
  const tenancies = new Map();
  const credentials = new Map();
  for (let i = 0; i < tenancyCount; i++) {
    const ref = `T${String(100000 + i)}`;
    const block = BLOCKS[i % BLOCKS.length];
    const tenancy = {
      ref,
      block,
      unit: `${block.split(' ')[0].slice(0, 3).toUpperCase()}-${String(rnd.int(1, 48)).padStart(2, '0')}`,
      address: `${rnd.int(1, 220)} ${rnd.pick(STREETS)}`,
      tenant: `Tenant ${i}`,
      currency: CURRENCY,
      monthlyRent: rnd.int(52000, 168000) / 100,
      startDate: `20${rnd.int(15, 23)}-0${rnd.int(1, 9)}-01`,
      ledger: null,
    };
    tenancy.ledger = buildLedger(rnd, tenancy.monthlyRent, rnd.int(18, 34));
    tenancies.set(ref, tenancy);
  }
  const serviceLogs = new Map();
  for (const block of BLOCKS) {
    const log = [];
    for (let i = 0; i < 1400; i++) {
      const d = new Date(Date.UTC(2019, 0, 1) + i * 1.3 * 86400000);
      log.push({
        date: d.toISOString().slice(0, 10),
        trade: rnd.pick(SERVICE_TRADES),
        contractor: rnd.pick(SERVICE_FIRMS),
        note: rnd.pick(['planned service', 'reactive call-out', 'annual inspection', 'defect remedied', 'parts on order', 'certificate issued']) + ` ref ${rnd.int(10000, 99999)}`,
      });
    }
    serviceLogs.set(block, log);
  }
  const users = [];
  const refs = [...tenancies.keys()];
  for (let i = 0; i < portalUsers; i++) {
    const ref = refs[(i * 7919) % refs.length];
    const pin = String(rnd.int(1000, 9999));
    const salt = crypto.createHash('sha256').update(`salt:${ref}`).digest().subarray(0, 16);
    credentials.set(ref, { salt, hash: hashPin(pin, salt) });
    users.push({ ref, pin });
  }
  return { tenancies, credentials, users, serviceLogs };
}

module.exports = { buildPortfolio, hashPin, PIN_ITERATIONS };
