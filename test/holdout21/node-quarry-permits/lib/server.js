'use strict';

const http = require('http');
const { buildReviewStages, reviewRecord } = require('./review');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

class PermitService {
  constructor(options) {
    this.stages = buildReviewStages(options);
    this.permits = new Map();
  }

  async handlePermitApplication(req, res) {
    const plan = JSON.parse(await readBody(req));
    if (!plan || !Array.isArray(plan.holes) || plan.holes.length === 0) {
      send(res, 400, { error: 'plan has no boreholes' });
      return;
    }
    const review = { plan, refusals: [] };
    for (const stage of this.stages) stage.run(review);
    const record = reviewRecord(review);
    this.permits.set(review.permit.permitNo, record);
    send(res, 201, record);
  }

  handlePermitLookup(res, permitNo) {
    const entry = this.permits.get(permitNo);
    if (!entry) {
      send(res, 404, { error: `no permit ${permitNo}` });
      return;
    }
    send(res, 200, entry);
  }

  listen() {
    const server = http.createServer((req, res) => {
      const url = req.url || '/';
      if (req.method === 'POST' && url === '/permits') {
        this.handlePermitApplication(req, res).catch((err) => send(res, 500, { error: err.message }));
      } else if (req.method === 'GET' && url.startsWith('/permits/')) {
        this.handlePermitLookup(res, decodeURIComponent(url.slice('/permits/'.length)));
      } else {
        send(res, 404, { error: 'not found' });
      }
    });
    server.keepAliveTimeout = 5000;
    return new Promise((resolve) => {
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
  }
}

module.exports = { PermitService };
