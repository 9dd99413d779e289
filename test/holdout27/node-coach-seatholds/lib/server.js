'use strict';

const http = require('http');
const { quoteTrip } = require('./pricing');
const { allocateSeats, releaseSeats } = require('./seats');

const HOLD_TTL_MS = 10 * 60 * 1000;

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function ticketCheckDigit(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function createBookingService({ timetable, clock, log }) {
  const holds = new Map();
  const bookings = new Map();
  const holdExpiryQueue = [];
  let holdSeq = 0;
  let ticketSeq = 7000000;
  const stats = { searches: 0, holds: 0, soldOut: 0, confirmed: 0, expired: 0, lookups: 0 };

  function expireHolds() {
    const now = clock.now();
    while (holdExpiryQueue.length && holdExpiryQueue[0].expiresAt <= now) {
      const { id } = holdExpiryQueue.shift();
      const hold = holds.get(id);
      if (hold && hold.status === 'held') {
        releaseSeats(timetable.trips.get(hold.tripId), hold.seats);
        hold.status = 'expired';
        holds.delete(id);
        stats.expired++;
      }
    }
  }

  function search(params) {
    stats.searches++;
    const passengers = (params.get('pax') || 'adult').split('.');
    const trips = timetable.tripsByRouteDay.get(`${params.get('from')}|${params.get('to')}|${params.get('date')}`) || [];
    const results = [];
    for (const trip of trips) {
      if (trip.freeCount < passengers.length) continue;
      results.push({
        tripId: trip.id,
        departs: `${String(Math.floor(trip.departureMin / 60)).padStart(2, '0')}:${String(trip.departureMin % 60).padStart(2, '0')}`,
        durationMin: trip.durationMin,
        seatsLeft: trip.freeCount,
        fares: quoteTrip(trip, passengers),
      });
    }
    return { from: params.get('from'), to: params.get('to'), date: params.get('date'), results, connections: connections(params, passengers) };
  }

  // One-change itineraries through any city served from the origin, with 30-240 minutes to connect.
  function connections(params, passengers) {
    const from = params.get('from');
    const to = params.get('to');
    const date = params.get('date');
    const options = [];
    for (const via of timetable.destinationsFrom.get(from) || []) {
      if (via === to) continue;
      const first = timetable.tripsByRouteDay.get(`${from}|${via}|${date}`);
      const second = timetable.tripsByRouteDay.get(`${via}|${to}|${date}`);
      if (!first || !second) continue;
      for (const a of first) {
        if (a.freeCount < passengers.length) continue;
        const arrives = a.departureMin + a.durationMin;
        for (const b of second) {
          const wait = b.departureMin - arrives;
          if (wait < 30 || wait > 240 || b.freeCount < passengers.length) continue;
          options.push({ a, b, via, arrivesMin: b.departureMin + b.durationMin, wait });
        }
      }
    }
    options.sort((x, y) => x.arrivesMin - y.arrivesMin || x.wait - y.wait);
    return options.slice(0, 6).map(({ a, b, via, arrivesMin }) => {
      const qa = quoteTrip(a, passengers);
      const qb = quoteTrip(b, passengers);
      return {
        legs: [a.id, b.id], via, arrivesMin,
        fares: qa.map((q, i) => ({ fareClass: q.fareClass, amounts: [q.display, qb[i].display] })),
      };
    });
  }

  function hold(body) {
    expireHolds();
    const trip = timetable.trips.get(body.tripId);
    if (!trip) return [404, { error: 'unknown-trip' }];
    const seats = allocateSeats(trip, body.passengers.length);
    if (!seats) {
      stats.soldOut++;
      return [409, { error: 'sold-out', seatsLeft: trip.freeCount }];
    }
    const quote = quoteTrip(trip, body.passengers).find((q) => q.fareClass === body.fareClass) || null;
    const id = `H${(++holdSeq).toString(36).toUpperCase().padStart(6, '0')}`;
    const h = { id, tripId: trip.id, seats, passengers: body.passengers, fareClass: body.fareClass, amount: quote.amount, currency: trip.currency, status: 'held', expiresAt: clock.now() + HOLD_TTL_MS };
    holds.set(id, h);
    holdExpiryQueue.push({ id, expiresAt: h.expiresAt });
    stats.holds++;
    return [201, { holdId: id, seats, amount: quote.amount, display: quote.display, expiresAt: new Date(h.expiresAt).toISOString() }];
  }

  function confirm(holdId, body) {
    expireHolds();
    const h = holds.get(holdId);
    if (!h) return [410, { error: 'hold-expired' }];
    const trip = timetable.trips.get(h.tripId);
    trip.sold += h.seats.length;
    const tickets = h.seats.map((seat, i) => {
      const digits = String(++ticketSeq);
      return { ticket: `${digits}${ticketCheckDigit(digits)}`, seat, passenger: h.passengers[i] };
    });
    const ref = `CB${holdId.slice(1)}`;
    bookings.set(ref, { ref, tripId: h.tripId, tickets, amount: h.amount, currency: h.currency, email: body.email, paid: body.paymentToken ? 'captured' : 'pending' });
    holds.delete(holdId);
    h.status = 'confirmed';
    stats.confirmed++;
    return [200, { bookingRef: ref, tickets, amount: h.amount, currency: h.currency }];
  }

  async function handle(req, res) {
    clock.tick();
    const url = new URL(req.url, 'http://coach.local');
    if (req.method === 'GET' && url.pathname === '/v1/trips') return send(res, 200, search(url.searchParams));
    if (req.method === 'POST' && url.pathname === '/v1/holds') {
      const [status, body] = hold(await readJson(req));
      return send(res, status, body);
    }
    if (req.method === 'POST' && url.pathname.startsWith('/v1/holds/') && url.pathname.endsWith('/confirm')) {
      const [status, body] = confirm(url.pathname.split('/')[3], await readJson(req));
      return send(res, status, body);
    }
    if (req.method === 'GET' && url.pathname.startsWith('/v1/bookings/')) {
      stats.lookups++;
      const booking = bookings.get(url.pathname.slice('/v1/bookings/'.length));
      return booking ? send(res, 200, booking) : send(res, 404, { error: 'unknown-booking' });
    }
    return send(res, 404, { error: 'not-found' });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      log.warn(`request failed: ${err.message}`);
      send(res, 400, { error: 'bad-request' });
    });
  });
  return { server, stats };
}

module.exports = { createBookingService };
