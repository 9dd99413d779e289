'use strict';

const crypto = require('crypto');

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const SENSOR_KINDS = ['temp_c', 'humidity', 'vibration_rms', 'battery_v', 'rssi_dbm', 'pressure_kpa'];

function buildFleet(size, seed) {
  const rand = lcg(seed);
  const devices = [];
  for (let i = 0; i < size; i++) {
    const token = 'tok_' + Math.floor(rand() * 1e12).toString(36) + '_' + i;
    const salt = 'fleet-salt-' + (i % 16);
    devices.push({
      id: 'dev-' + String(i).padStart(5, '0'),
      site: 'site-' + (i % 23),
      token,
      salt,
      // what the provisioning service stored for this device
      tokenHash: crypto.pbkdf2Sync(token, salt, 600, 32, 'sha256').toString('hex'),
      sensors: SENSOR_KINDS.filter(() => rand() < 0.7),
      rand,
    });
  }
  return devices;
}

function sampleBatch(device, seq) {
  const readings = [];
  const t0 = 1717200000000 + seq * 60000;
  for (let k = 0; k < 40; k++) {
    for (const sensor of device.sensors) {
      readings.push({ sensor, ts: t0 + k * 1500, value: Math.round(device.rand() * 100000) / 1000 });
    }
  }
  return { deviceId: device.id, seq, firmware: '4.2.' + (seq % 7), readings };
}

module.exports = { buildFleet, sampleBatch };
