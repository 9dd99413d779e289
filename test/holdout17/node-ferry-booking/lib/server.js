'use strict';

const http = require('http');

const PASSENGER_TYPES = new Set(['adult', 'child', 'infant', 'senior']);
const VEHICLE_KINDS = new Set(['car', 'motorbike', 'bicycle', 'campervan']);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function normaliseParty(raw) {
  if (!raw || !Array.isArray(raw.passengers) || raw.passengers.length === 0 || raw.passengers.length > 12) {
    throw new HttpError(400, 'party needs 1-12 passengers');
  }
  const passengers = raw.passengers.map((p) => {
    if (!PASSENGER_TYPES.has(p.type)) throw new HttpError(400, `bad passenger type ${p.type}`);
    return { type: p.type, name: String(p.name || ''), residentCard: p.residentCard || null, studentId: p.studentId || null, cabin: p.cabin || null, pets: Number(p.pets) || 0 };
  });
  let vehicle = null;
  if (raw.vehicle) {
    if (!VEHICLE_KINDS.has(raw.vehicle.kind)) throw new HttpError(400, 'bad vehicle');
    vehicle = {
      kind: raw.vehicle.kind,
      reg: String(raw.vehicle.reg || ''),
      length: Number(raw.vehicle.length) || 0,
      height: Number(raw.vehicle.height) || 0,
      trailerLength: Number(raw.vehicle.trailerLength) || 0,
    };
  }
  return { passengers, vehicle, returnOf: raw.returnOf || null };
}

function partyFromQuery(params) {
  const passengers = [];
  for (const type of PASSENGER_TYPES) {
    const n = Number(params.get(type)) || 0;
    for (let i = 0; i < n; i++) passengers.push({ type });
  }
  const raw = { passengers };
  if (params.get('vehicle')) raw.vehicle = { kind: params.get('vehicle'), length: Number(params.get('length')) || 4.5, height: 1.6 };
  return normaliseParty(raw);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(new HttpError(400, 'invalid json'));
      }
    });
    req.on('error', reject);
  });
}

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createApi(service) {
  async function dispatch(req, res) {
    const url = new URL(req.url, 'http://ferry.local');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/sailings') {
      const party = partyFromQuery(url.searchParams);
      return send(res, 200, service.listSailings(url.searchParams.get('from'), url.searchParams.get('to'), url.searchParams.get('date'), party));
    }
    if (req.method === 'POST' && path === '/quotes') {
      const body = await readJson(req);
      return send(res, 200, service.quote(body.sailingId, normaliseParty(body.party)));
    }
    if (req.method === 'POST' && path === '/bookings') {
      const body = await readJson(req);
      if (!/^\d{4,6}$/.test(String(body.pin))) throw new HttpError(400, 'pin must be 4-6 digits');
      const booking = await service.create(body.sailingId, normaliseParty(body.party), String(body.pin));
      return send(res, 201, { ref: booking.ref, totalPence: booking.totalPence, status: booking.status });
    }
    if (req.method === 'POST' && path === '/checkin') {
      const body = await readJson(req);
      return send(res, 200, { passes: service.checkIn(String(body.ref), String(body.pin)) });
    }
    if (req.method === 'GET' && path.startsWith('/bookings/')) {
      return send(res, 200, service.get(path.slice('/bookings/'.length)));
    }
    throw new HttpError(404, 'not found');
  }

  return http.createServer((req, res) => {
    dispatch(req, res).catch((err) => {
      const status = err.status || 500;
      if (status === 500) console.error(err);
      if (!res.headersSent) send(res, status, { error: err.message });
    });
  });
}

module.exports = { createApi };
