'use strict';

const http = require('http');
const { seedRoomsFile } = require('./rooms');
const { hashPin } = require('./auth');
const { createBookingServer } = require('./server');

let s = 77;
function rnd() {
  s = (s * 16807) % 2147483647;
  return s / 2147483647;
}

function postBooking(port, payload) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(payload);
    const req = http.request({
      host: '127.0.0.1', port, path: '/bookings', method: 'POST', agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function main() {
  seedRoomsFile();
  const groups = new Map();
  for (let g = 0; g < 300; g++) {
    const pin = String(1000 + ((g * 7919) % 9000));
    groups.set(`G${g}`, { pin, pinHash: hashPin(pin).toString('hex') });
  }
  const server = createBookingServer(groups);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;

  const total = Number(process.argv[2] || 9500);
  const stats = { confirmed: 0, waitlisted: 0, rejected: 0, revenue: 0 };
  const concurrency = 8;
  let next = 0;
  async function worker() {
    while (next < total) {
      const i = next++;
      const gid = `G${Math.floor(rnd() * 300)}`;
      const group = groups.get(gid);
      const payload = {
        groupId: gid,
        pin: rnd() < 0.05 ? '0000' : group.pin,
        roomId: `R${1 + Math.floor(rnd() * 8)}`,
        slot: `${String(10 + Math.floor(rnd() * 12)).padStart(2, '0')}:00`,
        day: i % 30,
        players: 2 + Math.floor(rnd() * 7),
      };
      const r = await postBooking(port, payload);
      if (r.status === 201) { stats.confirmed++; stats.revenue += r.body.total; }
      else if (r.status === 409) stats.waitlisted++;
      else stats.rejected++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  server.close();
  console.log(`confirmed=${stats.confirmed} waitlisted=${stats.waitlisted} rejected=${stats.rejected} revenue=${stats.revenue.toFixed(2)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
