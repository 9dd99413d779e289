'use strict';

const http = require('http');
const { projectFinalTable } = require('./projection');

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function createApi({ table, playerStats, sync, simulations }) {
  const latencies = new Map();

  function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'api') return send(res, 404, { error: 'not found' });

    if (parts[1] === 'table') return send(res, 200, { updated: sync.counters.matches, table: table.standings() });

    if (parts[1] === 'clubs' && parts[2]) {
      const row = table.rows.get(parts[2]);
      if (!row) return send(res, 404, { error: 'unknown club' });
      const squad = [...playerStats.values()].filter((p) => p.team === parts[2]).sort((a, b) => b.involvement - a.involvement);
      return send(res, 200, { club: row, squad: squad.slice(0, 11) });
    }

    if (parts[1] === 'projection') {
      const projection = projectFinalTable(table, sync.remaining, simulations, sync.counters.matches + 1);
      return send(res, 200, { basedOn: sync.counters.matches, simulations, projection });
    }

    if (parts[1] === 'players' && parts[2] === 'top') {
      const stat = url.searchParams.get('stat') || 'goal';
      const top = [...playerStats.values()].sort((a, b) => (b[stat] || 0) - (a[stat] || 0)).slice(0, 10);
      return send(res, 200, { stat, top });
    }
    return send(res, 404, { error: 'not found' });
  }

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.url.split('/').slice(0, 3).join('/').split('?')[0];
      if (!latencies.has(route)) latencies.set(route, []);
      latencies.get(route).push(Number(process.hrtime.bigint() - started) / 1e6);
    });
    handle(req, res);
  });
  server.latencies = latencies;
  return server;
}

module.exports = { createApi };
