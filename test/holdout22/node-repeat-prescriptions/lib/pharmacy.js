'use strict';

const http = require('http');

// Stand-in for the community pharmacy's dispensing system: accepts orders,
// reserves stock and gives a collection time.
function openingStock(code) {
  // Stable per product so the simulation does not depend on arrival order.
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619);
  return 20 + ((h >>> 0) % 60);
}

function startPharmacy() {
  const stock = new Map();
  const orders = new Map();
  let seq = 0;
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/dispense-orders') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not found"}');
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const order = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const lines = order.lines.map((line) => {
        if (!stock.has(line.pharmacyCode)) stock.set(line.pharmacyCode, openingStock(line.pharmacyCode));
        const available = stock.get(line.pharmacyCode);
        const reserved = Math.min(available, line.packs);
        stock.set(line.pharmacyCode, available - reserved + (reserved < line.packs ? 40 : 0));
        return { pharmacyCode: line.pharmacyCode, reserved, owing: line.packs - reserved };
      });
      seq += 1;
      const owing = lines.some((l) => l.owing > 0);
      const result = { dispenseId: `D${seq}`, orderRef: order.orderRef, readyInHours: owing ? 48 : 4, lines };
      orders.set(result.dispenseId, result);
      const body = JSON.stringify(result);
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, orders }));
  });
}

module.exports = { startPharmacy };
