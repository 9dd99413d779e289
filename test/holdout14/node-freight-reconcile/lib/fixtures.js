'use strict';

// Produces the nightly EDI drop the reconciler consumes: our shipment
// manifest (NDJSON), the carriers' contracted rate cards and one invoice
// CSV per carrier, each carrier using its own date convention.
const fs = require('fs/promises');
const path = require('path');
const { mulberry32, pick, intBetween } = require('./rng');

const CARRIERS = ['NordFreight', 'Parcelink', 'TransAlp', 'QuickHaul'];
const SERVICES = ['express', 'standard', 'economy', 'pallet'];
const WEIGHT_BANDS = [1, 2, 5, 10, 20, 30, 50, 100, 250, 1000];
const ZONES = 8;
const POSTCODE_PREFIXES = ['10', '12', '20', '22', '28', '30', '34', '40', '45', '50', '60', '63', '70', '76', '80', '85', '90', '97'];
const ACCESSORIALS = ['residential', 'liftgate', 'remote_area', 'saturday', 'signature', 'oversize'];
const DATE_STYLE = { NordFreight: 'iso', Parcelink: 'eu', TransAlp: 'compact', QuickHaul: 'eu' };

function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}

function formatCarrierDate(style, d) {
  const y = d.getUTCFullYear();
  const m = pad2(d.getUTCMonth() + 1);
  const day = pad2(d.getUTCDate());
  if (style === 'iso') return `${y}-${m}-${day}`;
  if (style === 'eu') return `${day}/${m}/${y}`;
  return `${y}${m}${day}`;
}

function buildRateCards(rand) {
  const cards = [];
  for (const carrier of CARRIERS) {
    const carrierFactor = 0.85 + rand() * 0.3;
    for (const service of SERVICES) {
      const serviceFactor = { express: 2.1, standard: 1.0, economy: 0.75, pallet: 1.6 }[service];
      for (let zone = 1; zone <= ZONES; zone++) {
        let lower = 0;
        for (const upper of WEIGHT_BANDS) {
          cards.push({
            carrier,
            service,
            zone,
            minKg: lower,
            maxKg: upper,
            base: +(4.2 * carrierFactor * serviceFactor * (1 + zone * 0.11)).toFixed(2),
            perKg: +(0.38 * carrierFactor * serviceFactor * (1 + zone * 0.07)).toFixed(3),
            minCharge: +(6.5 * serviceFactor).toFixed(2),
          });
          lower = upper;
        }
      }
    }
  }
  return cards;
}

function buildZoneMatrix() {
  const matrix = {};
  for (const a of POSTCODE_PREFIXES) {
    for (const b of POSTCODE_PREFIXES) {
      const distance = Math.abs(Number(a) - Number(b));
      matrix[`${a}>${b}`] = Math.min(ZONES, 1 + Math.floor(distance / 11));
    }
  }
  return matrix;
}

function buildShipment(rand, i, day) {
  const parcels = [];
  const count = rand() < 0.7 ? 1 : intBetween(rand, 2, 4);
  for (let p = 0; p < count; p++) {
    parcels.push({
      ref: `P${i}-${p}`,
      weightKg: +(0.2 + rand() * (rand() < 0.1 ? 180 : 18)).toFixed(2),
      lengthCm: intBetween(rand, 10, 120),
      widthCm: intBetween(rand, 10, 80),
      heightCm: intBetween(rand, 5, 60),
      contents: pick(rand, ['spare parts', 'apparel', 'books', 'electronics', 'cosmetics', 'tools', 'samples']),
    });
  }
  const origin = pick(rand, POSTCODE_PREFIXES);
  const dest = pick(rand, POSTCODE_PREFIXES);
  return {
    trackingNumber: `TRK${String(i).padStart(9, '0')}`,
    orderId: `SO-${700000 + i}`,
    carrier: pick(rand, CARRIERS),
    service: pick(rand, SERVICES),
    shippedOn: day.toISOString().slice(0, 10),
    origin: { warehouse: `WH-${origin}`, postcode: `${origin}${intBetween(rand, 100, 999)}`, country: 'DE' },
    destination: {
      name: `Customer ${intBetween(rand, 1, 90000)}`,
      street: `${pick(rand, ['Haupt', 'Linden', 'Berg', 'Bahnhof', 'Garten'])}strasse ${intBetween(rand, 1, 200)}`,
      postcode: `${dest}${intBetween(rand, 100, 999)}`,
      city: pick(rand, ['Berlin', 'Hamburg', 'Leipzig', 'Köln', 'Mainz', 'Ulm', 'Kiel', 'Passau']),
      country: 'DE',
      residential: rand() < 0.45,
    },
    parcels,
    declaredValue: +(20 + rand() * 2400).toFixed(2),
    tags: rand() < 0.2 ? ['fragile'] : [],
    requestedAccessorials: rand() < 0.3 ? [pick(rand, ACCESSORIALS)] : [],
  };
}

async function writeEdiDrop(dir, { shipments, seed }) {
  const rand = mulberry32(seed);
  await fs.mkdir(dir, { recursive: true });
  const rateCards = buildRateCards(rand);
  const zoneMatrix = buildZoneMatrix();
  await fs.writeFile(path.join(dir, 'rate-cards.json'), JSON.stringify(rateCards));
  await fs.writeFile(path.join(dir, 'zones.json'), JSON.stringify(zoneMatrix));
  const remote = new Set();
  while (remote.size < 3200) remote.add(`${pick(rand, POSTCODE_PREFIXES)}${intBetween(rand, 100, 999)}`);
  await fs.writeFile(path.join(dir, 'remote-areas.txt'), [...remote].sort().join('\n'));

  const manifestLines = [];
  const invoiceRows = new Map(CARRIERS.map((c) => [c, ['tracking,service,ship_date,billed_kg,zone,base_amount,accessorials,total']]));
  const start = Date.UTC(2024, 2, 1);
  for (let i = 0; i < shipments; i++) {
    const day = new Date(start + Math.floor(i / 2500) * 86400000);
    const s = buildShipment(rand, i, day);
    manifestLines.push(JSON.stringify(s));
    if (rand() < 0.02) continue; // never invoiced
    const billedKg = s.parcels.reduce((sum, p) => sum + p.weightKg, 0) * (rand() < 0.08 ? 1.25 : 1);
    const billedZone = rand() < 0.04 ? ZONES : '';
    const accessorials = s.requestedAccessorials.concat(rand() < 0.06 ? [pick(rand, ACCESSORIALS)] : []);
    const base = +(billedKg * (0.5 + rand() * 1.8) + 5).toFixed(2);
    const total = +(base * (1 + accessorials.length * 0.12)).toFixed(2);
    const dateText = formatCarrierDate(DATE_STYLE[s.carrier], day);
    const row = `${s.trackingNumber},${s.service},${dateText},${billedKg.toFixed(2)},${billedZone},${base},"${accessorials.join(';')}",${total}`;
    invoiceRows.get(s.carrier).push(row);
    if (rand() < 0.01) invoiceRows.get(s.carrier).push(row); // duplicate billing
  }
  await fs.writeFile(path.join(dir, 'manifest.ndjson'), manifestLines.join('\n'));
  for (const [carrier, rows] of invoiceRows) {
    await fs.writeFile(path.join(dir, `invoice-${carrier}.csv`), rows.join('\n'));
  }
  return { carriers: CARRIERS };
}

module.exports = { writeEdiDrop, CARRIERS };
