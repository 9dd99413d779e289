'use strict';
const http = require('http');
const { ROOMS, Calendar, SlotUnavailableError } = require('./rooms');
const { voucherMatches, validateBooking, teamNameTaken } = require('./validate');
const { authenticate } = require('./auth');

const calendar = new Calendar();
let seq = 1;
const stats = { bookings: 0, rejected: 0, lookups: 0, revenueCents: 0 };

function send(res, status, obj) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try { resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')); } catch (e) { reject(e); }
    });
    req.on('error', reject);
  });
}

function fmtTime(min) {
  return String(Math.floor(min / 60)).padStart(2, '0') + ':' + String(min % 60).padStart(2, '0');
}

async function handle(req, res) {
  const partner = authenticate(req);
  if (!partner) return send(res, 401, { error: 'unauthorized' });
  const url = new URL(req.url, 'http://localhost');
  const m = url.pathname.match(/^\/api\/rooms\/(\d+)\/(slots|bookings)$/);
  if (!m) return send(res, 404, { error: 'not found' });
  const room = ROOMS[Number(m[1]) - 1];
  if (!room) return send(res, 404, { error: 'no such room' });
  if (m[2] === 'slots' && req.method === 'GET') {
    stats.lookups++;
    const date = url.searchParams.get('date');
    const free = calendar.freeSlots(room, date);
    return send(res, 200, { room: room.slug, date, free: free.map(fmtTime) });
  }
  if (m[2] === 'bookings' && req.method === 'POST') {
    const body = await readBody(req);
    const errors = validateBooking(body, room);
    // leaderboard names must be unique per room for the season (case and spacing insensitive)
    if (teamNameTaken(body.team, calendar.roomSeason(room.id))) errors.push('team name already on this room\'s leaderboard');
    if (errors.length) { stats.rejected++; return send(res, 422, { errors }); }
    let price = room.priceCents * body.players;
    if (body.voucher && voucherMatches(body.voucher, room, body.date)) price = Math.round(price * 0.85);
    const booking = { ref: 'ER' + String(seq++).padStart(7, '0'), team: body.team, start: body.start, players: body.players, partner, price };
    try {
      calendar.add(room, body.date, booking);
    } catch (err) {
      if (err instanceof SlotUnavailableError) { stats.rejected++; return send(res, 409, { error: err.message }); }
      throw err;
    }
    stats.bookings++;
    stats.revenueCents += price;
    return send(res, 201, { ref: booking.ref, priceCents: price, start: fmtTime(booking.start) });
  }
  return send(res, 405, { error: 'method not allowed' });
}

function createServer() {
  return http.createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { error: String(err && err.message) }));
  });
}

module.exports = { createServer, stats };
