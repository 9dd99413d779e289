'use strict';

const http = require('http');
const zlib = require('zlib');
const { GlazeLibraryClient } = require('./glazeLibrary');
const { simulateFiring, traceCsv } = require('./firing');
const { glazeNotes, overFired } = require('./glazeNotes');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

// Firing log service for a pottery co-op: members submit a firing (kiln,
// program, ware with glazes); the service simulates it, checks glaze fit
// against the clay bodies, archives the pyrometer trace and replies.
class FiringService {
  constructor({ kilns, clayBodies, catalogue, recipes, archive }) {
    this.kilns = kilns;
    this.clayBodies = clayBodies;
    this.catalogue = catalogue;
    this.recipes = recipes;
    this.archive = archive;
    this.firings = 0;
  }

  async recordFiring(req, res) {
    const order = JSON.parse(await readBody(req));
    const kiln = this.kilns.get(order.kilnId);
    if (!kiln) {
      send(res, 404, { error: `unknown kiln ${order.kilnId}` });
      return;
    }
    const firing = simulateFiring(order.program, kiln);

    const library = new GlazeLibraryClient({ catalogue: this.catalogue, recipes: this.recipes });
    const fit = [];
    for (const piece of order.ware) {
      const unity = library.unityFormula(piece.glaze);
      if (!unity) {
        fit.push({ piece: piece.piece, glaze: piece.glaze, verdict: 'unknown glaze' });
        continue;
      }
      const coe = library.expansion(unity);
      const body = this.clayBodies.get(piece.clay);
      const mismatch = coe - body.coe;
      const notes = glazeNotes(piece.glaze);
      let verdict = mismatch > 0.6 ? 'crazing risk' : mismatch < -1.2 ? 'shivering risk' : 'fits';
      if (overFired(notes, firing.cone)) verdict = `over-fired: ${notes.note}`;
      fit.push({ piece: piece.piece, glaze: piece.glaze, clay: piece.clay, coe: Math.round(coe * 100) / 100, verdict });
    }

    const csv = traceCsv(order.kilnId, firing);
    const packed = zlib.gzipSync(csv, { level: 9 });
    const traceId = await this.archive.store(order.kilnId, packed);
    this.firings++;
    send(res, 201, {
      firingNo: this.firings,
      kiln: order.kilnId,
      minutes: firing.minutes,
      peakC: Math.round(firing.peak),
      cone: firing.cone,
      traceId,
      traceBytes: packed.length,
      fit,
    });
  }

  listen() {
    const server = http.createServer((req, res) => {
      if (req.method === 'POST' && req.url === '/firings') {
        this.recordFiring(req, res).catch((err) => send(res, 500, { error: err.message }));
      } else {
        send(res, 404, { error: 'not found' });
      }
    });
    server.keepAliveTimeout = 5000;
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
  }
}

module.exports = { FiringService };
