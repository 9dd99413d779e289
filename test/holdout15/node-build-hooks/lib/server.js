'use strict';
const http = require('http');
const crypto = require('crypto');
const { computeFlakyTests } = require('./history');
const { forwardEvent, buildStatusMessage, buildEventFor } = require('./notifier');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function verifySignature(secret, raw, header) {
  if (!header || !header.startsWith('sha256=')) return false;
  const expected = crypto.createHmac('sha256', secret).update(raw).digest();
  const given = Buffer.from(header.slice(7), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function normalizeRun(payload) {
  return {
    runId: `${payload.pipeline}#${payload.build.number}`,
    pipeline: payload.pipeline,
    number: payload.build.number,
    branch: payload.build.branch,
    commit: payload.build.commit,
    author: payload.build.author,
    status: payload.build.status,
    durationMs: payload.build.finishedAt - payload.build.startedAt,
    tests: payload.results.map((r) => ({ suite: r.suite, name: r.name, status: r.outcome, durationMs: r.ms, message: r.failure ? r.failure.message : null })),
  };
}

function createHookServer({ secret, history, archive, subscribers }) {
  const stats = { accepted: 0, rejected: 0, duplicates: 0, notified: 0, dashboards: 0 };
  const seenDeliveries = new Set();

  async function handleHook(req, res) {
    const raw = await readBody(req);
    if (!verifySignature(secret, raw, req.headers['x-hook-signature'])) {
      stats.rejected++;
      return sendJson(res, 401, { error: 'bad signature' });
    }
    const deliveryId = req.headers['x-delivery-id'];
    if (seenDeliveries.has(deliveryId)) {
      stats.duplicates++;
      return sendJson(res, 200, { duplicate: true });
    }
    seenDeliveries.add(deliveryId);
    const run = normalizeRun(JSON.parse(raw.toString('utf8')));
    history.add(run);
    archive.archiveDelivery(deliveryId, raw);

    const message = buildStatusMessage(run);
    const sends = subscribers
      .filter((s) => s.pipelines === '*' || s.pipelines.has(run.pipeline))
      .map((s) => forwardEvent(s, buildEventFor(s, run, message)));
    if (run.status === 'failed' && run.branch !== 'main') {
      sends.push(forwardEvent(subscribers[0], { ...message, channel: `@${run.author}` }));
    }
    await Promise.all(sends);
    stats.notified += sends.length;
    stats.accepted++;
    return sendJson(res, 202, { runId: run.runId });
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://hooks.local');
      if (req.method === 'POST' && url.pathname === '/hooks/ci') return await handleHook(req, res);
      if (req.method === 'GET' && url.pathname === '/dashboard/flaky') {
        stats.dashboards++;
        return sendJson(res, 200, computeFlakyTests(history));
      }
      if (req.method === 'GET' && url.pathname === '/dashboard/pipelines') {
        stats.dashboards++;
        return sendJson(res, 200, history.pipelineSummary());
      }
      if (req.method === 'GET' && url.pathname.startsWith('/runs/')) {
        const run = history.byId.get(decodeURIComponent(url.pathname.slice(6)));
        return run ? sendJson(res, 200, run) : sendJson(res, 404, { error: 'unknown run' });
      }
      return sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      return sendJson(res, 500, { error: err.message });
    }
  });
  return { server, stats };
}

// Stand-in for the integrations the relay forwards to.
function createIntegrationsStub() {
  const received = { messages: 0, bytes: 0, channels: new Map() };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const msg = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      received.messages++;
      received.bytes += msg.text.length;
      received.channels.set(msg.channel, (received.channels.get(msg.channel) || 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  return { server, received };
}

module.exports = { createHookServer, createIntegrationsStub };
