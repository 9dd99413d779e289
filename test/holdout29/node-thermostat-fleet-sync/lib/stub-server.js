'use strict';
// Local stand-in for the thermostat vendor's cloud API. Runs as a child
// process so the worker under test only talks to it over 127.0.0.1.
const http = require('http');
const { mulberry32 } = require('./prng');

const CAPABILITIES = ['opentherm', 'weather-compensation', 'presence', 'hot-water', 'open-window', 'load-compensation', 'boost', 'frost-protect'];

function deviceTelemetry(deviceId) {
  const n = Number(deviceId.slice(3));
  const rand = mulberry32(9000 + n);
  const zones = [];
  const nZones = 2 + Math.floor(rand() * 5);
  for (let z = 0; z < nZones; z++) {
    const history = [];
    let temp = 17 + rand() * 3;
    for (let i = 0; i < 96; i++) {
      const heating = rand() < 0.4;
      temp += heating ? 0.15 + rand() * 0.1 : -(0.05 + rand() * 0.08);
      history.push({ t: i * 15, roomC: Number(temp.toFixed(2)), demandPct: heating ? Math.round(30 + rand() * 70) : 0, outsideC: Number((4 + 5 * Math.sin(i / 15) + rand()).toFixed(1)) });
    }
    const overrides = [];
    for (let o = 0; o < 3; o++) if (rand() < 0.5) overrides.push({ slot: Math.floor(rand() * 48), setpointC: 18 + Math.floor(rand() * 5) });
    zones.push({ zoneId: `${deviceId}-Z${z + 1}`, name: ['Living', 'Kitchen', 'Bedrooms', 'Bathroom', 'Office', 'Loft'][z], comfortC: 19 + Math.floor(rand() * 3), setbackC: 15 + Math.floor(rand() * 2), history, overrides });
  }
  return {
    deviceId,
    firmware: `4.${Math.floor(rand() * 9)}.${Math.floor(rand() * 20)}`,
    capabilities: CAPABILITIES.filter(() => rand() < 0.35),
    boiler: { make: ['Vaillant', 'Worcester', 'Baxi', 'Ideal'][Math.floor(rand() * 4)], maxFlowC: 60 + Math.floor(rand() * 20), modulating: rand() < 0.6 },
    zones,
  };
}

const server = http.createServer((req, res) => {
  const m = /^\/v2\/devices\/(DEV\d+)\/(telemetry|schedule)$/.exec(req.url);
  if (!m) {
    res.writeHead(404).end();
    return;
  }
  if (req.method === 'GET' && m[2] === 'telemetry') {
    const body = JSON.stringify(deviceTelemetry(m[1]));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  if (req.method === 'PUT' && m[2] === 'schedule') {
    let size = 0;
    req.on('data', (c) => { size += c.length; });
    req.on('end', () => {
      const body = JSON.stringify({ accepted: true, deviceId: m[1], bytes: size, revision: size % 9973 });
      res.writeHead(202, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
    return;
  }
  res.writeHead(405).end();
});

server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => {
  process.send({ port: server.address().port });
});
process.on('message', (msg) => {
  if (msg === 'stop') server.close(() => process.exit(0));
});
