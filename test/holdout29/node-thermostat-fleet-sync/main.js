'use strict';
// Smart-thermostat fleet sync worker: for every device, pull yesterday's
// telemetry from the vendor cloud (a local stub server), archive it, plan
// tomorrow's preheat schedule and push it back.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');
const { ThermostatCloudClient } = require('./lib/cloud-client');
const { TelemetryArchive } = require('./lib/archive');
const { planDevice } = require('./lib/planner');

const DEVICES = Number(process.env.FLEET_DEVICES || 3000);
const LANES = 8;

function startStub() {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'lib', 'stub-server.js'), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (msg) => resolve({ child, port: msg.port }));
    child.once('error', reject);
  });
}

async function syncDevice(deviceId, ctx) {
  const client = new ThermostatCloudClient({ host: '127.0.0.1', port: ctx.port, apiKey: ctx.apiKey, timeoutMs: 10000 });
  try {
    const telemetry = await client.getTelemetry(deviceId);
    ctx.archive.archiveTelemetry(deviceId, telemetry);
    const plan = planDevice(telemetry);
    const ack = await client.putSchedule(deviceId, plan);
    ctx.stats.zones += plan.zones.length;
    ctx.stats.revisions += ack.revision;
    ctx.stats.synced++;
  } finally {
    client.close();
  }
}

async function main() {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thermostat-sync-'));
  const { child, port } = await startStub();
  try {
    const ctx = { port, apiKey: 'hl_test_6f2c1d', archive: new TelemetryArchive(workDir), stats: { synced: 0, zones: 0, revisions: 0, failed: 0 } };
    const deviceIds = Array.from({ length: DEVICES }, (_, i) => `DEV${String(i).padStart(6, '0')}`);
    let next = 0;
    async function lane() {
      while (next < deviceIds.length) {
        const id = deviceIds[next++];
        try {
          await syncDevice(id, ctx);
        } catch (err) {
          ctx.stats.failed++;
        }
      }
    }
    await Promise.all(Array.from({ length: LANES }, lane));
    console.log(`thermostat-fleet-sync: ${ctx.stats.synced}/${DEVICES} devices synced, ${ctx.stats.failed} failed, ${ctx.stats.zones} zones planned`);
    console.log(`archive ${ctx.archive.files} files / ${ctx.archive.bytes} bytes, revision checksum ${ctx.stats.revisions}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    child.send('stop');
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
