'use strict';
// Tile metadata cache: an HTTP service in front of Redis, driven by an in-process
// load generator so one run is one profile. Exits 0 when the load is done.
const { startServer } = require('./server');
const { drive } = require('./load');

async function main() {
  const server = await startServer(0);
  const { port } = server.address();
  try {
    await drive(port, { requests: Number(process.env.TILE_REQUESTS || 2200), concurrency: 8 });
  } finally {
    server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
