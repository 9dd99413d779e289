'use strict';

const http = require('http');
const { matchTicketName, resolveEarningRule, milesForSegment } = require('./earning');
const { verifyMemberPin, redeemAward } = require('./redeem');
const { tierFor } = require('./members');

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function createAccrualService({ members, log }) {
  const stats = { accruals: 0, segments: 0, rejectedSegments: 0, redemptions: 0, lookups: 0 };

  function creditSegments(member, claim) {
    const tier = tierFor(member.qualifyingMiles);
    const credited = [];
    const rejected = [];
    log.info('accrual claim received', { member: member.id, source: claim.source, segments: claim.segments.length });
    for (const segment of claim.segments) {
      if (!matchTicketName(segment.ticketName, member)) {
        rejected.push({ flight: `${segment.carrier}${segment.flightNo}`, reason: 'name-mismatch' });
        log.info('segment rejected', { member: member.id, flight: `${segment.carrier}${segment.flightNo}`, reason: 'name-mismatch' });
        continue;
      }
      const rule = resolveEarningRule(segment);
      if (!rule) {
        rejected.push({ flight: `${segment.carrier}${segment.flightNo}`, reason: 'non-earning-fare' });
        log.info('segment rejected', { member: member.id, flight: `${segment.carrier}${segment.flightNo}`, reason: 'non-earning-fare', fareBasis: segment.fareBasis });
        continue;
      }
      const miles = milesForSegment(segment, rule, tier);
      member.balance += miles.base + miles.bonus;
      member.qualifyingMiles += miles.qualifying;
      member.history.push({ type: 'accrual', flight: `${segment.carrier}${segment.flightNo}`, date: segment.date, miles: miles.base + miles.bonus });
      if (member.history.length > 50) member.history.shift();
      credited.push({ flight: `${segment.carrier}${segment.flightNo}`, date: segment.date, cabin: rule.cabin, ...miles });
      log.info('segment credited', { member: member.id, flight: `${segment.carrier}${segment.flightNo}`, route: `${segment.origin}-${segment.destination}`, base: miles.base, bonus: miles.bonus });
    }
    stats.segments += credited.length;
    stats.rejectedSegments += rejected.length;
    const newTier = tierFor(member.qualifyingMiles);
    member.tier = newTier.name;
    return { member: member.id, credited, rejected, balance: member.balance, tier: newTier.name, tierChanged: newTier !== tier };
  }

  async function handle(req, res) {
    const url = req.url;
    if (req.method === 'POST' && url === '/v1/accruals') {
      const claim = await readJson(req);
      const member = members.get(claim.memberId);
      if (!member) return send(res, 404, { error: 'unknown-member' });
      stats.accruals++;
      return send(res, 200, creditSegments(member, claim));
    }
    if (req.method === 'POST' && url === '/v1/redemptions') {
      const body = await readJson(req);
      const member = members.get(body.memberId);
      if (!member) return send(res, 404, { error: 'unknown-member' });
      if (!verifyMemberPin(member, body.pin)) {
        log.warn('pin rejected', { member: member.id });
        return send(res, 403, { error: 'invalid-pin' });
      }
      stats.redemptions++;
      const result = redeemAward(member, body.award, body.quantity || 1);
      return send(res, result.ok ? 200 : 409, result);
    }
    if (req.method === 'GET' && url.startsWith('/v1/members/')) {
      const member = members.get(url.slice('/v1/members/'.length));
      if (!member) return send(res, 404, { error: 'unknown-member' });
      stats.lookups++;
      const tier = tierFor(member.qualifyingMiles);
      return send(res, 200, {
        id: member.id, name: `${member.firstName} ${member.lastName}`, tier: tier.name, balance: member.balance,
        qualifyingMiles: member.qualifyingMiles, recent: member.history.slice(-10),
      });
    }
    return send(res, 404, { error: 'not-found' });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 400, { error: 'bad-request', detail: err.message }));
  });
  server.keepAliveTimeout = 5000;
  return { server, stats };
}

module.exports = { createAccrualService };
