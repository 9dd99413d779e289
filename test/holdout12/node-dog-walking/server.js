'use strict';

const http = require('http');
const { searchWalkers, priceFor } = require('./matching');
const { routeLength } = require('./geo');
const { money, distance, slotLabel } = require('./format');

const HOUR_RE = /^(?:\d|[1-9]\d|1[0-6]\d)$/; // 0..167
const DOG_SIZE_RE = /^(?:small|medium|large)$/;
const PLATFORM_FEE = 0.18;

function send(res, status, obj) {
  const text = JSON.stringify(obj);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => {
      try { resolve(parts.length ? JSON.parse(Buffer.concat(parts)) : {}); } catch (e) { reject(e); }
    });
    req.on('error', reject);
  });
}

function createApp({ market, sessions, log }) {
  const stats = { searches: 0, bookings: 0, conflicts: 0, completed: 0, earnings: 0, unauthorized: 0 };

  function owner(req) {
    const auth = req.headers.authorization || '';
    const id = sessions.verify(auth.startsWith('Bearer ') ? auth.slice(7) : null, Date.now());
    return id ? market.owners.get(id) : null;
  }

  function search(req, res, url, who) {
    const hour = url.searchParams.get('hour') || '';
    if (!HOUR_RE.test(hour)) return send(res, 422, { error: 'hour' });
    const dogNames = (url.searchParams.get('dogs') || '').split(',');
    const dogs = who.dogs.filter((d) => dogNames.includes(d.name));
    if (dogs.length === 0) return send(res, 422, { error: 'dogs' });
    const found = searchWalkers(market, who, Number(hour), dogs);
    stats.searches++;
    send(res, 200, {
      slot: slotLabel(Number(hour)),
      walkers: found.map((r) => ({ id: r.walker.id, name: r.walker.name, rating: r.walker.rating, distance: distance(r.distance), price: money(r.price), pricePence: r.price })),
    });
  }

  async function book(req, res, who) {
    const { walker: walkerId, hour, dogs: dogNames } = await readJson(req);
    const walker = market.walkers.get(walkerId);
    if (!walker || !HOUR_RE.test(String(hour))) return send(res, 422, { error: 'invalid' });
    const dogs = who.dogs.filter((d) => dogNames.includes(d.name));
    if (!dogs.every((d) => DOG_SIZE_RE.test(d.size) && walker.sizes.has(d.size))) return send(res, 422, { error: 'dog size' });
    const booking = market.book(who, walker, hour, dogs, priceFor(walker, dogs));
    if (!booking) {
      stats.conflicts++;
      return send(res, 409, { error: 'slot taken' });
    }
    stats.bookings++;
    log.log('info', 'booking', { id: booking.id, walker: walker.id, hour });
    send(res, 201, { booking: booking.id, slot: slotLabel(hour), price: money(booking.pricePence) });
  }

  async function complete(req, res, bookingId) {
    const { track, minutes } = await readJson(req);
    const booking = market.bookings.get(bookingId);
    if (!booking || booking.status !== 'booked') return send(res, 404, { error: 'no booking' });
    if (!Array.isArray(track) || track.length < 2) return send(res, 422, { error: 'track' });
    const metres = routeLength(track);
    booking.status = 'completed';
    booking.metres = metres;
    booking.minutes = minutes;
    booking.payoutPence = Math.round(booking.pricePence * (1 - PLATFORM_FEE));
    stats.completed++;
    if (log.enabled('debug')) log.log('debug', 'walk completed', { id: booking.id, metres, points: track.length });
    send(res, 200, { booking: booking.id, distance: distance(metres), pace: `${(minutes / (metres / 1000)).toFixed(1)} min/km`, payout: money(booking.payoutPence) });
  }

  function earnings(req, res, walkerId) {
    const list = market.bookingsByWalker.get(walkerId);
    if (!list) return send(res, 404, { error: 'no walker' });
    let pence = 0;
    let metres = 0;
    let walks = 0;
    const byDay = new Array(7).fill(0);
    for (const b of list) {
      if (b.status !== 'completed') continue;
      walks++;
      pence += b.payoutPence;
      metres += b.metres;
      byDay[Math.floor(b.hour / 24)] += b.payoutPence;
    }
    stats.earnings++;
    send(res, 200, { walker: walkerId, walks, total: money(pence), distance: distance(metres), byDay: byDay.map(money), upcoming: list.filter((b) => b.status === 'booked').length });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = url.pathname;
    if (req.method === 'POST' && path.startsWith('/v1/bookings/') && path.endsWith('/complete')) {
      complete(req, res, path.slice(13, -9)).catch((e) => send(res, 400, { error: e.message }));
      return;
    }
    if (req.method === 'GET' && path.startsWith('/v1/walkers/') && path.endsWith('/earnings')) return earnings(req, res, path.slice(12, -9));
    const who = owner(req);
    if (!who) {
      stats.unauthorized++;
      return send(res, 401, { error: 'unauthorized' });
    }
    if (req.method === 'GET' && path === '/v1/walkers/search') return search(req, res, url, who);
    if (req.method === 'POST' && path === '/v1/bookings') {
      book(req, res, who).catch((e) => send(res, 400, { error: e.message }));
      return;
    }
    send(res, 404, { error: 'not found' });
  });
  server.stats = stats;
  return server;
}

module.exports = { createApp };
