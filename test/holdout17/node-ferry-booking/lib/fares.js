'use strict';

class RuleNotApplicable extends Error {
  constructor(rule, reason) {
    super(`${rule}: ${reason}`);
    this.name = 'RuleNotApplicable';
    this.rule = rule;
  }
}

function requireThat(condition, rule, reason) {
  if (!condition) throw new RuleNotApplicable(rule, reason);
}

const BASE_PENCE = { short: 460, medium: 1180, long: 2290 };

function band(sailing) {
  const minutes = (sailing.arrives - sailing.departs) / 60000;
  if (minutes <= 60) return 'short';
  if (minutes <= 180) return 'medium';
  return 'long';
}

const PASSENGER_RULES = [
  { id: 'adult', apply(ctx, p) { requireThat(p.type === 'adult', 'adult', 'not an adult'); return BASE_PENCE[ctx.band]; } },
  { id: 'child', apply(ctx, p) { requireThat(p.type === 'child', 'child', 'not a child'); return Math.round(BASE_PENCE[ctx.band] * 0.5); } },
  { id: 'infant', apply(ctx, p) { requireThat(p.type === 'infant', 'infant', 'not an infant'); return 0; } },
  { id: 'senior', apply(ctx, p) {
    requireThat(p.type === 'senior', 'senior', 'not a senior');
    return Math.round(BASE_PENCE[ctx.band] * (ctx.sailing.peak ? 0.9 : 0.7));
  } },
  { id: 'resident', apply(ctx, p) {
    requireThat(Boolean(p.residentCard), 'resident', 'no island resident card');
    requireThat(p.type !== 'infant', 'resident', 'infants travel free');
    return -Math.round(BASE_PENCE[ctx.band] * 0.4);
  } },
  { id: 'student', apply(ctx, p) {
    requireThat(Boolean(p.studentId), 'student', 'no student id');
    requireThat(p.type === 'adult', 'student', 'student discount is for adults');
    return -Math.round(BASE_PENCE[ctx.band] * 0.15);
  } },
  { id: 'cabin', apply(ctx, p) {
    requireThat(ctx.sailing.overnight, 'cabin', 'not an overnight sailing');
    requireThat(Boolean(p.cabin), 'cabin', 'no cabin requested');
    return p.cabin === 'ensuite' ? 6400 : 4200;
  } },
  { id: 'pet', apply(ctx, p) { requireThat(p.pets > 0, 'pet', 'no pets'); return 550 * p.pets; } },
  { id: 'port-dues', apply(ctx, p) { requireThat(p.type !== 'infant', 'port-dues', 'infants exempt'); return ctx.sailing.to === 'STO' ? 120 : 80; } },
];

const VEHICLE_RULES = [
  { id: 'car', apply(ctx, v) {
    requireThat(v.kind === 'car', 'car', 'not a car');
    requireThat(v.length <= 6, 'car', 'over 6 m is a commercial rate');
    return Math.round(BASE_PENCE[ctx.band] * 3.2 + Math.max(0, v.length - 5) * 900);
  } },
  { id: 'car-high', apply(ctx, v) {
    requireThat(v.kind === 'car', 'car-high', 'not a car');
    requireThat(v.height > 1.85, 'car-high', 'under height limit');
    return 1500;
  } },
  { id: 'motorbike', apply(ctx, v) { requireThat(v.kind === 'motorbike', 'motorbike', 'not a motorbike'); return Math.round(BASE_PENCE[ctx.band] * 1.6); } },
  { id: 'bicycle', apply(ctx, v) { requireThat(v.kind === 'bicycle', 'bicycle', 'not a bicycle'); return 0; } },
  { id: 'campervan', apply(ctx, v) {
    requireThat(v.kind === 'campervan', 'campervan', 'not a campervan');
    return Math.round(BASE_PENCE[ctx.band] * 4.5 + v.length * 700);
  } },
  { id: 'trailer', apply(ctx, v) { requireThat(v.trailerLength > 0, 'trailer', 'no trailer'); return Math.round(v.trailerLength * 1100); } },
];

const BOOKING_RULES = [
  { id: 'peak', apply(ctx) { requireThat(ctx.sailing.peak, 'peak', 'off-peak sailing'); return Math.round(ctx.subtotal * 0.12); } },
  { id: 'early-bird', apply(ctx) { requireThat(ctx.daysAhead >= 10, 'early-bird', 'booked too late'); return -Math.round(ctx.subtotal * 0.1); } },
  { id: 'group', apply(ctx) { requireThat(ctx.party.passengers.length >= 5, 'group', 'party too small'); return -Math.round(ctx.subtotal * 0.08); } },
  { id: 'return-leg', apply(ctx) { requireThat(Boolean(ctx.party.returnOf), 'return-leg', 'single journey'); return -Math.round(ctx.subtotal * 0.2); } },
];

function applyRules(rules, ctx, subject, lines) {
  let sum = 0;
  for (const rule of rules) {
    try {
      const amount = rule.apply(ctx, subject);
      lines.push({ rule: rule.id, amount });
      sum += amount;
    } catch (err) {
      if (err instanceof RuleNotApplicable) continue;
      throw err;
    }
  }
  return sum;
}

function quoteFare(sailing, party, now) {
  const ctx = {
    sailing,
    party,
    band: band(sailing),
    daysAhead: Math.floor((sailing.departs - now) / 86400000),
    subtotal: 0,
  };
  const lines = [];
  for (const p of party.passengers) ctx.subtotal += applyRules(PASSENGER_RULES, ctx, p, lines);
  if (party.vehicle) ctx.subtotal += applyRules(VEHICLE_RULES, ctx, party.vehicle, lines);
  const adjustments = applyRules(BOOKING_RULES, ctx, null, lines);
  return { sailingId: sailing.id, totalPence: Math.max(0, ctx.subtotal + adjustments), lines };
}

function vehicleLaneMetres(vehicle) {
  if (!vehicle) return 0;
  if (vehicle.kind === 'bicycle') return 0;
  return vehicle.length + (vehicle.trailerLength || 0);
}

module.exports = { quoteFare, vehicleLaneMetres, RuleNotApplicable };
