'use strict';
// Simulated CI runners delivering webhooks, plus a dashboard that polls.
const http = require('http');
const crypto = require('crypto');

const PIPELINES = ['checkout-web', 'payments-api', 'search-indexer', 'mobile-ios', 'mobile-android', 'auth-service', 'reporting', 'infra-terraform', 'design-system', 'notifications', 'data-pipeline', 'admin-portal'];
const BRANCHES = ['main', 'main', 'main', 'release/24.6', 'feature/cart-v2', 'fix/timezone-drift', 'feature/sso', 'chore/deps'];
const AUTHORS = ['amara', 'jonas', 'li.wei', 'priya', 'tomasz', 'fatima', 'diego', 'hannah'];
const SUITES = ['unit', 'integration', 'e2e', 'contract', 'snapshot'];
const VERBS = ['renders', 'rejects', 'retries', 'caches', 'serialises', 'validates', 'paginates', 'refunds', 'syncs', 'migrates'];
const NOUNS = ['basket', 'invoice', 'session', 'token', 'webhook', 'locale', 'refund', 'coupon', 'profile', 'export', 'thumbnail', 'schedule'];

function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function testCatalog(rng, pipeline) {
  const tests = [];
  const n = 50 + Math.floor(rng() * 60);
  for (let i = 0; i < n; i++) {
    tests.push({
      suite: SUITES[Math.floor(rng() * SUITES.length)],
      name: `${VERBS[Math.floor(rng() * VERBS.length)]} ${NOUNS[Math.floor(rng() * NOUNS.length)]} ${pipeline.split('-')[0]} case ${i}`,
      flakiness: rng() < 0.06 ? 0.1 + rng() * 0.3 : rng() < 0.02 ? 1 : 0.001,
      baseMs: 5 + Math.floor(rng() * (i % 7 === 0 ? 4000 : 300)),
    });
  }
  return tests;
}

function makePayload(rng, pipeline, catalog, number) {
  const commit = crypto.createHash('sha1').update(`${pipeline}-${Math.floor(number / 2)}`).digest('hex');
  const results = catalog.map((t) => {
    const failed = rng() < t.flakiness;
    return {
      suite: t.suite,
      name: t.name,
      outcome: failed ? 'failed' : 'passed',
      ms: Math.round(t.baseMs * (0.7 + rng() * 0.8)),
      failure: failed ? { message: `Expected status 200 but received 503 (attempt ${1 + Math.floor(rng() * 3)})`, stack: `at Context.<anonymous> (test/${t.suite}/${t.name.split(' ')[1]}.spec.ts:${10 + Math.floor(rng() * 300)}:17)` } : null,
    };
  });
  const startedAt = Date.UTC(2025, 5, 2) + number * 600000;
  const durationMs = results.reduce((s, r) => s + r.ms, 0) + 30000;
  return {
    pipeline,
    build: {
      number,
      branch: BRANCHES[Math.floor(rng() * BRANCHES.length)],
      commit,
      author: AUTHORS[Math.floor(rng() * AUTHORS.length)],
      status: results.some((r) => r.outcome === 'failed') ? 'failed' : 'passed',
      startedAt,
      finishedAt: startedAt + durationMs,
      runner: `runner-${Math.floor(rng() * 24)}`,
    },
    results,
  };
}

function post(agent, port, path, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function get(agent, port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

async function runFleet({ port, secret, durationMs, runners, dashboardEveryMs, seed }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: runners + 2 });
  const rng = makeRng(seed);
  const catalogs = new Map(PIPELINES.map((p) => [p, testCatalog(rng, p)]));
  const counters = new Map(PIPELINES.map((p) => [p, 1000]));
  const deadline = Date.now() + durationMs;
  const codes = {};
  let deliveries = 0;
  let dashboards = 0;
  let latencyMax = 0;

  async function runner() {
    while (Date.now() < deadline) {
      const pipeline = PIPELINES[Math.floor(rng() * PIPELINES.length)];
      const number = counters.get(pipeline) + 1;
      counters.set(pipeline, number);
      const body = Buffer.from(JSON.stringify(makePayload(rng, pipeline, catalogs.get(pipeline), number)));
      const sig = `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;
      const t0 = Date.now();
      const code = await post(agent, port, '/hooks/ci', body, { 'x-hook-signature': sig, 'x-delivery-id': crypto.randomUUID() });
      latencyMax = Math.max(latencyMax, Date.now() - t0);
      codes[code] = (codes[code] || 0) + 1;
      deliveries++;
    }
  }

  async function dashboard() {
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, dashboardEveryMs));
      const flaky = await get(agent, port, '/dashboard/flaky');
      await get(agent, port, '/dashboard/pipelines');
      if (flaky.status === 200) dashboards++;
    }
  }

  await Promise.all([...Array.from({ length: runners }, runner), dashboard()]);
  agent.destroy();
  return { deliveries, dashboards, codes, latencyMax };
}

module.exports = { runFleet };
