'use strict';
// Dock status ingestion API + rebalancing planner, driven by a loopback replay of
// one day of dock telemetry (used as the service's smoke/perf test).
const http = require('http');
const { makeStations, applyStatus } = require('./stations');
const { planMoves } = require('./rebalance');
const { renderShiftReport } = require('./report');

const STATIONS = 1800;
const MINUTES = Number(process.env.MINUTES || 4 * 1440);
const BATCH = 100;

function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s + 0x9e3779b9) >>> 0; let t = s ^ (s >>> 16); t = Math.imul(t, 0x85ebca6b); t ^= t >>> 13; return (t >>> 0) / 4294967296; };
}

function createServer(stations) {
  const plans = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/status' && req.method === 'POST') {
        const batch = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        let accepted = 0, fillSum = 0;
        for (const status of batch) {
          const r = applyStatus(stations, status);
          if (r.ok) { accepted++; fillSum += r.fill; }
        }
        let moves = 0;
        if (batch[0].minute % 10 === 0) {
          const plan = planMoves(stations, 18, batch[0].minute % 96);
          plans.push(plan);
          moves = plan.length;
        }
        const out = JSON.stringify({ accepted, meanFill: accepted ? fillSum / accepted : 0, moves });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
        res.end(out);
      } else {
        res.writeHead(404).end();
      }
    });
  });
  return { server, plans };
}

function send(agent, port, batch) {
  const body = JSON.stringify(batch);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: '/status', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, res => {
      const parts = [];
      res.on('data', c => parts.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(parts).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function replayDay(port, ids) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const rnd = rng(31337);
  let moves = 0, accepted = 0;
  for (let minute = 0; minute < MINUTES; minute++) {
    const pending = [];
    for (let b = 0; b < 3; b++) {
      const batch = [];
      for (let k = 0; k < BATCH; k++) {
        const id = ids[Math.floor(rnd() * ids.length)];
        const commute = Math.sin(((minute - 480) / 1440) * 2 * Math.PI);
        batch.push({ stationId: id, minute, bikes: Math.floor(rnd() * 44 * (0.55 + 0.45 * commute)), ebikes: Math.floor(rnd() * 5) });
      }
      pending.push(send(agent, port, batch));
    }
    for (const r of await Promise.all(pending)) { moves += r.moves; accepted += r.accepted; }
  }
  agent.destroy();
  return { moves, accepted };
}

async function main() {
  const stations = makeStations(rng(2024), STATIONS);
  const { server, plans } = createServer(stations);
  await new Promise(r => server.listen(0, '127.0.0.1', r));
  const { moves, accepted } = await replayDay(server.address().port, [...stations.keys()]);
  server.close();
  const report = renderShiftReport(stations, plans);
  console.log(`accepted=${accepted} moves=${moves}\n${report.split('\n').slice(-1)[0]}`);
}

main().catch(e => { console.error(e); process.exit(1); });
