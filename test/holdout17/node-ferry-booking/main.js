'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { buildSailings } = require('./lib/timetable');
const { BookingService } = require('./lib/bookings');
const { BoardingPassSigner } = require('./lib/credentials');
const { startPortAuthorityStub } = require('./lib/portAuthority');
const { createApi } = require('./lib/server');
const { runLoad } = require('./lib/loadgen');

const REQUESTS = Number(process.env.FERRY_REQUESTS || 3900);
const DAYS = 21;
const START = new Date(Date.UTC(2025, 4, 2));
const NOW = Date.UTC(2025, 4, 1, 9, 0);

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function close(server) {
  return new Promise((resolve) => {
    server.close(resolve);
    if (server.closeAllConnections) server.closeAllConnections();
  });
}

async function main() {
  const started = Date.now();
  const account = JSON.parse(fs.readFileSync(path.join(__dirname, 'lib', 'fixtures', 'service-account.json'), 'utf8'));
  const stub = startPortAuthorityStub(crypto.createPublicKey(account.public_key));
  const stubPort = await listen(stub.server);

  const settings = {
    portAuthority: {
      endpoint: `http://127.0.0.1:${stubPort}/v2/manifests`,
      serviceAccount: {
        clientEmail: account.client_email,
        keyId: account.private_key_id,
        privateKeyPem: account.private_key,
      },
    },
  };

  const timetable = buildSailings(DAYS, START, 2025);
  const service = new BookingService({
    timetable,
    signer: new BoardingPassSigner('boarding-pass-secret-2025'),
    settings,
    clock: () => NOW,
  });
  const api = createApi(service);
  const port = await listen(api);
  try {
    const load = await runLoad({ port, total: REQUESTS, concurrency: 8, seed: 7, days: DAYS, startDate: START });
    console.log(JSON.stringify({
      load,
      stats: service.stats,
      manifestEntries: stub.accepted.size,
      sailings: timetable.sailings.length,
      elapsedMs: Date.now() - started,
    }, null, 2));
  } finally {
    await close(api);
    await close(stub.server);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
