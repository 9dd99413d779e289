'use strict';
const { GARAGES, generateEvents, lcg } = require('./gate-events');
const { PermitRegistry, PermitError, seedPermits } = require('./permits');
const { feeFor, vatSplit } = require('./tariff');
const { SessionStore } = require('./store');
const { Logger } = require('./logger');

const VEHICLES = Number(process.env.VEHICLES || 44000);
const log = new Logger('gate-processor');

function newOccupancy() {
  const occ = {};
  for (const g of GARAGES) occ[g.id] = { current: 0, peak: 0, levels: new Array(g.levels).fill(0) };
  return occ;
}

function handleEntry(ev, ctx) {
  const occ = ctx.occupancy[ev.garageId];
  occ.current++;
  occ.levels[ev.level]++;
  occ.peak = Math.max(occ.peak, occ.current);
  const session = {
    plate: ev.plate,
    garageId: ev.garageId,
    level: ev.level,
    entryGate: ev.gate,
    entryAt: ev.at,
    history: ctx.visits.get(ev.plate) || [],
  };
  ctx.store.put(ev.plate, session);
  log.debug(`entry ${ev.plate} at ${ev.garageId}/${ev.gate} session=${JSON.stringify(session)}`);
}

function chargeFor(session, ev, ctx) {
  try {
    const permit = ctx.permits.validate(ev.plate, session.garageId, ev.at);
    ctx.stats.permitExits++;
    return { amount: 0, reason: permit.kind };
  } catch (err) {
    if (!(err instanceof PermitError)) throw err;
    return { amount: feeFor(session.garageId, session.entryAt, ev.at), reason: err.code };
  }
}

function handleExit(ev, ctx) {
  const session = ctx.store.get(ev.plate);
  if (!session) {
    log.warn(`exit without entry for ${ev.plate}`);
    return;
  }
  const occ = ctx.occupancy[session.garageId];
  occ.current--;
  occ.levels[session.level]--;
  const charge = chargeFor(session, ev, ctx);
  const { net, vat } = vatSplit(charge.amount);
  ctx.stats.revenueNet += net;
  ctx.stats.vat += vat;
  ctx.stats.exits++;
  const visit = { garageId: session.garageId, minutes: Math.round((ev.at - session.entryAt) / 60000), amount: charge.amount };
  const history = session.history.concat([visit]).slice(-20);
  ctx.visits.set(ev.plate, history);
  ctx.store.delete(ev.plate);
  log.debug(`exit ${ev.plate} charge=${JSON.stringify(charge)} visit=${JSON.stringify(visit)} history=${JSON.stringify(history)}`);
}

function main() {
  const { events, plates } = generateEvents(VEHICLES, 424242);
  const permits = new PermitRegistry();
  seedPermits(permits, plates, lcg(99));
  const ctx = {
    permits,
    store: new SessionStore(),
    occupancy: newOccupancy(),
    visits: new Map(),
    stats: { exits: 0, permitExits: 0, revenueNet: 0, vat: 0 },
  };
  for (const ev of events) {
    if (ev.type === 'entry') handleEntry(ev, ctx);
    else handleExit(ev, ctx);
  }
  const peaks = Object.entries(ctx.occupancy).map(([id, o]) => `${id}:${o.peak}`).join(' ');
  log.info(`processed ${events.length} events`);
  console.log(`events=${events.length} exits=${ctx.stats.exits} permitExits=${ctx.stats.permitExits} ` +
    `net=${(ctx.stats.revenueNet / 100).toFixed(2)} vat=${(ctx.stats.vat / 100).toFixed(2)} open=${ctx.store.size} peaks ${peaks}`);
}

main();
