'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const CALIBRATION_DIR = path.join(os.tmpdir(), `station-calibration-${process.pid}`);

function writeCalibrationTable(stations) {
  fs.mkdirSync(CALIBRATION_DIR, { recursive: true });
  for (const st of stations) {
    const offsets = [];
    for (let h = 0; h < 24; h++) offsets.push({ hour: h, temp: ((st.seed * (h + 3)) % 17) / 40 - 0.2, hum: ((st.seed + h) % 9) / 3 - 1.5 });
    const lines = [`altitude,${st.altitudeM}`, `pressure_offset,${(st.seed % 13) / 10}`];
    for (const o of offsets) lines.push(`hour,${o.hour},${o.temp.toFixed(3)},${o.hum.toFixed(3)}`);
    fs.writeFileSync(path.join(CALIBRATION_DIR, `${st.id}.csv`), lines.join('\n'));
  }
  return CALIBRATION_DIR;
}

function loadCalibration(stationId) {
  const text = fs.readFileSync(path.join(CALIBRATION_DIR, `${stationId}.csv`), 'utf8');
  const cal = { altitudeM: 0, pressureOffset: 0, offsets: [] };
  for (const line of text.split('\n')) {
    const cols = line.split(',');
    if (cols[0] === 'altitude') cal.altitudeM = Number(cols[1]);
    else if (cols[0] === 'pressure_offset') cal.pressureOffset = Number(cols[1]);
    else if (cols[0] === 'hour') cal.offsets[Number(cols[1])] = { temp: Number(cols[2]), hum: Number(cols[3]) };
  }
  return cal;
}

function removeCalibrationTable() {
  fs.rmSync(CALIBRATION_DIR, { recursive: true, force: true });
}

module.exports = { writeCalibrationTable, loadCalibration, removeCalibrationTable };
