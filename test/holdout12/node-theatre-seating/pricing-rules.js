'use strict';

// Pricing rules maintained by the marketing team. Edited between (and
// sometimes during) on-sale periods.

const BANDS = {
  A: { label: 'Premium', base: 89 },
  B: { label: 'Band B', base: 72 },
  C: { label: 'Band C', base: 58 },
  D: { label: 'Band D', base: 42 },
  E: { label: 'Band E', base: 29 },
  R: { label: 'Restricted view', base: 19 },
};

const LEVEL_BANDS = {
  STALLS: [['ABC', 'B'], ['DEFGHJKL', 'A'], ['MNOP', 'B'], ['QRS', 'C']],
  DRESS: [['ABC', 'A'], ['DEF', 'B'], ['GH', 'C']],
  UPPER: [['ABCD', 'C'], ['EFG', 'D'], ['HJK', 'E']],
};

const CONCESSIONS = {
  adult: { label: 'Adult', factor: 1 },
  child: { label: 'Under 16', factor: 0.5, maxPerOrder: 6 },
  student: { label: 'Student', factor: 0.75 },
  senior: { label: 'Over 65', factor: 0.8, excludePeak: true },
  access: { label: 'Access + companion', factor: 0.5 },
};

const BOOKING_FEE = { perTicket: 2.5, perOrder: 1.75, capPerOrder: 12 };

const PEAK_DAYS = new Set([5, 6]); // Fri, Sat

