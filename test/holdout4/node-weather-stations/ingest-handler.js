'use strict';
const path = require('path');
const zlib = require('zlib');
const { loadCalibration } = require('./calibration');

const DECODER_DIR = path.join(__dirname, 'decoders');

function decoderFor(vendor) {
  // decoders are deployed independently of the service; pick up the current version
  for (const cached of Object.keys(require.cache)) {
    if (cached.startsWith(DECODER_DIR)) delete require.cache[cached];
  }
  return require(path.join(DECODER_DIR, `${vendor}.js`));
}

function seaLevelPressure(hpa, altitudeM, tempC) {
  return hpa * Math.pow(1 - (0.0065 * altitudeM) / (tempC + 0.0065 * altitudeM + 273.15), -5.257);
}

function dewPoint(tempC, humidity) {
  const a = 17.62, b = 243.12;
  const g = Math.log(Math.max(humidity, 1) / 100) + (a * tempC) / (b + tempC);
  return (b * g) / (a - g);
}

function summarise(readings) {
  const keys = ['tempC', 'humidity', 'pressureMsl', 'windMs', 'rainMm', 'dewPointC'];
  const out = {};
  for (const k of keys) {
    const values = readings.map((r) => r[k]).sort((x, y) => x - y);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    out[k] = {
      min: values[0],
      p50: values[Math.floor(values.length / 2)],
      p95: values[Math.floor(values.length * 0.95)],
      max: values[values.length - 1],
      mean,
    };
  }
  return out;
}

function handleBatch(batch) {
  const decode = decoderFor(batch.vendor);
  const cal = loadCalibration(batch.stationId);
  const readings = [];
  for (const item of batch.frames) {
    const r = decode(item.frame);
    if (!r) continue;
    const hour = new Date(item.at).getUTCHours();
    const off = cal.offsets[hour];
    const tempC = r.tempC + off.temp;
    const humidity = Math.min(100, Math.max(0, r.humidity + off.hum));
    readings.push({
      at: item.at,
      tempC,
      humidity,
      pressureMsl: seaLevelPressure(r.pressureHpa + cal.pressureOffset, cal.altitudeM, tempC),
      windMs: r.windMs,
      rainMm: r.rainMm,
      dewPointC: dewPoint(tempC, humidity),
    });
  }
  const body = JSON.stringify({ stationId: batch.stationId, accepted: readings.length, summary: summarise(readings), readings });
  return zlib.gzipSync(body);
}

module.exports = { handleBatch };
