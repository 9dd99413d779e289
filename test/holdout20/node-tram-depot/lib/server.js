'use strict';

const http = require('http');
const { loadDefectCards, summariseDefects } = require('./defects');
const { currentRules } = require('./rulebook');
const { checkDutyRun } = require('./duties');
const { optimiseStabling } = require('./stabling');

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

function reply(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createDepotServer(depot) {
  const { fleet, byFleetNo, roads, cardsDir, staff, clock } = depot;

  function handleDefects(res, fleetNo) {
    if (!byFleetNo.has(fleetNo)) return reply(res, 404, { error: 'unknown tram' });
    const card = loadDefectCards(cardsDir, fleetNo);
    return reply(res, 200, summariseDefects(card, clock.now));
  }

  function handleTramStatus(res, fleetNo) {
    const tram = byFleetNo.get(fleetNo);
    if (!tram) return reply(res, 404, { error: 'unknown tram' });
    const wheelDueKm = Math.max(0, 120000 - tram.lastWheelTurnKm);
    return reply(res, 200, { ...tram, wheelTurnDueInKm: wheelDueKm });
  }

  async function handleDutyCheck(req, res) {
    const body = await readJson(req);
    const member = staff.get(body.staffId);
    if (!member) return reply(res, 404, { error: 'unknown staff member' });
    const rules = currentRules();
    return reply(res, 200, checkDutyRun(rules, member, body.duties));
  }

  function handleStablingPlan(res, url) {
    const firstOut = Number(url.searchParams.get('firstOut')) || 5;
    const departures = fleet.map((t, i) => firstOut + ((i * 7) % 40) / 10);
    const plan = optimiseStabling(fleet, roads, departures, 2500, firstOut * 131);
    return reply(res, 200, { firstOut, cost: plan.cost, assignments: plan.assignments.length, sample: plan.assignments.slice(0, 6) });
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://depot.local');
    const parts = url.pathname.split('/').filter(Boolean);
    Promise.resolve()
      .then(() => {
        if (req.method === 'GET' && parts[0] === 'trams' && parts[2] === 'defects') return handleDefects(res, parts[1]);
        if (req.method === 'GET' && parts[0] === 'trams' && parts.length === 2) return handleTramStatus(res, parts[1]);
        if (req.method === 'POST' && url.pathname === '/duties/check') return handleDutyCheck(req, res);
        if (req.method === 'GET' && url.pathname === '/stabling/tonight') return handleStablingPlan(res, url);
        return reply(res, 404, { error: 'not found' });
      })
      .catch((err) => reply(res, 500, { error: err.message }));
  });
}

module.exports = { createDepotServer };
