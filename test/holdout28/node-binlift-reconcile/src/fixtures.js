'use strict';

const STREAMS = ['residual', 'recycling', 'garden', 'food'];
const BIN_SIZES = { residual: [140, 240, 360], recycling: [240, 360, 1100], garden: [240], food: [23, 140] };
const STREETS = ['Mill Lane', 'Church Road', 'Station Road', 'Victoria Street', 'Park Avenue', 'Queens Road',
  'Kings Close', 'Orchard Way', 'Meadow View', 'Brook Street', 'Chapel Row', 'High Street', 'Willow Drive',
  'Beech Grove', 'School Lane', 'Manor Road', 'Springfield Road', 'The Crescent', 'Ash Close', 'Hill Rise'];

function hexTag(rand) {
  let s = 'E2801160';
  for (let i = 0; i < 8; i++) s += Math.floor(rand() * 16).toString(16).toUpperCase();
  return s;
}

function buildSubscriptions(rand, customers) {
  const subs = [];
  const accounts = [];
  for (let h = 0; h < customers; h++) {
    const accountId = `TW${String(400000 + h * 13)}`;
    const round = `R${String(1 + (h % 36)).padStart(2, '0')}`;
    const address = `Unit ${1 + Math.floor(rand() * 40)}, ${1 + Math.floor(rand() * 180)} ${STREETS[Math.floor(rand() * STREETS.length)]}`;
    const commercial = rand() < 0.55;
    const lat = 51.2 + (h % 36) * 0.008 + rand() * 0.01;
    const lon = -1.1 + (h % 36) * 0.011 + rand() * 0.01;
    accounts.push({ accountId, address, round, commercial, lat, lon, balance: 0, bins: [], recentLifts: [], flags: [] });
    for (const stream of STREAMS) {
      if (stream === 'garden' && rand() > 0.45) continue;
      if (stream === 'food' && rand() > 0.7) continue;
      const sizes = BIN_SIZES[stream];
      const size = commercial ? sizes[sizes.length - 1] : sizes[Math.floor(rand() * sizes.length)];
      const sub = {
        tagId: hexTag(rand),
        accountId,
        stream,
        litres: size,
        round,
        lat,
        lon,
        allowancePerPeriod: (stream === 'residual' ? 78 : 52) + Math.floor(rand() * 40),
        paidUntil: stream === 'garden' ? (rand() < 0.85 ? '2024-12-31' : '2024-03-31') : null,
        liftsThisPeriod: 0,
      };
      subs.push(sub);
      accounts[accounts.length - 1].bins.push({ tagId: sub.tagId, stream, litres: size });
    }
  }
  return { subs, accounts };
}

function buildLiftFeedCsv(rand, subs, lifts) {
  const lines = ['lift_id,truck_id,tag_id,stream,lifted_at,gross_kg,lat,lon,bin_status'];
  const start = Date.UTC(2024, 5, 3, 6, 0, 0);
  const statuses = ['OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OVERFULL', 'SIDE_WASTE', 'CONTAMINATED'];
  for (let i = 0; i < lifts; i++) {
    const known = rand() > 0.025;
    const sub = subs[Math.floor(rand() * subs.length)];
    const tag = known ? sub.tagId : hexTag(rand);
    const stream = rand() < 0.97 ? sub.stream : 'residual';
    const truck = `WC${String(10 + (Number(sub.round.slice(1)) % 24))}`;
    const ts = new Date(start + Math.floor(i / lifts * 91 * 86400000) + Math.floor(rand() * 3600000)).toISOString();
    const kg = (sub.litres * (0.05 + rand() * 0.14)).toFixed(1);
    const lat = (sub.lat + (rand() - 0.5) * 0.0004).toFixed(5);
    const lon = (sub.lon + (rand() - 0.5) * 0.0004).toFixed(5);
    const status = statuses[Math.floor(rand() * statuses.length)];
    lines.push(`L${i},${truck},${tag},${stream},${ts},${kg},${lat},${lon},${status}`);
  }
  return lines.join('\n');
}

module.exports = { buildSubscriptions, buildLiftFeedCsv, STREAMS };
