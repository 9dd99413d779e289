'use strict';

const http = require('http');
const { KILNS, planLoad } = require('./firing');
const { parsePieceId } = require('./glazes');

const kilnById = new Map(KILNS.map((k) => [k.id, k]));
const kwh = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function handle(body) {
  const kiln = kilnById.get(body.kiln);
  const pieces = [];
  for (const p of body.pieces) if (parsePieceId(p.id)) pieces.push(p);
  const plan = planLoad(kiln, pieces);
  const energy = plan.heatWork / 2500 + plan.fill * 12;
  return { kiln: plan.kiln, cone: plan.cone, loaded: plan.pieces.length, fill: Math.round(plan.fill * 1000) / 1000, energy: kwh.format(energy) };
}

function createStudioServer() {
  return http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const out = JSON.stringify(handle(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
      res.end(out);
    });
  });
}

module.exports = { createStudioServer };
