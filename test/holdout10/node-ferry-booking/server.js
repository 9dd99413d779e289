'use strict';

const http = require('http');
const crypto = require('crypto');
const { routeIndex, buildTimetable, dayKey } = require('./schedule');
const { quoteFare, fromPrices, formatDeparture, passengerCategory, VEHICLE_LANE_METERS } = require('./fares');
const { authenticate } = require('./auth');
const { PaymentClient } = require('./payments');
const { TicketClient } = require('./ticketing');

function sendJson(res, status, obj) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function validateParty(party) {
  if (!party || !Array.isArray(party.passengers) || party.passengers.length === 0) return 'passengers required';
  if (party.passengers.length > 9) return 'too many passengers';
  for (const p of party.passengers) {
    if (typeof p.name !== 'string' || p.name.length < 2) return 'passenger name';
    if (!Number.isInteger(p.age) || p.age < 0 || p.age > 120) return 'passenger age';
  }
  if (party.vehicle && !VEHICLE_LANE_METERS[party.vehicle.type]) return 'vehicle type';
  if (!party.passengers.some((p) => p.age >= 18)) return 'an adult must travel';
  return null;
}

function createBookingServer({ gatewayPort, ticketPort, startDate, days, agencies }) {
  const { sailings, byRouteDay } = buildTimetable(startDate, days);
  const bookings = new Map();
  const payments = new PaymentClient(gatewayPort);
  const tickets = new TicketClient(ticketPort);
  let bookingSeq = 0;

  function searchSailings(agency, url) {
    const route = routeIndex.get(url.searchParams.get('route'));
    if (!route) return [404, { error: 'unknown route' }];
    const date = url.searchParams.get('date');
    const passengers = Number(url.searchParams.get('pax') || 1);
    const days = Number(url.searchParams.get('flex') || 0);
    const base = new Date(date + 'T00:00:00Z');
    const results = [];
    for (let d = -days; d <= days; d++) {
      const day = new Date(base.getTime() + d * 86400000);
      const list = byRouteDay.get(route.code + ':' + dayKey(day)) || [];
      for (const s of list) {
        const seatsLeft = s.paxCapacity - s.paxBooked;
        if (seatsLeft < passengers) continue;
        results.push({
          sailing: s.id,
          departs: formatDeparture(s.departs, route),
          arrives: formatDeparture(s.arrives, route),
          seatsLeft,
          laneMetersLeft: s.laneCapacity - s.laneBooked,
          cabinsLeft: s.cabins - s.cabinsBooked,
          from: fromPrices(route, s),
        });
      }
    }
    return [200, { route: route.code, agency: agency.id, results }];
  }

  async function createBooking(agency, body) {
    const sailing = sailings.get(body.sailing);
    if (!sailing) return [404, { error: 'unknown sailing' }];
    const route = routeIndex.get(sailing.route);
    const problem = validateParty(body.party);
    if (problem) return [422, { error: problem }];
    const pax = body.party.passengers.length;
    const lane = body.party.vehicle ? VEHICLE_LANE_METERS[body.party.vehicle.type] : 0;
    if (sailing.paxBooked + pax > sailing.paxCapacity || sailing.laneBooked + lane > sailing.laneCapacity) {
      return [409, { error: 'sold out' }];
    }
    const quote = quoteFare(route, sailing, body.party);
    // hold capacity while the card is charged
    sailing.paxBooked += pax;
    sailing.laneBooked += lane;
    const ref = 'FB' + (++bookingSeq).toString(36).toUpperCase().padStart(6, '0');
    const charge = await payments.charge(body.card, quote.total, route.currency, ref);
    if (!charge.ok) {
      sailing.paxBooked -= pax;
      sailing.laneBooked -= lane;
      return [402, { error: 'payment declined', reason: charge.reason }];
    }
    const booking = {
      ref,
      agency: agency.id,
      commission: Math.round(quote.total * agency.commission * 100) / 100,
      sailing: sailing.id,
      party: body.party,
      quote,
      payment: { authorization: charge.authorization, capture: charge.capture },
      boardingPasses: await tickets.issueBoardingPasses(ref, sailing.id, body.party.passengers, passengerCategory),
      checkInCode: crypto.createHash('sha1').update(ref + sailing.id).digest('hex').slice(0, 8).toUpperCase(),
    };
    booking.manifestFiled = await tickets.declareManifest(ref, sailing.id, body.party);
    bookings.set(ref, booking);
    return [201, booking];
  }

  function getBooking(agency, ref) {
    const b = bookings.get(ref);
    if (!b || b.agency !== agency.id) return [404, { error: 'not found' }];
    return [200, b];
  }

  const server = http.createServer(async (req, res) => {
    try {
      const agency = authenticate(req, agencies);
      if (!agency) return sendJson(res, 401, { error: 'unauthorized' });
      const url = new URL(req.url, 'http://ferry.local');
      let result;
      if (req.method === 'GET' && url.pathname === '/v2/sailings') {
        result = searchSailings(agency, url);
      } else if (req.method === 'POST' && url.pathname === '/v2/bookings') {
        const raw = await readBody(req);
        result = await createBooking(agency, JSON.parse(raw));
      } else if (req.method === 'GET' && url.pathname.startsWith('/v2/bookings/')) {
        result = getBooking(agency, url.pathname.slice('/v2/bookings/'.length));
      } else {
        result = [404, { error: 'no route' }];
      }
      sendJson(res, result[0], result[1]);
    } catch (err) {
      sendJson(res, 500, { error: err.message });
    }
  });
  server.keepAliveTimeout = 30000;
  return server;
}

module.exports = { createBookingServer };
