'use strict';
const http = require('node:http');
const crypto = require('node:crypto');
const { loadTenant, audit } = require('./tenants');
const { DeliveryClient } = require('./delivery');
const { recordDelivery, buildDeliveryReport } = require('./report');

function sign(secret, payload) {
  return crypto.createHmac('sha256', secret).update(payload).digest('hex');
}

function collect(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (d) => parts.push(d));
    req.on('end', () => resolve(Buffer.concat(parts).toString()));
    req.on('error', reject);
  });
}

async function handleInbound(req, res, tenantId) {
  const raw = await collect(req);
  const tenant = loadTenant(tenantId);
  if (!tenant) {
    res.writeHead(404).end();
    return;
  }
  const event = JSON.parse(raw);
  audit({ tenant: tenantId, id: event.id, type: event.type, outcome: 'received', bytes: raw.length });
  if (!tenant.events.includes(event.type)) {
    audit({ tenant: tenantId, id: event.id, outcome: 'filtered' });
    res.writeHead(202).end();
    return;
  }
  const started = process.hrtime.bigint();
  const client = new DeliveryClient(tenant);
  const status = await client.deliver(event, sign(tenant.secret, raw));
  const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
  recordDelivery(tenantId, event.type, status, latencyMs);
  audit({ tenant: tenantId, id: event.id, outcome: 'delivered', status, latencyMs });
  res.writeHead(status < 300 ? 200 : 502, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ delivered: status < 300 }));
}

function createRelayServer() {
  return http.createServer((req, res) => {
    const m = /^\/inbound\/([\w-]+)$/.exec(req.url);
    if (req.method === 'POST' && m) {
      handleInbound(req, res, m[1]).catch((e) => res.writeHead(500).end(String(e.message)));
    } else if (req.method === 'GET' && req.url === '/admin/delivery-report') {
      const report = buildDeliveryReport();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ deliveries: report.deliveries, p50: report.p50, p99: report.p99, tenants: report.tenants.length }));
    } else {
      res.writeHead(404).end();
    }
  });
}

function createReceiverServer() {
  let received = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(received % 97 === 0 ? 503 : 204).end();
    });
  });
  server.received = () => received;
  return server;
}

module.exports = { createRelayServer, createReceiverServer };
