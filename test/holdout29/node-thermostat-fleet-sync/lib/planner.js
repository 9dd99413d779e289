'use strict';
// Builds tomorrow's half-hourly heating schedule per zone from yesterday's
// telemetry: learns warm-up rate, then sets preheat start times.

const SLOTS = 48;
const OCCUPIED = [[13, 17], [34, 45]];

class NoOverrideError extends Error {
  constructor(zoneId, slot) {
    super(`zone ${zoneId} has no override for slot ${slot}`);
    this.name = 'NoOverrideError';
    this.zoneId = zoneId;
    this.slot = slot;
  }
}

function overrideFor(zone, slot) {
  for (const o of zone.overrides) if (o.slot === slot) return o.setpointC;
  throw new NoOverrideError(zone.zoneId, slot);
}

function learnWarmupRate(history) {
  let gain = 0;
  let heatingSamples = 0;
  let loss = 0;
  let idleSamples = 0;
  for (let i = 1; i < history.length; i++) {
    const delta = history[i].roomC - history[i - 1].roomC;
    if (history[i - 1].demandPct > 0) {
      gain += delta / (history[i - 1].demandPct / 100);
      heatingSamples++;
    } else {
      loss += delta / Math.max(history[i - 1].roomC - history[i - 1].outsideC, 1);
      idleSamples++;
    }
  }
  return { perQuarterC: heatingSamples ? Math.max(gain / heatingSamples, 0.05) : 0.15, lossPerKPerQuarter: idleSamples ? loss / idleSamples : -0.004 };
}

function occupiedAt(slot) {
  return OCCUPIED.some(([a, b]) => slot >= a && slot < b);
}

function simulateDay(zone, rate, preheatSlots) {
  // One-minute steps of a single-node thermal model; returns comfort shortfall and heating minutes.
  let temp = zone.setbackC;
  let shortfall = 0;
  let heatingMinutes = 0;
  const gainPerMin = rate.perQuarterC / 15;
  const lossPerKPerMin = rate.lossPerKPerQuarter / 15;
  for (let minute = 0; minute < SLOTS * 30; minute++) {
    const slot = Math.floor(minute / 30);
    const target = occupiedAt(slot) || occupiedAt(slot + preheatSlots) ? zone.comfortC : zone.setbackC;
    const outside = 4 + 5 * Math.sin(minute / 450);
    const heating = temp < target - 0.2;
    temp += (heating ? gainPerMin : 0) + lossPerKPerMin * (temp - outside);
    if (heating) heatingMinutes++;
    if (occupiedAt(slot) && temp < zone.comfortC - 0.5) shortfall += zone.comfortC - 0.5 - temp;
  }
  return { shortfall, heatingMinutes };
}

function choosePreheat(zone, rate) {
  let best = { preheatSlots: 0, cost: Infinity };
  for (let candidate = 0; candidate <= 8; candidate++) {
    const sim = simulateDay(zone, rate, candidate);
    const cost = sim.heatingMinutes + 40 * sim.shortfall;
    if (cost < best.cost) best = { preheatSlots: candidate, cost };
  }
  return best.preheatSlots;
}

function planZone(zone) {
  const rate = learnWarmupRate(zone.history);
  const preheatSlots = choosePreheat(zone, rate);
  const setpoints = new Array(SLOTS);
  for (let slot = 0; slot < SLOTS; slot++) {
    let setpoint = zone.setbackC;
    if (occupiedAt(slot) || occupiedAt(slot + preheatSlots)) setpoint = zone.comfortC;
    try {
      setpoint = overrideFor(zone, slot);
    } catch (err) {
      if (!(err instanceof NoOverrideError)) throw err;
    }
    setpoints[slot] = setpoint;
  }
  const blocks = [];
  for (let slot = 0; slot < SLOTS; slot++) {
    const last = blocks[blocks.length - 1];
    if (last && last.setpointC === setpoints[slot]) last.endSlot = slot + 1;
    else blocks.push({ startSlot: slot, endSlot: slot + 1, setpointC: setpoints[slot] });
  }
  return { zoneId: zone.zoneId, preheatSlots, warmupCPerHour: Number((rate.perQuarterC * 4).toFixed(2)), blocks };
}

function planDevice(telemetry) {
  const zones = telemetry.zones.map(planZone);
  const maxFlowC = telemetry.boiler.modulating ? Math.min(telemetry.boiler.maxFlowC, 55) : telemetry.boiler.maxFlowC;
  return { deviceId: telemetry.deviceId, validFor: '2025-01-15', maxFlowC, zones };
}

module.exports = { planDevice };
