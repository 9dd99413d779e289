'use strict';

const http = require('http');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Simulated LoRa-to-IP gateway: it owns a few zones, keeps a tiny physical
// model of each one and uploads a reading per zone every simulated minute.
class Gateway {
  constructor(id, zones, { host, port, seed, startTs }) {
    this.id = id;
    this.host = host;
    this.port = port;
    this.rng = mulberry32(seed);
    this.ts = startTs;
    this.zones = zones.map((z) => ({ id: z, temp: 18 + this.rng() * 4, rh: 70 + this.rng() * 10, co2: 600, soil: [0.35, 0.38, 0.33, 0.36] }));
    this.sent = 0;
    this.failed = 0;
    this.lastActions = new Map();
  }

  nextReading(zone) {
    const r = this.rng;
    const hour = new Date(this.ts).getUTCHours();
    const sun = Math.max(0, Math.sin(((hour - 6) / 14) * Math.PI));
    const outside = 6 + 10 * sun + (r() - 0.5) * 2;
    const act = this.lastActions.get(zone.id);
    const heating = act ? (act.pipeTemp - 30) * 0.02 : 0;
    const venting = act ? act.ventPct * 0.01 * (zone.temp - outside) * 0.08 : 0;
    zone.temp += sun * 0.25 + heating - venting - (zone.temp - outside) * 0.01 + (r() - 0.5) * 0.2;
    zone.rh = Math.max(30, Math.min(99, zone.rh + (r() - 0.5) * 2 - (act ? act.ventPct * 0.02 - act.mistSec * 0.05 : 0)));
    zone.co2 = Math.max(380, zone.co2 + (act ? act.co2Dose * 0.1 : 0) - sun * 15 + (r() - 0.5) * 10);
    zone.soil = zone.soil.map((s) => Math.max(0.2, s - 0.0015 + (act && act.irrigateMl ? 0.01 : 0)));
    return {
      gateway: this.id,
      zone: zone.id,
      ts: this.ts,
      sensors: {
        airTemp: +zone.temp.toFixed(2),
        humidity: +zone.rh.toFixed(1),
        co2: Math.round(zone.co2),
        par: Math.round(sun * 900 * (0.8 + r() * 0.4)),
        soilMoisture: zone.soil.map((s) => +s.toFixed(3)),
        leafWetness: +(r() * 0.2).toFixed(2),
        outsideTemp: +outside.toFixed(1),
        windSpeed: +(r() * 15).toFixed(1),
      },
    };
  }

  upload(reading) {
    return new Promise((resolve, reject) => {
      const body = JSON.stringify(reading);
      const req = http.request({
        host: this.host,
        port: this.port,
        method: 'POST',
        path: '/v1/readings',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' },
      }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { text += c; });
        res.on('end', () => resolve({ status: res.statusCode, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  async run(deadline) {
    while (Date.now() < deadline) {
      for (const zone of this.zones) {
        const reading = this.nextReading(zone);
        try {
          const res = await this.upload(reading);
          if (res.status === 200) {
            this.lastActions.set(zone.id, JSON.parse(res.body).actions);
            this.sent++;
          } else {
            this.failed++;
          }
        } catch (err) {
          this.failed++;
        }
      }
      this.ts += 60e3;
    }
  }
}

module.exports = { Gateway };
