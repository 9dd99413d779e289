'use strict';

const util = require('util');

const MIN_GAP_DAYS = 1;
const DAY_MS = 86400000;

function monthKey(ringerId, month) {
  return util.format('%s/%s', ringerId, month);
}

// --- eligibility: every check must pass -----------------------------------

function notAway({ ringer }, event) {
  return !ringer.awayDays.has(event.day);
}

function withinTravel({ ringer, km }, event) {
  return ringer.homeTower === event.tower.id || km <= ringer.maxTravelKm;
}

function ringsMethod({ ringer }, event, ctx) {
  const { METHODS } = require('./methods');
  const method = METHODS[ctx.method];
  if (!method) return false;
  if (event.kind === 'service' && method.level <= 2) return true;
  if (event.kind === 'practice') return ringer.level + 1 >= method.level;
  if (method.stage > 0 && !ringer.methods.has(ctx.method)) return false;
  return ringer.level >= method.level;
}

function freeInSlot({ ringer }, event, ctx) {
  const booked = ctx.ledger.bySlot.get(event.slot);
  return !booked || !booked.has(ringer.id);
}

function underMonthlyCap({ ringer }, event, ctx) {
  const used = ctx.ledger.monthCounts.get(util.format('%s/%s', ringer.id, event.month)) || 0;
  return used < ringer.maxPerMonth;
}

function restedEnough({ ringer }, event, ctx) {
  const last = ctx.ledger.lastRang.get(ringer.id);
  return last === undefined || event.kind === 'service' || event.dayMs - last >= MIN_GAP_DAYS * DAY_MS;
}

const ELIGIBILITY = [notAway, withinTravel, underMonthlyCap, freeInSlot, ringsMethod, restedEnough];

// --- preference: weighted sum, higher is better ----------------------------

function homeTower({ ringer }, event) {
  if (ringer.homeTower !== event.tower.id) return 0;
  return event.kind === 'service' ? 3 : 1;
}

function travelDistance({ km }) {
  return km;
}

function recentRings({ ringer }, event, ctx) {
  return ctx.ledger.recent.filter((a) => a.ringer === ringer).length;
}

function learnerAtPractice({ ringer }, event) {
  return event.kind === 'practice' && ringer.level <= 4 ? 1 : 0;
}

function strengthForQuarter({ ringer }, event) {
  return event.kind === 'quarter' || event.kind === 'wedding' ? ringer.level : 0;
}

function methodRepertoire({ ringer }) {
  return Math.min(ringer.methods.size, 10);
}

const PREFERENCES = [
  { name: 'home-tower', weight: 4, fn: homeTower },
  { name: 'travel', weight: -0.35, fn: travelDistance },
  { name: 'fairness', weight: -2.5, fn: recentRings },
  { name: 'learners', weight: 3, fn: learnerAtPractice },
  { name: 'strength', weight: 1.5, fn: strengthForQuarter },
  { name: 'repertoire', weight: 0.2, fn: methodRepertoire },
];

module.exports = { ELIGIBILITY, PREFERENCES, monthKey };
