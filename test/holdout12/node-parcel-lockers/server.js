'use strict';

const http = require('http');
const { sealPin, pinMatches, newPickupCode } = require('./auth');
const { siteStatus, storageFeeGrosze, formatPln } = require('./format');
const { parcelsMentioned, classifyIntent } = require('./sms');
const { SIZE_ORDER } = require('./lockers');
const { mulberry32 } = require('./rng');

const TRACKING_RE = /^[A-Z]{2}\d{9}PL$/;
const PHONE_RE = /^\+48\d{9}$/;

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (chunks.length === 0) return resolve({});
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(Object.assign(new Error('bad json'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function createServer(network, { clock = () => Date.now() } = {}) {
  const codeRng = mulberry32(99);
  const metrics = { deposits: 0, pickups: 0, wrongPin: 0, status: 0, sms: 0, matched: 0 };

  async function deposit(req, res) {
    const body = await readJson(req);
    if (!TRACKING_RE.test(body.tracking || '')) return send(res, 422, { error: 'invalid-tracking' });
    if (!(body.size in SIZE_ORDER)) return send(res, 422, { error: 'invalid-size' });
    if (!body.recipient || !PHONE_RE.test(body.recipient.phone || '')) return send(res, 422, { error: 'invalid-phone' });
    const pin = newPickupCode(codeRng);
    const parcel = {
      tracking: body.tracking,
      size: body.size,
      recipient: { name: String(body.recipient.name).trim(), phone: body.recipient.phone },
      depositedAt: body.scannedAt || clock(),
      sealedPin: sealPin(pin),
      courier: body.courier,
    };
    const result = network.deposit(body.site, parcel);
    if (result.error) return send(res, result.error === 'unknown-site' ? 404 : 409, { error: result.error });
    metrics.deposits++;
    send(res, 201, { locker: result.locker.id, size: result.locker.size, pickupCode: pin });
  }

  async function pickup(req, res) {
    const body = await readJson(req);
    const locker = network.findLocker(body.site, body.locker);
    if (!locker || !locker.parcel) return send(res, 404, { error: 'empty-locker' });
    if (!pinMatches(body.pin, locker.parcel.sealedPin)) {
      metrics.wrongPin++;
      return send(res, 403, { error: 'wrong-code' });
    }
    const now = clock();
    const fee = storageFeeGrosze(locker.parcel, now);
    const parcel = network.release(locker, 'picked-up', now);
    metrics.pickups++;
    send(res, 200, { tracking: parcel.tracking, locker: locker.id, feeDue: formatPln(fee) });
  }

  function status(req, res, code) {
    const site = network.site(code);
    if (!site) return send(res, 404, { error: 'unknown-site' });
    metrics.status++;
    send(res, 200, siteStatus(site, clock()));
  }

  async function inboundSms(req, res) {
    const body = await readJson(req);
    const candidates = network.awaitingInCity(body.city);
    const mentioned = parcelsMentioned(candidates, String(body.text || ''));
    const intent = classifyIntent(body.text || '');
    const samePhone = mentioned.filter((p) => p.recipient.phone === body.from);
    if (intent === 'extend') for (const p of samePhone) p.depositedAt += 24 * 3600e3;
    metrics.sms++;
    metrics.matched += samePhone.length;
    send(res, 200, { intent, parcels: samePhone.map((p) => ({ tracking: p.tracking, locker: p.locker })) });
  }

  function listSites(req, res) {
    const out = [];
    for (const s of network.sites.values()) out.push({ code: s.code, city: s.city, free: s.freeCount() });
    send(res, 200, out);
  }

  const server = http.createServer((req, res) => {
    const url = req.url;
    let work;
    if (req.method === 'POST' && url === '/api/deposits') work = deposit(req, res);
    else if (req.method === 'POST' && url === '/api/pickups') work = pickup(req, res);
    else if (req.method === 'POST' && url === '/api/sms') work = inboundSms(req, res);
    else if (req.method === 'GET' && url === '/api/sites') work = listSites(req, res);
    else if (req.method === 'GET' && url.startsWith('/api/sites/') && url.endsWith('/status')) work = status(req, res, url.slice(11, -7));
    else return send(res, 404, { error: 'not-found' });
    Promise.resolve(work).catch((err) => send(res, err.status || 500, { error: err.message }));
  });
  server.keepAliveTimeout = 5000;
  server.metrics = metrics;
  return server;
}

module.exports = { createServer };
