'use strict';
// Media metadata gateway: serves asset summaries over HTTP. A forked load driver replays a
// fixed request mix against it; the gateway exits once the driver reports completion.

const http = require('node:http');
const path = require('node:path');
const { fork } = require('node:child_process');
const { AssetStore } = require('./asset-store');
const { route } = require('./handlers');

const ASSET_COUNT = 300;
const REQUESTS = Number(process.env.MEDIA_GATEWAY_REQUESTS || 5000);

async function main() {
  const store = new AssetStore();
  await store.warm(ASSET_COUNT, 64);
  const server = http.createServer({ keepAliveTimeout: 5000 }, route(store));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const driver = fork(path.join(__dirname, 'load-driver.js'), [], {
    execArgv: [],
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const result = await new Promise((resolve, reject) => {
    driver.once('message', resolve);
    driver.once('error', reject);
    driver.send({ port, requests: REQUESTS, assets: ASSET_COUNT });
  });
  await new Promise((resolve) => driver.once('exit', resolve));
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  if (result.failures > 0) {
    process.stderr.write(`media-gateway: ${result.failures} failed requests\n`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  process.stderr.write(`media-gateway: ${err.stack}\n`);
  process.exitCode = 1;
});
