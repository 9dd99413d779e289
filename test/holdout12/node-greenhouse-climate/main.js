'use strict';

// Greenhouse climate controller: sensor gateways upload readings for each
// growing bay, the controller runs heating/venting/CO2/misting loops against
// the grower's zone configuration and returns actuator commands.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { createLogger } = require('./logger');
const { writeZoneConfigs } = require('./zones');
const { createController } = require('./controller');
const { Gateway } = require('./gateway');

const DURATION_MS = Number(process.env.LOAD_SECONDS || 9) * 1000;
const ZONES = Array.from({ length: 16 }, (_, i) => `z${String(i + 1).padStart(2, '0')}`);

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenhouse-'));
  const configDir = path.join(workDir, 'zones');
  fs.mkdirSync(configDir);
  writeZoneConfigs(configDir, ZONES);

  const logStream = fs.createWriteStream(path.join(workDir, 'controller.log'));
  const log = createLogger({ name: 'climate', level: 'info', stream: logStream });

  const server = createController({ configDir, log });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const startTs = Date.UTC(2024, 2, 1, 0, 0, 0);
  const gateways = [];
  for (let g = 0; g < 8; g++) {
    gateways.push(new Gateway(`gw-${g + 1}`, ZONES.slice(g * 2, g * 2 + 2), { host: '127.0.0.1', port, seed: 1000 + g, startTs }));
  }
  const started = Date.now();
  const deadline = started + DURATION_MS;
  await Promise.all(gateways.map((gw) => gw.run(deadline)));
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => logStream.end(resolve));

  const logBytes = fs.statSync(path.join(workDir, 'controller.log')).size;
  fs.rmSync(workDir, { recursive: true, force: true });
  console.log(JSON.stringify({
    elapsedMs: Date.now() - started,
    uploads: gateways.reduce((n, g) => n + g.sent, 0),
    failed: gateways.reduce((n, g) => n + g.failed, 0),
    controller: server.counters,
    logRecords: log.written,
    logBytes,
  }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
