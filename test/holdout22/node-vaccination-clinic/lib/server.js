'use strict';

const http = require('http');
const { URL } = require('url');
const { DAY_MS } = require('./catalogue');
const { availabilityByDay } = require('./availability');
const { authenticatePatient } = require('./auth');
const { formatSlotTime } = require('./format');
const { suggestVaccines } = require('./eligibility');
const { clinicDayReport, recallList } = require('./reports');

const MAX_BODY = 64 * 1024;

class Router {
  constructor() {
    this.routes = [];
  }

  add(method, pattern, handler) {
    const names = [];
    const source = pattern.replace(/:(\w+)/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({ method, regex: new RegExp(`^${source}$`), names, handler });
  }

  match(method, pathname) {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const params = {};
      route.names.forEach((name, i) => { params[name] = decodeURIComponent(m[i + 1]); });
      return { handler: route.handler, params };
    }
    return null;
  }
}

function readJsonBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!size) return resolve({});
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(Object.assign(new Error('invalid JSON'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

function buildRouter(store, stats) {
  const router = new Router();

  router.add('GET', '/clinics', () => ({
    status: 200,
    body: [...store.clinics.values()].map((c) => ({ id: c.id, name: c.name, town: c.town, offered: c.offered })),
  }));

  router.add('GET', '/clinics/:id/availability', (req, params, url) => {
    if (!store.clinics.has(params.id)) return { status: 404, body: { error: 'unknown clinic' } };
    const from = Date.parse(`${url.searchParams.get('from')}T00:00:00Z`);
    const days = Math.min(14, Number(url.searchParams.get('days') || 7));
    if (Number.isNaN(from)) return { status: 400, body: { error: 'from must be YYYY-MM-DD' } };
    return { status: 200, body: { clinicId: params.id, days: availabilityByDay(store, params.id, from, days) } };
  });

  router.add('POST', '/bookings', async (req) => {
    const patient = authenticatePatient(req, store);
    const body = await readJsonBody(req);
    if (typeof body.slotId !== 'string' || typeof body.vaccine !== 'string') {
      return { status: 400, body: { error: 'slotId and vaccine are required' } };
    }
    const result = store.book(patient, body.slotId, body.vaccine);
    if (!result.ok) return { status: result.status, body: { error: result.error } };
    const { booking, clinic } = result;
    return {
      status: 201,
      body: {
        reference: `VB${String(booking.id).padStart(7, '0')}`,
        clinic: clinic.name,
        vaccine: booking.vaccine,
        dose: booking.doseNumber,
        when: formatSlotTime(booking.start),
      },
    };
  });

  router.add('GET', '/patients/:nhs/appointments', (req, params) => {
    const patient = authenticatePatient(req, store);
    if (patient.nhsNumber !== params.nhs) return { status: 403, body: { error: 'not your record' } };
    const bookings = (store.bookingsByPatient.get(patient.nhsNumber) || [])
      .filter((b) => b.status === 'booked')
      .sort((a, b) => a.start - b.start);
    const latest = bookings.length ? bookings[bookings.length - 1].start : store.firstDay;
    return {
      status: 200,
      body: {
        patient: patient.name,
        appointments: bookings.map((b) => ({
          clinic: store.clinics.get(b.clinicId).name,
          vaccine: b.vaccine,
          when: formatSlotTime(b.start),
        })),
        dueNext: suggestVaccines(patient, latest + 7 * DAY_MS),
      },
    };
  });

  router.add('GET', '/clinics/:id/report', (req, params, url) => {
    if (!store.clinics.has(params.id)) return { status: 404, body: { error: 'unknown clinic' } };
    return { status: 200, body: clinicDayReport(store, params.id, url.searchParams.get('day')) };
  });

  router.add('GET', '/clinics/:id/recall', (req, params, url) => {
    if (!store.clinics.has(params.id)) return { status: 404, body: { error: 'unknown clinic' } };
    return { status: 200, body: recallList(store, params.id, url.searchParams.get('day')) };
  });

  return router;
}

function createServer(store, stats) {
  const router = buildRouter(store, stats);
  return http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://clinic.local');
    const route = router.match(req.method, url.pathname);
    if (!route) {
      send(res, 404, { error: 'not found' });
      return;
    }
    try {
      const { status, body } = await route.handler(req, route.params, url);
      stats.record(status);
      send(res, status, body);
    } catch (err) {
      const status = err.status || 500;
      stats.record(status);
      if (status === 500) console.error(err);
      send(res, status, { error: err.message });
    }
  });
}

module.exports = { createServer };
