'use strict';

const { ZONE_FARES, CAPS, BUS_FARE } = require('./network');

const MAX_FARE = ZONE_FARES[ZONE_FARES.length - 1] + 200;

class NoStationFareError extends Error {
  constructor(from, to) {
    super(`no station-to-station fare ${from}>${to}`);
    this.name = 'NoStationFareError';
    this.from = from;
    this.to = to;
  }
}

// Stage 1: decode validator CSV lines.
async function* parseTaps(batches) {
  for await (const batch of batches) {
    const taps = [];
    for (const line of batch.lines) {
      const [iso, device, account, kind, station, token] = line.split(',');
      taps.push({ ts: Date.parse(iso), device, account: Number(account), kind, station: Number(station), token });
    }
    yield { day: batch.day, taps, endOfDay: batch.endOfDay };
  }
}

// Stage 2: pair tap-ons with tap-offs into journeys.
function pairTaps(taps, openTaps, stationsById) {
  const journeys = [];
  for (const tap of taps) {
    if (tap.kind === 'bus') {
      journeys.push({ account: tap.account, ts: tap.ts, mode: 'bus', operator: tap.device.split('-')[1] });
      continue;
    }
    const idx = openTaps.findIndex((o) => o.account === tap.account);
    if (tap.kind === 'on') {
      if (idx >= 0) {
        const stale = openTaps.splice(idx, 1)[0];
        journeys.push({ account: stale.account, ts: stale.ts, mode: 'rail', from: stale.station, incomplete: true, operator: stationsById.get(stale.station).operator });
      }
      openTaps.push(tap);
    } else if (idx >= 0) {
      const on = openTaps.splice(idx, 1)[0];
      const from = stationsById.get(on.station);
      const to = stationsById.get(tap.station);
      journeys.push({ account: tap.account, ts: on.ts, mode: from.mode, from: from.id, to: to.id, zones: [from.zone, to.zone], operator: from.operator, minutes: Math.round((tap.ts - on.ts) / 60000) });
    } else {
      journeys.push({ account: tap.account, ts: tap.ts, mode: 'rail', to: tap.station, incomplete: true, operator: stationsById.get(tap.station).operator });
    }
  }
  return journeys;
}

async function* pairStage(parsed, stationsById) {
  let openTaps = [];
  for await (const { day, taps, endOfDay } of parsed) {
    const journeys = pairTaps(taps, openTaps, stationsById);
    if (endOfDay) {
      for (const o of openTaps) journeys.push({ account: o.account, ts: o.ts, mode: 'rail', from: o.station, incomplete: true, operator: stationsById.get(o.station).operator });
      openTaps = [];
    }
    yield { day, journeys };
  }
}

// Stage 3: price each journey.
function findStationFare(stationFares, from, to) {
  const fare = stationFares.get(`${from}>${to}`);
  if (fare === undefined) throw new NoStationFareError(from, to);
  return fare;
}

function lookupSpecialFare(stationFares, from, to) {
  try {
    return findStationFare(stationFares, from, to);
  } catch (err) {
    if (!(err instanceof NoStationFareError)) throw err;
    return findStationFare(stationFares, to, from);
  }
}

function zoneFare(journey) {
  const [a, b] = journey.zones;
  const zonesCrossed = Math.abs(a - b) + 1;
  const base = ZONE_FARES[Math.min(zonesCrossed, ZONE_FARES.length - 1)];
  return journey.minutes > 90 ? base + 120 : base;
}

function priceJourney(journey, stationFares) {
  if (journey.mode === 'bus') return { fare: BUS_FARE, basis: 'flat' };
  if (journey.incomplete) return { fare: MAX_FARE, basis: 'incomplete' };
  try {
    const special = lookupSpecialFare(stationFares, journey.from, journey.to);
    return { fare: special.amount, basis: special.label };
  } catch (err) {
    if (!(err instanceof NoStationFareError)) throw err;
    return { fare: zoneFare(journey), basis: 'zonal' };
  }
}

async function* priceStage(paired, stationFares) {
  for await (const { day, journeys } of paired) {
    for (const j of journeys) Object.assign(j, priceJourney(j, stationFares));
    yield { day, journeys };
  }
}

// Stage 4: daily / weekly capping per transit account.
function applyFareCaps(capStore, journey, day) {
  const stored = capStore.get(journey.account);
  const state = stored ? JSON.parse(stored) : { account: journey.account, week: 0, days: {}, journeys: [] };
  const spentToday = state.days[day] || 0;
  const dailyRoom = Math.max(0, CAPS.daily - spentToday);
  const weeklyRoom = Math.max(0, CAPS.weekly - state.week);
  const charged = Math.min(journey.fare, dailyRoom, weeklyRoom);
  state.days[day] = spentToday + charged;
  state.week += charged;
  state.journeys.push({ ts: journey.ts, mode: journey.mode, from: journey.from, to: journey.to, fare: journey.fare, charged, basis: journey.basis });
  capStore.set(journey.account, JSON.stringify(state));
  return charged;
}

async function* capStage(priced, capStore) {
  for await (const { day, journeys } of priced) {
    for (const j of journeys) {
      j.charged = applyFareCaps(capStore, j, day);
      j.capped = j.charged < j.fare;
    }
    yield { day, journeys };
  }
}

// Stage 5: operator settlement.
async function settleStage(capped) {
  const byOperator = new Map();
  const byHour = new Array(24 * 7).fill(0);
  let journeysSeen = 0;
  let cappedJourneys = 0;
  for await (const { day, journeys } of capped) {
    for (const j of journeys) {
      journeysSeen++;
      if (j.capped) cappedJourneys++;
      const op = byOperator.get(j.operator) || { journeys: 0, fares: 0, charged: 0, incomplete: 0 };
      op.journeys++;
      op.fares += j.fare;
      op.charged += j.charged;
      if (j.incomplete) op.incomplete++;
      byOperator.set(j.operator, op);
      byHour[day * 24 + new Date(j.ts).getUTCHours()] += j.charged;
    }
  }
  return { byOperator, byHour, journeysSeen, cappedJourneys };
}

module.exports = { parseTaps, pairStage, priceStage, capStage, settleStage, pairTaps, findStationFare, applyFareCaps };
