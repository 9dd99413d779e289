'use strict';
const http = require('http');
const { validateBookingRequest } = require('./validation');
const { buildQuote } = require('./quotes');
const { sizeClassForWeight } = require('./inventory');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createBookingServer({ inventory, staff }) {
  const bookings = new Map();
  let nextId = 1;
  const stats = { quotes: 0, bookings: 0, rejected: 0, unauthorized: 0, full: 0 };

  async function handleQuote(req, res) {
    const body = JSON.parse(await readBody(req));
    const check = validateBookingRequest(body);
    if (!check.ok) {
      stats.rejected++;
      return sendJson(res, 422, { errors: check.errors });
    }
    stats.quotes++;
    const quote = buildQuote(body, check.medications);
    return sendJson(res, 200, quote);
  }

  async function handleBooking(req, res) {
    const body = JSON.parse(await readBody(req));
    const check = validateBookingRequest(body);
    if (!check.ok) {
      stats.rejected++;
      return sendJson(res, 422, { errors: check.errors });
    }
    const checkIn = new Date(`${body.checkIn}T12:00:00Z`);
    const checkOut = new Date(`${body.checkOut}T12:00:00Z`);
    const sizeClass = body.species === 'dog' ? sizeClassForWeight(body.weightKg) : 'small';
    const run = inventory.findFreeRun(sizeClass, checkIn, checkOut, body.species !== 'dog');
    if (!run) {
      stats.full++;
      return sendJson(res, 409, { error: 'no run available', sizeClass });
    }
    inventory.reserve(run.id, checkIn, checkOut);
    const quote = buildQuote(body, check.medications);
    const id = `BK${String(nextId++).padStart(6, '0')}`;
    bookings.set(id, { id, runId: run.id, checkIn, checkOut, petName: body.petName, total: quote.total, medications: check.medications });
    stats.bookings++;
    return sendJson(res, 201, { id, runId: run.id, total: quote.total, lines: quote.lines.length });
  }

  function handleCancel(id, res) {
    const b = bookings.get(id);
    if (!b) return sendJson(res, 404, { error: 'unknown booking' });
    inventory.release(b.runId, b.checkIn, b.checkOut);
    bookings.delete(id);
    return sendJson(res, 200, { cancelled: id });
  }

  function handleOccupancy(url, res) {
    const date = new Date(`${url.searchParams.get('date')}T12:00:00Z`);
    return sendJson(res, 200, inventory.occupancyForNight(date));
  }

  const server = http.createServer(async (req, res) => {
    try {
      const user = staff.verifyStaffToken(req.headers.authorization);
      if (!user) {
        stats.unauthorized++;
        return sendJson(res, 401, { error: 'unauthorized' });
      }
      const url = new URL(req.url, 'http://kennel.local');
      if (req.method === 'POST' && url.pathname === '/api/quotes') return await handleQuote(req, res);
      if (req.method === 'POST' && url.pathname === '/api/bookings') return await handleBooking(req, res);
      if (req.method === 'DELETE' && url.pathname.startsWith('/api/bookings/')) return handleCancel(url.pathname.slice(14), res);
      if (req.method === 'GET' && url.pathname === '/api/occupancy') return handleOccupancy(url, res);
      return sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      return sendJson(res, 500, { error: err.message });
    }
  });
  server.keepAliveTimeout = 5000;
  return { server, stats, bookings };
}

module.exports = { createBookingServer };
