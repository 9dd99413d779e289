'use strict';

const http = require('http');
const { GLAZES } = require('./glazes');
const { createStudioServer } = require('./service');

let seed = 99991;
function rnd() {
  seed = (seed * 69069 + 1) >>> 0;
  return seed / 4294967296;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });

function submitLoad(port, load) {
  const data = JSON.stringify(load);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: '/loads', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(data);
  });
}

function makeLoad(i) {
  const kiln = ['K1', 'K2', 'K3'][i % 3];
  const pieces = [];
  const n = 20 + Math.floor(rnd() * 40);
  for (let j = 0; j < n; j++) {
    const seq = String(Math.floor(rnd() * 99999)).padStart(5, '0');
    pieces.push({
      id: rnd() < 0.03 ? `bad-${seq}` : `${['PT', 'CL', 'ST'][j % 3]}-24${seq}`,
      glaze: GLAZES[Math.floor(rnd() * GLAZES.length)].code,
      footprintCm2: 80 + Math.floor(rnd() * 400),
    });
  }
  return { kiln, pieces };
}

async function main() {
  const server = createStudioServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const total = Number(process.argv[2] || 22000);
  const byKiln = new Map();
  let next = 0;
  async function worker() {
    while (next < total) {
      const r = await submitLoad(port, makeLoad(next++));
      const s = byKiln.get(r.kiln) || { loads: 0, pieces: 0, fill: 0 };
      s.loads++;
      s.pieces += r.loaded;
      s.fill += r.fill;
      byKiln.set(r.kiln, s);
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  agent.destroy();
  server.close();
  for (const [k, s] of [...byKiln].sort()) console.log(`${k} loads=${s.loads} pieces=${s.pieces} avgFill=${(s.fill / s.loads).toFixed(3)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
