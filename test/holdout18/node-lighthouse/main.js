'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./lib/rng');
const { buildRegister } = require('./lib/lights');
const { writeSectorTable } = require('./lib/sectors');
const { AidsToNavigationDesk, createService } = require('./lib/service');
const { buildPlan, drive } = require('./lib/loadgen');

const REQUESTS = Number(process.env.LIGHTHOUSE_REQUESTS || 7000);
const AREAS = ['Dover Strait', 'Thames Estuary', 'Solent', 'Portland', 'Plymouth', 'Lands End'];

async function main() {
  const rng = mulberry32(1696);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  try {
    const register = buildRegister(rng, 3200);
    const sectorFile = writeSectorTable(workDir, register, rng);
    const { privateKey } = crypto.generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const desk = new AidsToNavigationDesk({
      register,
      sectorFile,
      msi: { endpoint: 'http://127.0.0.1:9/msi/v2', stationId: 'HUMBER-MRCC', signingKeyPem: privateKey },
    });
    const server = createService(desk);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const plan = buildPlan(rng, register, REQUESTS, AREAS);
    const started = Date.now();
    const { counts, bytes } = await drive({ port: server.address().port, plan, concurrency: 6 });
    await new Promise((resolve) => server.close(resolve));
    console.log(`lighthouse: ${plan.length} requests in ${Date.now() - started} ms, ${JSON.stringify(counts)}, ` +
      `${bytes} bytes returned, ${desk.outbox.length} notices queued for broadcast`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
