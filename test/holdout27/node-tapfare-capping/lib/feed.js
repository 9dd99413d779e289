'use strict';

// Simulated validator feed: each validator uploads CSV batches of taps in time order.
function generateDayFeed(rng, network, day, accounts, journeysPerAccount) {
  const events = [];
  const railStations = network.stations;
  const dayStart = Date.UTC(2025, 2, 10 + day);
  for (const account of accounts) {
    const trips = Math.max(0, Math.round(journeysPerAccount * account.activity + rng.next() - 0.5));
    let t = dayStart + (5 * 3600 + rng.int(0, 6 * 3600)) * 1000;
    for (let j = 0; j < trips; j++) {
      if (rng.chance(0.2)) {
        const op = rng.pick(network.busOperators);
        events.push({ ts: t, account: account.id, device: `BUS-${op}-${rng.int(1, 140)}`, kind: 'bus', station: 0 });
      } else {
        const from = rng.pick(railStations);
        let to = rng.pick(railStations);
        if (to === from) to = railStations[(from.id + 5) % railStations.length];
        const duration = rng.int(6, 55) * 60000;
        events.push({ ts: t, account: account.id, device: `VAL-${from.code}-${rng.int(1, 6)}`, kind: 'on', station: from.id });
        if (!rng.chance(0.04)) events.push({ ts: t + duration, account: account.id, device: `VAL-${to.code}-${rng.int(1, 6)}`, kind: 'off', station: to.id });
        t += duration;
      }
      t += rng.int(20, 300) * 60000;
    }
  }
  events.sort((a, b) => a.ts - b.ts || a.account - b.account);
  const lines = events.map((e) => `${new Date(e.ts).toISOString()},${e.device},${e.account},${e.kind},${e.station},${e.account.toString(16).padStart(8, '0')}`);
  return lines;
}

async function* validatorBatches(rng, network, accounts, days, journeysPerAccount, batchSize) {
  for (let day = 0; day < days; day++) {
    const lines = generateDayFeed(rng, network, day, accounts, journeysPerAccount);
    for (let i = 0; i < lines.length; i += batchSize) {
      yield { day, lines: lines.slice(i, i + batchSize) };
    }
    yield { day, lines: [], endOfDay: true };
  }
}

module.exports = { validatorBatches };
