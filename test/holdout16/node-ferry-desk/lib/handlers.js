'use strict';

const { quote, cheapestFrom, partySize } = require('./fares');
const { requireAgent } = require('./auth');

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL_RE = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

function badRequest(message) {
  const err = new Error(message);
  err.status = 400;
  return err;
}

function parseParty(src) {
  const party = {};
  for (const kind of ['adult', 'child', 'senior', 'infant']) {
    const raw = src[kind];
    if (raw === undefined || raw === null || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 40) throw badRequest(`bad ${kind} count`);
    if (n) party[kind] = n;
  }
  if (!partySize(party)) throw badRequest('party is empty');
  return party;
}

function hhmm(ms) {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

function createHandlers({ timetable, store, agents }) {
  function searchSailings(req, url) {
    const q = url.searchParams;
    const from = q.get('from');
    const to = q.get('to');
    const date = q.get('date');
    if (!from || !to || !DATE_RE.test(date || '')) throw badRequest('from, to and date are required');
    const party = parseParty({
      adult: q.get('adults'),
      child: q.get('children'),
      senior: q.get('seniors'),
      infant: q.get('infants'),
    });
    const vehicle = q.get('vehicle') || 'none';
    const size = partySize(party);
    const results = [];
    for (const s of timetable.find(from, to, date)) {
      const route = timetable.route(s.routeId);
      const avail = store.availability(s);
      results.push({
        sailingId: s.id,
        departs: hhmm(s.departs),
        arrives: hhmm(s.arrives),
        vessel: s.vessel,
        seatsLeft: avail.seats,
        carSpacesLeft: avail.carSpaces,
        bookable: avail.seats >= size && (vehicle === 'none' || avail.carSpaces > 0),
        fareFrom: cheapestFrom(route, s, party, vehicle).display,
      });
    }
    return {
      status: 200,
      body: {
        from: timetable.portName(from),
        to: timetable.portName(to),
        date,
        sailings: results,
      },
    };
  }

  function departures(req, url) {
    const port = url.searchParams.get('port');
    const date = url.searchParams.get('date');
    if (!port || !DATE_RE.test(date || '')) throw badRequest('port and date are required');
    const list = timetable.departures(port, date).map((s) => ({
      sailingId: s.id,
      to: timetable.portName(s.to),
      departs: hhmm(s.departs),
      vessel: s.vessel,
    }));
    return { status: 200, body: { port: timetable.portName(port), date, departures: list } };
  }

  function createBooking(req, url, params, body) {
    const agent = requireAgent(agents, req);
    if (!body || typeof body !== 'object') throw badRequest('JSON body required');
    const sailing = timetable.sailing(body.sailingId);
    if (!sailing) throw badRequest('unknown sailing');
    const party = parseParty(body.party || {});
    const lead = body.lead || {};
    if (!lead.name || !EMAIL_RE.test(lead.email || '')) throw badRequest('lead passenger name and email required');
    const route = timetable.route(sailing.routeId);
    const q = quote(route, sailing, party, body.vehicle);
    const booking = store.create({
      sailing,
      party,
      vehicle: body.vehicle,
      lead: { name: lead.name, email: lead.email },
      agentId: agent.agentId,
      totalPence: q.totalPence,
    });
    agent.bookings++;
    return {
      status: 201,
      body: {
        ref: booking.ref,
        sailing: { id: sailing.id, from: timetable.portName(sailing.from), to: timetable.portName(sailing.to), departs: hhmm(sailing.departs), date: sailing.day },
        lines: q.lines,
        total: q.total,
      },
    };
  }

  function getBooking(req, url, params) {
    requireAgent(agents, req);
    const b = store.get(params.ref);
    if (!b) return { status: 404, body: { error: 'no such booking' } };
    const sailing = timetable.sailing(b.sailingId);
    return {
      status: 200,
      body: {
        ref: b.ref,
        status: b.status,
        sailingId: b.sailingId,
        date: sailing.day,
        departs: hhmm(sailing.departs),
        passengers: b.passengers,
        vehicle: b.vehicle,
        lead: b.lead.name,
      },
    };
  }

  function cancelBooking(req, url, params) {
    requireAgent(agents, req);
    const b = store.cancel(params.ref);
    if (!b) return { status: 404, body: { error: 'no such booking' } };
    return { status: 200, body: { ref: b.ref, status: b.status } };
  }

  function health() {
    return { status: 200, body: { ok: true, ...store.stats() } };
  }

  return { searchSailings, departures, createBooking, getBooking, cancelBooking, health };
}

module.exports = { createHandlers };
