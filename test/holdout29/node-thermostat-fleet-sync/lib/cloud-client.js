'use strict';
const http = require('http');
const { API_MODEL_JSON } = require('./api-model');

function compileMember(name, shape) {
  const checks = [];
  if (shape.required) checks.push((v) => (v === undefined ? `${name} is required` : null));
  if (shape.type === 'integer') checks.push((v) => (v !== undefined && !Number.isInteger(v) ? `${name} must be an integer` : null));
  if (shape.min !== undefined) checks.push((v) => (typeof v === 'number' && v < shape.min ? `${name} below ${shape.min}` : null));
  if (shape.max !== undefined) checks.push((v) => (typeof v === 'number' && v > shape.max ? `${name} above ${shape.max}` : null));
  if (shape.pattern) {
    const re = new RegExp(shape.pattern);
    checks.push((v) => (typeof v === 'string' && !re.test(v) ? `${name} has invalid format` : null));
  }
  return { name, location: shape.location, checks };
}

class ThermostatCloudClient {
  constructor(options) {
    this.host = options.host;
    this.port = options.port;
    this.apiKey = options.apiKey;
    this.timeoutMs = options.timeoutMs || 5000;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const model = JSON.parse(API_MODEL_JSON);
    this.serviceId = model.metadata.serviceId;
    this.operations = new Map();
    for (const [opName, op] of Object.entries(model.operations)) {
      const members = Object.entries(op.input.members).map(([name, shape]) => compileMember(name, shape));
      const uriParams = [...op.http.requestUri.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      this.operations.set(opName, { method: op.http.method, template: op.http.requestUri, uriParams, members, errors: new Set(op.errors) });
    }
    this.defaultHeaders = { accept: 'application/json', 'user-agent': `heatlink-sdk-js/2.0 (${this.serviceId})`, 'x-api-key': this.apiKey };
  }

  request(method, path, body) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? null : JSON.stringify(body);
      const headers = { ...this.defaultHeaders };
      if (payload) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(payload);
      }
      const req = http.request({ host: this.host, port: this.port, method, path, headers, agent: this.agent, timeout: this.timeoutMs }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 400) reject(new Error(`${method} ${path} -> ${res.statusCode}`));
          else resolve(text ? JSON.parse(text) : null);
        });
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  getTelemetry(deviceId) {
    return this.request('GET', `/v2/devices/${encodeURIComponent(deviceId)}/telemetry`);
  }

  putSchedule(deviceId, schedule) {
    return this.request('PUT', `/v2/devices/${encodeURIComponent(deviceId)}/schedule`, schedule);
  }

  close() {
    this.agent.destroy();
  }
}

module.exports = { ThermostatCloudClient };
