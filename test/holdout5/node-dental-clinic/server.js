'use strict';
// Appointment booking API for a small group of dental practices, plus the
// front-desk replay harness used in CI (drives the API over loopback).
const http = require('http');
const { buildTerminalRegistry, authenticate } = require('./auth');
const { quoteTreatments } = require('./fees');
const { ChairDiary } = require('./diary');

const TERMINALS = Array.from({ length: 12 }, (_, i) => ({ id: `T${i}`, secret: `desk-secret-${i * 7919}`, clinic: `C${i % 3}` }));
const REQUESTS = Number(process.env.REQUESTS || 3200);
const CONCURRENCY = 4;

function createApp() {
  const registry = buildTerminalRegistry(TERMINALS);
  const diaries = new Map(['C0', 'C1', 'C2'].map(c => [c, new ChairDiary(4, 90)]));
  let booked = 0;

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const principal = authenticate(registry, req.headers.authorization);
      if (!principal) { res.writeHead(401).end(); return; }
      let body;
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { res.writeHead(400).end(); return; }
      const quote = quoteTreatments(body.treatments, body.nhsBand);
      const diary = diaries.get(principal.clinic);
      const slot = diary.findSlot(quote.minutes, body.earliestDay);
      if (!slot) { res.writeHead(409, { 'content-type': 'application/json' }).end('{"error":"no capacity"}'); return; }
      diary.book(slot);
      booked++;
      const payload = JSON.stringify({ patient: body.patientId, when: ChairDiary.label(slot), quote });
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      res.end(payload);
    });
  });
  return { server, stats: () => ({ booked }) };
}

function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}

function postBooking(port, terminal, booking) {
  const data = JSON.stringify(booking);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: '/appointments', method: 'POST', agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(data),
        authorization: `Terminal ${terminal.id}:${terminal.secret}`,
      },
    }, res => {
      const parts = [];
      res.on('data', c => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(parts).toString() }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function replay(port) {
  const rnd = rng(4242);
  let next = 0, ok = 0, full = 0, revenue = 0;
  async function worker() {
    while (next < REQUESTS) {
      const i = next++;
      const terminal = TERMINALS[Math.floor(rnd() * TERMINALS.length)];
      const treatments = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => 'D' + (1000 + Math.floor(rnd() * 1200)));
      const r = await postBooking(port, terminal, {
        patientId: `P${100000 + i}`, treatments, nhsBand: rnd() < 0.4 ? 1 + Math.floor(rnd() * 3) : 0,
        earliestDay: Math.floor(rnd() * 10),
      });
      if (r.status === 201) { ok++; revenue += JSON.parse(r.body).quote.total; } else if (r.status === 409) full++;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { ok, full, revenue };
}

async function main() {
  const { server, stats } = createApp();
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const result = await replay(port);
  server.close();
  console.log(`bookings ok=${result.ok} full=${result.full} booked=${stats().booked} revenue=${result.revenue.toFixed(2)}`);
}

main().catch(e => { console.error(e); process.exit(1); });
