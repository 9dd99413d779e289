'use strict';

const http = require('http');

function compileOperation(op) {
  const names = [];
  const routeSource = op.path.replace(/\{(\w+)\}/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  });
  return {
    id: op.id,
    method: op.method,
    template: op.path,
    params: names,
    query: new Set(op.query),
    matcher: new RegExp(`^${routeSource}$`),
  };
}

// Thin client over the HRIS REST API, driven by the API's published operation list.
class HrisClient {
  constructor({ baseUrl, token, spec, timeoutMs = 5000 }) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.timeoutMs = timeoutMs;
    this.headers = { authorization: `Bearer ${token}`, accept: 'application/json', 'x-api-version': spec.version };
    this.operations = new Map(spec.operations.map((op) => [op.id, compileOperation(op)]));
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  }

  buildPath(opId, params = {}, query = {}) {
    const op = this.operations.get(opId);
    if (!op) throw new Error(`unknown operation ${opId}`);
    let path = op.template;
    for (const name of op.params) path = path.replace(`{${name}}`, encodeURIComponent(params[name]));
    const qs = Object.entries(query).filter(([k]) => op.query.has(k)).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    return { method: op.method, path: qs.length ? `${path}?${qs.join('&')}` : path };
  }

  call(opId, params, query) {
    const { method, path } = this.buildPath(opId, params, query);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: this.host, port: this.port, method, path, headers: this.headers, agent: this.agent,
        timeout: this.timeoutMs }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 400) reject(new Error(`${opId} failed with ${res.statusCode}`));
          else resolve(JSON.parse(text));
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  close() {
    this.agent.destroy();
  }
}

async function fetchSpec(baseUrl) {
  const bootstrap = new HrisClient({ baseUrl, token: 'bootstrap', spec: { version: 'bootstrap', operations: [
    { id: 'spec', method: 'GET', path: '/v1/spec', query: [] },
  ] } });
  try {
    return await bootstrap.call('spec');
  } finally {
    bootstrap.close();
  }
}

module.exports = { HrisClient, fetchSpec };
