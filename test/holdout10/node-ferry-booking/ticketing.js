'use strict';

// Ticketing back office: issues one boarding pass per passenger.

const http = require('http');
const crypto = require('crypto');
const { postJson } = require('./upstream');

function startTicketOffice() {
  const issued = new Map();
  const manifests = new Map();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (req.url === '/v1/manifest') {
        const entry = { sailing: body.sailing, booking: body.booking, souls: body.passengers.length, adults: body.passengers.filter((p) => p.age >= 18).length, vehicle: body.vehicle || null };
        manifests.set(body.sailing, (manifests.get(body.sailing) || 0) + entry.souls);
        const out = JSON.stringify({ accepted: true, onboard: manifests.get(body.sailing) });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
        res.end(out);
        return;
      }
      const serial = crypto.createHash('sha256').update(`${body.booking}|${body.sailing}|${body.seq}|${body.name}`).digest('base64url').slice(0, 12);
      const pass = { serial, booking: body.booking, name: body.name.toUpperCase(), category: body.category, gate: 'G' + ((serial.charCodeAt(0) % 9) + 1), boardingGroup: body.age >= 65 || body.age < 4 ? 'A' : 'C' };
      issued.set(serial, pass);
      const out = JSON.stringify(pass);
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
      res.end(out);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port,
      close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
    }));
  });
}

class TicketClient {
  constructor(port) {
    this.port = port;
  }

  async issueBoardingPasses(ref, sailingId, passengers, categoryOf) {
    const passes = [];
    for (let i = 0; i < passengers.length; i++) {
      const p = passengers[i];
      const r = await postJson(this.port, '/v1/passes', { booking: ref, sailing: sailingId, seq: i, name: p.name, age: p.age, category: categoryOf(p) });
      passes.push(r.body);
    }
    return passes;
  }

  async declareManifest(ref, sailingId, party) {
    const r = await postJson(this.port, '/v1/manifest', {
      booking: ref,
      sailing: sailingId,
      passengers: party.passengers.map((p) => ({ name: p.name, age: p.age })),
      vehicle: party.vehicle ? party.vehicle.plate : null,
    });
    return r.body.accepted === true;
  }
}

module.exports = { startTicketOffice, TicketClient };
