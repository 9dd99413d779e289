'use strict';

const { DEPOTS } = require('./geo');
const { normaliseAddress } = require('./address');
const { RoutePlanner } = require('./planner');

let state = 0x2f6b1d;
function rnd() {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state / 0x100000000;
}

const AREAS = ['M1', 'M4', 'M14', 'M20', 'SK4', 'OL9', 'BL1', 'WA15'];
const STREETS = ['Deansgate', 'Oxford Road', 'Wilmslow Road', 'Ashton Old Road', 'Bury New Road', 'Stockport Road'];

function makeParcels(n) {
  const parcels = [];
  for (let i = 0; i < n; i++) {
    const area = AREAS[Math.floor(rnd() * AREAS.length)];
    const good = rnd() > 0.35;
    const postcode = good ? `${area} ${1 + Math.floor(rnd() * 9)}${'ABDEFGHJLNPQRSTUWXYZ'[Math.floor(rnd() * 20)]}${'ABDEFGHJLNPQRSTUWXYZ'[Math.floor(rnd() * 20)]}` : `${area}-${Math.floor(rnd() * 999)}`;
    parcels.push({
      id: `P${(i % Math.floor(n * 0.93)).toString(36)}`,
      street: `${1 + Math.floor(rnd() * 200)}  ${STREETS[Math.floor(rnd() * STREETS.length)]}`,
      postcode,
      lat: 53.38 + rnd() * 0.15,
      lon: -2.32 + rnd() * 0.18,
      weightKg: 0.2 + rnd() * 12,
    });
  }
  return parcels;
}

function run(day, parcelCount) {
  const couriers = [];
  for (let i = 0; i < 24; i++) couriers.push({ id: `C${i + 1}`, capacityKg: 6000, depot: DEPOTS[i % DEPOTS.length] });
  const planner = new RoutePlanner(couriers);
  let rejected = 0;
  let duplicates = 0;
  for (const parcel of makeParcels(parcelCount)) {
    const addr = normaliseAddress(parcel);
    if (!addr.ok) { rejected++; continue; }
    const stop = { id: parcel.id, lat: addr.lat, lon: addr.lon, weightKg: parcel.weightKg, postcode: addr.postcode };
    if (!planner.assign(stop)) duplicates++;
  }
  const summary = planner.summary();
  const km = summary.reduce((a, s) => a + s.km, 0);
  const stops = summary.reduce((a, s) => a + s.stops, 0);
  console.log(`day ${day}: stops=${stops} rejected=${rejected} skipped=${duplicates} km=${km.toFixed(1)}`);
}

for (let day = 1; day <= 7; day++) run(day, Number(process.argv[2] || 22000));
