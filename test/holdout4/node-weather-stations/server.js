'use strict';
const http = require('http');
const { writeCalibrationTable, removeCalibrationTable } = require('./calibration');
const { handleBatch } = require('./ingest-handler');
const { postBatch, closeUplink } = require('./uplink-client');

const BATCHES = Number(process.env.BATCHES || 2500);
const CONCURRENCY = 4;

function rng(seed) {
  let s = seed % 2147483647;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

function buildStations() {
  const stations = [];
  for (let i = 0; i < 240; i++) {
    stations.push({ id: `WS-${String(i).padStart(4, '0')}`, vendor: i % 3 === 0 ? 'vaisala' : 'davis', altitudeM: 20 + ((i * 37) % 1400), seed: i * 7919 + 13 });
  }
  return stations;
}

function buildBatch(station, n, r) {
  const frames = [];
  let at = Date.UTC(2026, 10, 20) + Math.floor(r() * 86400000);
  for (let i = 0; i < 90; i++) {
    at += 60000;
    const t = -5 + r() * 30, h = 30 + r() * 70, p = 950 + r() * 80, w = r() * 25, rain = r() * 3;
    const frame = station.vendor === 'davis'
      ? `T${Math.round(t * 10)}H${Math.round(h)}P${Math.round(p * 10)}W${Math.round(w * 10)}R${Math.round(rain * 100)}`
      : `Ta=${t.toFixed(1)}C,Ua=${h.toFixed(1)}P,Pa=${p.toFixed(1)}H,Sm=${w.toFixed(1)}M,Rc=${rain.toFixed(2)}M`;
    frames.push({ at, frame });
  }
  return { stationId: station.id, vendor: station.vendor, seq: n, frames };
}

function startServer() {
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        const batch = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const body = handleBatch(batch);
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(body);
      } catch (err) {
        res.writeHead(400);
        res.end(String(err.message));
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const stations = buildStations();
  writeCalibrationTable(stations);
  const server = await startServer();
  const port = server.address().port;
  const r = rng(20261125);
  let next = 0;
  let bytes = 0;
  async function worker() {
    while (next < BATCHES) {
      const n = next++;
      const station = stations[Math.floor(r() * stations.length)];
      bytes += await postBatch(port, buildBatch(station, n, r));
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  closeUplink();
  server.close();
  removeCalibrationTable();
  console.log(`batches=${BATCHES} stations=${stations.length} responseBytes=${bytes}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
