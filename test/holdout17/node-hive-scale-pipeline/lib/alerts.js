'use strict';

const fs = require('fs');

const COOLDOWN_MS = { high: 2 * 3600e3, medium: 12 * 3600e3, info: 24 * 3600e3, low: 24 * 3600e3 };

class AlertSink {
  constructor(filePath) {
    this.stream = fs.createWriteStream(filePath, { flags: 'w' });
    this.lastRaised = new Map();
    this.counts = {};
    this.suppressed = 0;
  }

  raise(alert) {
    const key = `${alert.devEui}|${alert.kind}`;
    const last = this.lastRaised.get(key);
    if (last !== undefined && alert.tsMs - last < COOLDOWN_MS[alert.severity]) {
      this.suppressed++;
      return false;
    }
    this.lastRaised.set(key, alert.tsMs);
    this.counts[alert.kind] = (this.counts[alert.kind] || 0) + 1;
    this.stream.write(`${JSON.stringify(alert)}\n`);
    return true;
  }

  close() {
    return new Promise((resolve, reject) => {
      this.stream.on('error', reject);
      this.stream.end(resolve);
    });
  }
}

module.exports = { AlertSink };
