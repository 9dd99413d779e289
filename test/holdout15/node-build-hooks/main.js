'use strict';
// CI webhook relay: verifies and archives build webhooks from CI runners,
// keeps a build history, forwards status messages to the chat bridge and
// serves a flaky-test dashboard. Driven in-process for a few seconds.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { BuildHistory } = require('./lib/history');
const { DeliveryArchive } = require('./lib/archive');
const { createHookServer, createIntegrationsStub } = require('./lib/server');
const { runFleet } = require('./lib/runners');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function main() {
  const archiveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-hooks-'));
  const secret = 'whsec_8f3c2a61d0b94e7f';
  const bridge = createIntegrationsStub();
  const bridgePort = await listen(bridge.server);
  const base = `http://localhost:${bridgePort}`;
  const subscribers = [
    { name: 'chat-bridge', kind: 'chat', url: new URL('/api/messages', base), pipelines: '*' },
    { name: 'status-page', kind: 'status-page', url: new URL('/v1/components/status', base), pipelines: '*' },
    { name: 'metrics-ingest', kind: 'metrics', url: new URL('/ingest/ci', base), pipelines: '*' },
    { name: 'audit-log', kind: 'audit', url: new URL('/v2/events', base), pipelines: '*' },
    { name: 'pager', kind: 'pager', url: new URL('/enqueue', base), pipelines: new Set(['payments-api', 'auth-service', 'checkout-web', 'data-pipeline', 'infra-terraform']) },
    { name: 'deploy-bot', kind: 'deploy', url: new URL('/hooks/build-finished', base), pipelines: new Set(['checkout-web', 'payments-api', 'auth-service', 'admin-portal', 'notifications']) },
  ];
  const history = new BuildHistory();
  const archive = new DeliveryArchive(archiveDir);
  const { server, stats } = createHookServer({ secret, history, archive, subscribers });
  const port = await listen(server);
  const started = Date.now();
  try {
    const load = await runFleet({ port, secret, durationMs: Number(process.env.LOAD_MS || 6500), runners: 6, dashboardEveryMs: 200, seed: 77 });
    const secs = (Date.now() - started) / 1000;
    console.log(`build-hooks: ${load.deliveries} deliveries (${(load.deliveries / secs).toFixed(0)}/s), ${load.dashboards} dashboard refreshes, codes ${JSON.stringify(load.codes)}, max latency ${load.latencyMax} ms`);
    console.log(`  history ${history.runs.length} runs, archived ${archive.count} (${(archive.bytes / 1024).toFixed(0)} KiB), forwarded events ${bridge.received.messages}`, stats);
  } finally {
    await new Promise((r) => server.close(r));
    bridge.server.closeAllConnections();
    await new Promise((r) => bridge.server.close(r));
    fs.rmSync(archiveDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
