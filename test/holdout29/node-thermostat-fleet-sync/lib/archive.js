'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

class TelemetryArchive {
  constructor(dir) {
    this.dir = dir;
    this.files = 0;
    this.bytes = 0;
  }

  archiveTelemetry(deviceId, telemetry) {
    const file = path.join(this.dir, `${deviceId}.json.gz`);
    const compressed = zlib.gzipSync(JSON.stringify(telemetry), { level: zlib.constants.Z_BEST_SPEED });
    fs.writeFileSync(file, compressed);
    this.files++;
    this.bytes += compressed.length;
  }
}

module.exports = { TelemetryArchive };
