'use strict';

const http = require('http');
const { loadZoneConfig } = require('./zones');
const { ZoneController } = require('./climate');

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { data += c; });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function reply(res, status, obj) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createController({ configDir, log }) {
  const controllers = new Map();
  const counters = { readings: 0, rejected: 0, statusQueries: 0 };

  function controllerFor(zoneId) {
    let c = controllers.get(zoneId);
    if (!c) {
      c = new ZoneController(zoneId, log);
      controllers.set(zoneId, c);
    }
    return c;
  }

  function validate(reading) {
    const s = reading && reading.sensors;
    if (!s || typeof reading.zone !== 'string' || !Number.isFinite(reading.ts)) return 'missing fields';
    if (!(s.airTemp > -30 && s.airTemp < 60)) return 'airTemp out of range';
    if (!(s.humidity >= 0 && s.humidity <= 100)) return 'humidity out of range';
    if (!Array.isArray(s.soilMoisture) || s.soilMoisture.length === 0) return 'soilMoisture missing';
    return null;
  }

  async function handleReading(req, res) {
    const reading = JSON.parse(await readBody(req));
    const problem = validate(reading);
    if (problem) {
      counters.rejected++;
      log.warn('rejected reading', { gateway: reading && reading.gateway, problem });
      return reply(res, 422, { error: problem });
    }
    const config = loadZoneConfig(configDir, reading.zone);
    const result = controllerFor(reading.zone).step(config, reading);
    counters.readings++;
    reply(res, 200, result);
  }

  function handleStatus(res, zoneId) {
    const c = controllers.get(zoneId);
    if (!c) return reply(res, 404, { error: 'unknown zone' });
    counters.statusQueries++;
    reply(res, 200, { zone: zoneId, readings: c.readings, pipeTemp: c.pipeTemp, ventPct: c.ventPct, dli: c.dliMol, alarms: c.alarms.slice(-5) });
  }

  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/v1/readings') {
      handleReading(req, res).catch((err) => reply(res, 400, { error: err.message }));
    } else if (req.method === 'GET' && req.url.startsWith('/v1/zones/')) {
      handleStatus(res, req.url.slice('/v1/zones/'.length));
    } else {
      reply(res, 404, { error: 'not found' });
    }
  });
  server.counters = counters;
  return server;
}

module.exports = { createController };
