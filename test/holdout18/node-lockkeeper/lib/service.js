'use strict';

const http = require('http');
const { verifySkipperPin } = require('./auth');
const { checkRouteLicences } = require('./licensing');
const { noticesForPassage } = require('./notices');
const { planRoute, legsFor } = require('./routes');
const { LockDiary } = require('./chamber');

const LICENCE_YEAR = 2027;

function sendJson(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try { resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}); } catch (e) { reject(e); }
    });
    req.on('error', reject);
  });
}

class PassageDesk {
  constructor({ network, vessels, credentials, noticesDir }) {
    this.network = network;
    this.vessels = new Map(vessels.map((v) => [v.id, v]));
    this.credentials = credentials;
    this.noticesDir = noticesDir;
    this.diaries = new Map(network.locks.map((l) => [l.id, new LockDiary(l)]));
    this.passages = new Map();
    this.seq = 0;
  }

  bookPassage(body) {
    verifySkipperPin(this.credentials, body.skipperId, body.pin);
    const vessel = this.vessels.get(body.vesselId);
    if (!vessel) return [404, { error: 'unknown vessel' }];
    const route = planRoute(this.network, body.from, body.to);
    if (!route) return [422, { error: 'no route' }];
    const legs = legsFor(route, body.departAfter);
    const unlicensed = checkRouteLicences(vessel, legs, LICENCE_YEAR);
    if (unlicensed.length) return [403, { error: 'licence', locks: unlicensed }];
    const horizon = legs[legs.length - 1].arrive + 120;
    const notices = noticesForPassage(this.noticesDir, legs, body.departAfter, horizon, vessel.beam);
    const blocked = notices.filter((n) => n.blocking);
    const passageId = `P${++this.seq}`;
    const schedule = [];
    let clock = body.departAfter;
    for (const leg of legs) {
      const block = blocked.find((n) => n.lockId === leg.lockId && n.startsAt <= clock && n.endsAt > clock);
      if (block) clock = block.endsAt;
      const booking = this.diaries.get(leg.lockId).book(vessel, clock, passageId);
      if (!booking) return [409, { error: 'chamber too small', lockId: leg.lockId }];
      schedule.push({ lockId: leg.lockId, at: booking.at, shared: booking.shared });
      clock = booking.at + this.network.byId.get(leg.lockId).cycleMinutes + 30;
    }
    const passage = { id: passageId, vesselId: vessel.id, skipperId: body.skipperId, schedule, notices };
    this.passages.set(passageId, passage);
    return [201, passage];
  }

  lockQueue(lockId, from) {
    const diary = this.diaries.get(lockId);
    if (!diary) return [404, { error: 'unknown lock' }];
    return [200, { lockId, waterUsedM3: diary.waterUsed(), upcoming: diary.upcoming(from, 40) }];
  }
}

function createService(desk) {
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://lockkeeper');
      if (req.method === 'POST' && url.pathname === '/passages') {
        const body = await readBody(req);
        const [status, out] = desk.bookPassage(body);
        return sendJson(res, status, out);
      }
      const m = /^\/locks\/([A-Z0-9-]+)\/queue$/.exec(url.pathname);
      if (req.method === 'GET' && m) {
        const [status, out] = desk.lockQueue(m[1], Number(url.searchParams.get('from') || 0));
        return sendJson(res, status, out);
      }
      sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      sendJson(res, err.status || 500, { error: err.message });
    }
  });
}

module.exports = { PassageDesk, createService };
