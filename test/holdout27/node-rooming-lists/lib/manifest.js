'use strict';

function buildGuideManifest(departure, tour) {
  const lines = [`GUIDE MANIFEST ${departure.id} ${tour.title} from ${departure.startDate}`];
  const pax = [];
  for (const b of departure.bookings) for (const p of b.pax) pax.push({ booking: b.ref, ...p });
  pax.sort((a, b) => (a.surname === b.surname ? (a.firstName < b.firstName ? -1 : 1) : a.surname < b.surname ? -1 : 1));
  for (const p of pax) {
    const inbound = p.flights[0];
    lines.push(`${p.surname.toUpperCase()}, ${p.firstName} (${p.booking}) passport ${p.passport.country}${p.passport.number} ` +
      `arr ${inbound.carrier}${inbound.number} ${inbound.arrival} ${inbound.airport} diet=${p.diet}${p.mobility ? ' ASSIST' : ''}`);
  }
  for (const day of departure.itinerary) {
    const optional = day.excursions.filter((e) => e.optional);
    lines.push(`${day.title} [${day.meals}] ${optional.length} optional excursion(s): ${optional.map((e) => `${e.code} EUR ${e.priceEur} min ${e.minPax}`).join(', ')}`);
  }
  return lines.join('\n');
}

function occupancyForecast(allocations) {
  const nights = new Map();
  for (const a of allocations) {
    const start = Date.parse(a.checkIn);
    for (let n = 0; n < a.nights; n++) {
      const key = `${a.hotelCode}|${new Date(start + n * 86400000).toISOString().slice(0, 10)}`;
      const entry = nights.get(key) || { rooms: 0, byType: { SGL: 0, DBL: 0, TWN: 0, TRP: 0 } };
      entry.rooms++;
      entry.byType[a.roomType]++;
      nights.set(key, entry);
    }
  }
  const rows = [...nights.entries()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return rows.map(([key, e]) => `${key.replace('|', ',')},${e.rooms},${e.byType.SGL},${e.byType.DBL},${e.byType.TWN},${e.byType.TRP}`).join('\n');
}

module.exports = { buildGuideManifest, occupancyForecast };
