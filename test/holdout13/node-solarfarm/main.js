'use strict';
// Solar farm telemetry gateway: field dataloggers POST batches of inverter readings;
// the gateway aggregates them, exports line protocol and archives raw batches.
const http = require('http');
const { createServer } = require('./server');
const { cleanup } = require('./archive');

const DURATION_MS = Number(process.env.DURATION_MS || 8000);
const LOGGERS = 6;
const SITES = [
  { site: 'Mesa Verde North', siteId: 'mvn', strings: 12 },
  { site: 'Mesa Verde South', siteId: 'mvs', strings: 10 },
  { site: 'Coyote Flats', siteId: 'cfl', strings: 16 },
];

function makeBatch(siteDef, clock, n) {
  const readings = [];
  for (let i = 0; i < n; i++) {
    const str = i % siteDef.strings;
    const inv = `${siteDef.siteId}-inv${String(str).padStart(2, '0')}-${i % 4}`;
    const hour = ((clock.t / 3600000) % 24);
    const irradiance = Math.max(0, Math.sin(((hour - 6) / 12) * Math.PI)) * (950 + 50 * Math.sin(i));
    const dcV = 600 + 80 * Math.sin(i * 0.37) + irradiance * 0.05;
    const dcA = irradiance / 95 + (i % 7) * 0.01;
    const tempC = 18 + irradiance / 40 + (i % 5);
    const eff = (i % 97 === 0 ? 0.82 : 0.965) - Math.max(0, tempC - 25) * 0.004;
    readings.push({ inverter: inv, string: `string ${str}`, ts: clock.t + i * 10, dcV, dcA, acW: dcV * dcA * eff, acV: 400 + (i % 9) * 0.5, hz: 50 + Math.sin(i) * 0.02, pf: 0.98 + (i % 3) * 0.005, tempC, irradiance });
  }
  clock.t += 60000;
  return { site: siteDef.site, siteId: siteDef.siteId, readings };
}

function post(port, agent, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/ingest', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function datalogger(idx, port, agent, deadline) {
  const siteDef = SITES[idx % SITES.length];
  const clock = { t: Date.UTC(2024, 5, 21, 4) + idx * 1000 };
  let sent = 0;
  while (Date.now() < deadline) {
    const status = await post(port, agent, JSON.stringify(makeBatch(siteDef, clock, 240)));
    if (status !== 202) throw new Error('ingest failed with ' + status);
    sent++;
  }
  return sent;
}

async function main() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: LOGGERS });
  const deadline = Date.now() + DURATION_MS;
  const counts = await Promise.all(Array.from({ length: LOGGERS }, (_, i) => datalogger(i, port, agent, deadline)));
  const summary = await new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/summary', agent }, (res) => {
      let s = ''; res.on('data', (c) => (s += c)); res.on('end', () => resolve(JSON.parse(s)));
    }).on('error', reject);
  });
  agent.destroy();
  server.close();
  cleanup();
  console.log('batches per datalogger', counts.join(','));
  console.log('summary', summary);
}

main().catch((e) => { console.error(e); cleanup(); process.exit(1); });
