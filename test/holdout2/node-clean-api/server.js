'use strict';
// Delivery-route API: an HTTP server and its client in one process. Work per
// request is route computation; formatters, patterns and sessions are set up once.
const http = require('node:http');
const { buildNetwork, Router, xorshift } = require('./graph');

const REQUESTS = Number(process.env.REQUESTS || 1750);
const CONCURRENCY = 4;
const WIDTH = 160;
const HEIGHT = 120;

const network = buildNetwork(WIDTH, HEIGHT, 99);
const router = new Router(network);
const sessions = new Map([['tok-ana', { user: 'ana' }], ['tok-bo', { user: 'bo' }], ['tok-chen', { user: 'chen' }]]);
const ROUTE_PATH = /^\/routes\/(\d+)-(\d+)$/;
const durationFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const etaFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
const DEPARTURE = Date.UTC(2024, 5, 11, 8, 0);

function summarise(path) {
  let length = 0;
  let turns = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    length += Math.hypot(network.xs[a] - network.xs[b], network.ys[a] - network.ys[b]);
    if (i > 1 && b - a !== a - path[i - 2]) turns++;
  }
  return { length, turns };
}

function handleRoute(req, res, from, to) {
  const session = sessions.get(req.headers.authorization);
  if (!session) {
    res.writeHead(401).end();
    return;
  }
  const { minutes, path } = router.route(from, to);
  const { length, turns } = summarise(path);
  const waypoints = [];
  for (let i = 0; i < path.length; i += 25) waypoints.push([network.xs[path[i]], network.ys[path[i]]]);
  const body = JSON.stringify({
    from, to, user: session.user, stops: path.length, turns,
    km: Math.round(length * 350) / 1000,
    duration: durationFormat.format(minutes),
    eta: etaFormat.format(new Date(DEPARTURE + minutes * 60000)),
    waypoints,
  });
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const m = ROUTE_PATH.exec(req.url);
  if (!m) {
    res.writeHead(404).end();
    return;
  }
  handleRoute(req, res, Number(m[1]), Number(m[2]));
});

function runClients(port, done) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const rand = xorshift(5);
  const tokens = [...sessions.keys()];
  let sent = 0;
  let finished = 0;
  let totalMinutes = 0;
  const next = () => {
    if (sent >= REQUESTS) return;
    const n = sent++;
    const from = Math.floor(rand() * network.n);
    const to = Math.floor(rand() * network.n);
    http.get({ port, agent, path: `/routes/${from}-${to}`, headers: { authorization: tokens[n % tokens.length] } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        totalMinutes += text.length;
        if (++finished === REQUESTS) {
          agent.destroy();
          done(totalMinutes);
        } else next();
      });
    });
  };
  for (let i = 0; i < CONCURRENCY; i++) next();
}

server.listen(0, '127.0.0.1', () => {
  runClients(server.address().port, (total) => {
    server.close();
    if (total === 0) process.exitCode = 1;
  });
});
