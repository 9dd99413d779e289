'use strict';

const http = require('http');
const { dayIndex, DAY } = require('./calendar');
const { formatSlot } = require('./format');

const ROUTES = [
  ['GET', /^\/v1\/slots$/, 'searchSlots'],
  ['POST', /^\/v1\/appointments$/, 'createAppointment'],
  ['DELETE', /^\/v1\/appointments\/(A[0-9A-Z]+)$/, 'cancelAppointment'],
  ['GET', /^\/v1\/patients\/(P\d+)\/appointments$/, 'patientAppointments'],
];

function sendJson(res, status, obj) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { raw += c; });
    req.on('end', () => { try { resolve(JSON.parse(raw)); } catch (e) { reject(e); } });
    req.on('error', reject);
  });
}

function createServer({ calendar, sites, patients, tokens, audit, now }) {
  const siteByCode = new Map(sites.map((s) => [s.code, s]));
  const patientById = new Map(patients.map((p) => [p.id, p]));

  const handlers = {
    searchSlots(req, url) {
      const specialty = url.searchParams.get('specialty');
      const site = url.searchParams.get('site');
      const from = Date.parse(url.searchParams.get('from'));
      const days = Math.min(7, Number(url.searchParams.get('days') || 3));
      const locale = url.searchParams.get('locale') || 'en-IE';
      const candidates = (calendar.bySpecialty.get(specialty) || []).filter((c) => !site || c.site === site);
      const results = [];
      for (const c of candidates) {
        const tz = siteByCode.get(c.site).tz;
        const slots = [];
        for (let d = 0; d < days && slots.length < 8; d++) {
          for (const start of calendar.freeSlots(c, dayIndex(from) + d, 8 - slots.length)) {
            slots.push({ start: new Date(start).toISOString(), label: formatSlot(start, locale, tz) });
          }
        }
        if (slots.length) results.push({ clinician: c.id, name: c.name, site: c.site, minutes: c.slotMinutes, slots });
      }
      results.sort((a, b) => (a.slots[0].start < b.slots[0].start ? -1 : 1));
      return [200, { specialty, count: results.length, results }];
    },

    async createAppointment(req) {
      const body = await readJson(req);
      const clinician = calendar.clinicians.get(body.clinician);
      const patient = patientById.get(body.patient);
      if (!clinician || !patient) return [404, { error: 'unknown clinician or patient' }];
      const start = Date.parse(body.start);
      if (!(start > now())) return [422, { error: 'start must be in the future' }];
      const appt = calendar.book({ clinician: clinician.id, patient: patient.id, start, end: start + clinician.slotMinutes * 60000, reason: String(body.reason || '').slice(0, 200) });
      if (!appt) return [409, { error: 'slot taken' }];
      audit.write(`${new Date().toISOString()} BOOK ${appt.id} ${clinician.id} ${patient.id} ${body.start}\n`);
      const site = siteByCode.get(clinician.site);
      return [201, { id: appt.id, clinician: clinician.name, site: site.name, when: formatSlot(start, patient.locale, site.tz) }];
    },

    cancelAppointment(req, url, m) {
      const appt = calendar.cancel(m[1]);
      if (!appt) return [404, { error: 'not found' }];
      audit.write(`${new Date().toISOString()} CANCEL ${appt.id}\n`);
      return [200, { id: appt.id, status: appt.status }];
    },

    patientAppointments(req, url, m) {
      const patient = patientById.get(m[1]);
      if (!patient) return [404, { error: 'unknown patient' }];
      const list = (calendar.byPatient.get(patient.id) || [])
        .filter((a) => a.status === 'booked' && a.start >= now() - DAY)
        .sort((a, b) => a.start - b.start)
        .map((a) => {
          const c = calendar.clinicians.get(a.clinician);
          const site = siteByCode.get(c.site);
          return { id: a.id, clinician: c.name, specialty: c.specialty, site: site.name, when: formatSlot(a.start, patient.locale, site.tz), minutes: c.slotMinutes };
        });
      return [200, { patient: patient.id, upcoming: list }];
    },
  };

  const server = http.createServer(async (req, res) => {
    const client = tokens.verify(String(req.headers['x-api-token'] || ''), now());
    if (!client) return sendJson(res, 401, { error: 'bad token' });
    const url = new URL(req.url, 'http://clinic.local');
    let match = null;
    let handler = null;
    for (const [method, re, name] of ROUTES) {
      if (method !== req.method) continue;
      match = re.exec(url.pathname);
      if (match) { handler = handlers[name]; break; }
    }
    if (!handler) return sendJson(res, 404, { error: 'no route' });
    try {
      const [status, body] = await handler(req, url, match);
      sendJson(res, status, body);
    } catch (err) {
      sendJson(res, 400, { error: err.message });
    }
  });
  server.keepAliveTimeout = 30000;
  return server;
}

module.exports = { createServer };