// Partner and mailing-list offers currently live.
const PROMOTIONS = [
  { code: 'TEMPEST00', kind: 'band-upgrade', value: 0, levels: ['DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 4 },
  { code: 'CABARET01', kind: 'band-upgrade', value: 0, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 1 },
  { code: 'DOLL02', kind: 'fixed', value: 5, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 1 },
  { code: 'LESMIS03', kind: 'percent', value: 20, levels: ['DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'GODOT04', kind: 'band-upgrade', value: 0, levels: ['STALLS'], weekdaysOnly: false, minTickets: 1 },
  { code: 'HAMILTON05', kind: 'band-upgrade', value: 0, levels: ['STALLS'], weekdaysOnly: true, minTickets: 1 },
  { code: 'SEAGULL06', kind: 'fixed', value: 5, levels: ['STALLS'], weekdaysOnly: true, minTickets: 4 },
  { code: 'MATILDA07', kind: 'fixed', value: 5, levels: ['STALLS'], weekdaysOnly: true, minTickets: 1 },
  { code: 'TEMPEST08', kind: 'percent', value: 15, levels: ['STALLS'], weekdaysOnly: false, minTickets: 2 },
  { code: 'CABARET09', kind: 'fixed', value: 5, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 4 },
  { code: 'DOLL10', kind: 'percent', value: 15, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 2 },
  { code: 'LESMIS11', kind: 'fixed', value: 5, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 1 },
  { code: 'GODOT12', kind: 'fixed', value: 5, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 4 },
  { code: 'HAMILTON13', kind: 'band-upgrade', value: 0, levels: ['STALLS'], weekdaysOnly: false, minTickets: 4 },
  { code: 'SEAGULL14', kind: 'fixed', value: 5, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 2 },
  { code: 'MATILDA15', kind: 'fixed', value: 10, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 2 },
  { code: 'TEMPEST16', kind: 'band-upgrade', value: 0, levels: ['STALLS'], weekdaysOnly: true, minTickets: 1 },
  { code: 'CABARET17', kind: 'band-upgrade', value: 0, levels: ['DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 1 },
  { code: 'DOLL18', kind: 'band-upgrade', value: 0, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 4 },
  { code: 'LESMIS19', kind: 'percent', value: 25, levels: ['STALLS'], weekdaysOnly: false, minTickets: 4 },
  { code: 'GODOT20', kind: 'percent', value: 10, levels: ['STALLS'], weekdaysOnly: false, minTickets: 2 },
  { code: 'HAMILTON21', kind: 'fixed', value: 10, levels: ['DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'SEAGULL22', kind: 'fixed', value: 5, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'MATILDA23', kind: 'fixed', value: 5, levels: ['DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 1 },
  { code: 'TEMPEST24', kind: 'percent', value: 20, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 1 },
  { code: 'CABARET25', kind: 'fixed', value: 8, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'DOLL26', kind: 'band-upgrade', value: 0, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 1 },
  { code: 'LESMIS27', kind: 'band-upgrade', value: 0, levels: ['STALLS'], weekdaysOnly: false, minTickets: 2 },
  { code: 'GODOT28', kind: 'fixed', value: 5, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 4 },
  { code: 'HAMILTON29', kind: 'band-upgrade', value: 0, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 4 },
  { code: 'SEAGULL30', kind: 'band-upgrade', value: 0, levels: ['DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'MATILDA31', kind: 'band-upgrade', value: 0, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 4 },
  { code: 'TEMPEST32', kind: 'percent', value: 25, levels: ['DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 1 },
  { code: 'CABARET33', kind: 'band-upgrade', value: 0, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 4 },
  { code: 'DOLL34', kind: 'fixed', value: 5, levels: ['STALLS'], weekdaysOnly: true, minTickets: 1 },
  { code: 'LESMIS35', kind: 'percent', value: 25, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 4 },
  { code: 'GODOT36', kind: 'percent', value: 25, levels: ['DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'HAMILTON37', kind: 'fixed', value: 8, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 1 },
  { code: 'SEAGULL38', kind: 'percent', value: 25, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 4 },
  { code: 'MATILDA39', kind: 'fixed', value: 8, levels: ['STALLS'], weekdaysOnly: true, minTickets: 2 },
  { code: 'TEMPEST40', kind: 'band-upgrade', value: 0, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'CABARET41', kind: 'percent', value: 20, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 1 },
  { code: 'DOLL42', kind: 'fixed', value: 8, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'LESMIS43', kind: 'fixed', value: 8, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'GODOT44', kind: 'band-upgrade', value: 0, levels: ['STALLS'], weekdaysOnly: false, minTickets: 1 },
  { code: 'HAMILTON45', kind: 'fixed', value: 10, levels: ['DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 2 },
  { code: 'SEAGULL46', kind: 'fixed', value: 8, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: false, minTickets: 2 },
  { code: 'MATILDA47', kind: 'fixed', value: 8, levels: ['STALLS', 'DRESS', 'UPPER'], weekdaysOnly: true, minTickets: 2 },
];

function promotionFor(code, seat, performance, ticketCount) {
  if (!code) return null;
  const promo = PROMOTIONS.find((p) => p.code === code);
  if (!promo || !promo.levels.includes(seat.level) || ticketCount < promo.minTickets) return null;
  if (promo.weekdaysOnly && PEAK_DAYS.has(new Date(performance.startsAt).getUTCDay())) return null;
  return promo;
}

function applyPromotion(price, promo) {
  if (!promo) return price;
  if (promo.kind === 'percent') return price * (1 - promo.value / 100);
  if (promo.kind === 'fixed') return Math.max(0, price - promo.value);
  return price;
}

function bandFor(seat) {
  if (seat.restricted) return 'R';
  const table = LEVEL_BANDS[seat.level] || [];
  for (const [rows, band] of table) {
    if (rows.includes(seat.row)) {
      // aisle ends of premium rows drop one band
      if (band === 'A' && Math.abs(seat.x) > 10) return 'B';
      return band;
    }
  }
  return 'E';
}

function demandUplift(occupancy, daysToShow) {
  if (occupancy > 0.9) return daysToShow < 3 ? 1.35 : 1.25;
  if (occupancy > 0.75) return 1.12;
  if (occupancy < 0.3 && daysToShow < 2) return 0.85;
  return 1;
}

function seatPrice(seat, performance, occupancy, concession = 'adult') {
  const band = BANDS[bandFor(seat)];
  let price = band.base;
  const weekday = new Date(performance.startsAt).getUTCDay();
  const peak = PEAK_DAYS.has(weekday) || performance.gala;
  if (peak) price *= 1.15;
  price *= demandUplift(occupancy, performance.daysToShow);
  const c = CONCESSIONS[concession] || CONCESSIONS.adult;
  if (!(peak && c.excludePeak)) price *= c.factor;
  return Math.round(price * 2) / 2;
}

function bookingFee(ticketCount) {
  return Math.min(BOOKING_FEE.capPerOrder, BOOKING_FEE.perOrder + BOOKING_FEE.perTicket * ticketCount);
}

module.exports = { BANDS, CONCESSIONS, PROMOTIONS, bandFor, seatPrice, bookingFee, demandUplift, promotionFor, applyPromotion };
