'use strict';

const http = require('http');

function createObservationStore(observations) {
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://obs.local');
    const m = /^\/zones\/(Z\d+)\/observations$/.exec(url.pathname);
    const series = m && observations.get(m[1]);
    if (!series) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"unknown zone"}');
      return;
    }
    const day = Number(url.searchParams.get('day'));
    const span = Number(url.searchParams.get('span') || 5);
    const slice = series.slice(Math.max(0, day - span + 1), day + 1);
    const body = JSON.stringify({ zone: m[1], days: slice });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}

module.exports = { createObservationStore };
