'use strict';

const CITIES = ['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Frankfurt', 'Stuttgart', 'Leipzig', 'Dresden', 'Hanover', 'Nuremberg',
  'Prague', 'Vienna', 'Zurich', 'Basel', 'Amsterdam', 'Brussels', 'Paris', 'Lyon', 'Milan', 'Copenhagen', 'Warsaw', 'Krakow',
  'Budapest', 'Bratislava', 'Ljubljana', 'Zagreb', 'Salzburg', 'Innsbruck', 'Strasbourg', 'Luxembourg'];
const CURRENCY_BY_CITY = { Prague: 'CZK', Zurich: 'CHF', Basel: 'CHF', Copenhagen: 'DKK', Warsaw: 'PLN', Krakow: 'PLN', Budapest: 'HUF' };
const FX_FROM_EUR = { EUR: 1, CZK: 25.1, CHF: 0.94, DKK: 7.46, PLN: 4.31, HUF: 395 };
const SEATS = 52;

function buildTimetable(rng, days) {
  const routes = [];
  for (let i = 0; i < CITIES.length; i++) {
    for (let j = 0; j < CITIES.length; j++) {
      if (i !== j && rng.chance(0.22)) routes.push({ from: CITIES[i], to: CITIES[j], km: rng.int(120, 1100) });
    }
  }
  const trips = new Map();
  const tripsByRouteDay = new Map();
  for (const route of routes) {
    const perDay = rng.int(2, 9);
    for (let d = 0; d < days; d++) {
      const date = new Date(Date.UTC(2025, 6, 1 + d)).toISOString().slice(0, 10);
      const list = [];
      for (let k = 0; k < perDay; k++) {
        const dep = 300 + Math.floor((k * 1140) / perDay) + rng.int(0, 40);
        const trip = {
          id: `${route.from.slice(0, 3).toUpperCase()}${route.to.slice(0, 3).toUpperCase()}-${date.replace(/-/g, '')}-${k}`,
          from: route.from, to: route.to, date, departureMin: dep, durationMin: Math.round(route.km / 68 * 60),
          km: route.km, currency: CURRENCY_BY_CITY[route.from] || 'EUR',
          seatsFree: new Uint8Array(SEATS).fill(1), freeCount: SEATS, sold: 0,
        };
        trips.set(trip.id, trip);
        list.push(trip);
      }
      tripsByRouteDay.set(`${route.from}|${route.to}|${date}`, list);
    }
  }
  const destinationsFrom = new Map();
  for (const r of routes) {
    if (!destinationsFrom.has(r.from)) destinationsFrom.set(r.from, []);
    destinationsFrom.get(r.from).push(r.to);
  }
  return { routes, trips, tripsByRouteDay, destinationsFrom, cities: CITIES };
}

module.exports = { buildTimetable, FX_FROM_EUR, SEATS };
