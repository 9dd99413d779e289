'use strict';
// Deterministic fixture generator for the roster planner.

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASES = ['LHR', 'MAN', 'EDI', 'BHX', 'GLA', 'BRS'];
const FLEETS = ['A319', 'A320', 'A321', 'A20N', 'A21N', 'B737', 'B738', 'B38M', 'E190', 'E195'];
const RANKS = ['CPT', 'FO', 'SFO', 'PUR', 'CC'];
const DESTS = ['AMS', 'CDG', 'FRA', 'MAD', 'FCO', 'DUB', 'CPH', 'OSL', 'ARN', 'LIS', 'ATH', 'VIE', 'ZRH', 'BCN', 'PRG'];

function pick(rnd, arr) { return arr[Math.floor(rnd() * arr.length)]; }

function buildCrew(rnd, count) {
  const crew = [];
  for (let i = 0; i < count; i++) {
    const endorsements = [];
    const n = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) {
      const f = pick(rnd, FLEETS);
      if (!endorsements.includes(f)) endorsements.push(f);
    }
    crew.push({
      employeeId: 'E' + String(10000 + i),
      name: `Crew Member ${i}`,
      base: pick(rnd, BASES),
      rank: pick(rnd, RANKS),
      endorsements,
      hourlyRate: 38 + Math.floor(rnd() * 60) + rnd(),
      hoursThisMonth: Math.floor(rnd() * 60),
    });
  }
  return crew;
}

function buildDuties(rnd, count) {
  const duties = [];
  for (let i = 0; i < count; i++) {
    const dep = pick(rnd, BASES);
    const block = 55 + Math.floor(rnd() * 240);
    duties.push({
      dutyId: 'D' + i,
      flightNo: 'XA' + String(100 + Math.floor(rnd() * 8900)),
      origin: dep,
      destination: pick(rnd, DESTS),
      aircraft: pick(rnd, FLEETS) + '-' + dep,
      day: 1 + Math.floor(rnd() * 28),
      startMin: Math.floor(rnd() * 1200),
      blockMinutes: block,
      needs: { CPT: 1, FO: 1, PUR: 1, CC: 2 + Math.floor(rnd() * 2) },
    });
  }
  return duties;
}

module.exports = { mulberry32, buildCrew, buildDuties, BASES, FLEETS };
