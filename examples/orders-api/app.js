'use strict';
// Order service demo: starts the HTTP API on an ephemeral port, drives it with a
// fixed, seeded sequence of requests (loadgen.js, in this process), then shuts down.
// ORDERS_REQUESTS changes the number of requests; ORDERS_VERBOSE=1 prints a summary.
const { createServer } = require('./server');
const { runLoad } = require('./loadgen');

const REQUESTS = Number(process.env.ORDERS_REQUESTS || 3000);
const CONCURRENCY = 8;

function main() {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => {
    runLoad({ port: server.address().port, total: REQUESTS, concurrency: CONCURRENCY })
      .then((counts) => {
        if (process.env.ORDERS_VERBOSE) console.log(`orders-api: ${JSON.stringify(counts)}`);
      })
      .catch((err) => {
        console.error(`orders-api: load generator failed: ${err.message}`);
        process.exitCode = 1;
      })
      .finally(() => {
        server.close();
        server.closeAllConnections();
      });
  });
}

main();
