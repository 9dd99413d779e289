'use strict';
// Treatment fee schedule, exported nightly from the practice-management system
// as a gzipped CSV (code,description,fee_gbp,chair_minutes).
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');

const FEE_FILE = path.join(__dirname, 'config', 'fee-schedule.csv.gz');

function loadFeeSchedule() {
  return zlib.gunzipSync(fs.readFileSync(FEE_FILE)).toString('latin1');
}

function lookupFee(schedule, code) {
  const at = schedule.indexOf('\n' + code + ',');
  if (at < 0) return null;
  const end = schedule.indexOf('\n', at + 1);
  const [, description, fee, minutes] = schedule.slice(at + 1, end).split(',');
  return { description, fee: Number(fee), minutes: Number(minutes) };
}

function quoteTreatments(codes, nhsBand) {
  const schedule = loadFeeSchedule();
  let total = 0;
  let minutes = 0;
  const lines = [];
  for (const code of codes) {
    const f = lookupFee(schedule, code);
    if (!f) continue;
    const fee = nhsBand ? Math.min(f.fee, [26.8, 73.5, 319.1][nhsBand - 1]) : f.fee;
    total += fee;
    minutes += f.minutes;
    lines.push({ code, description: f.description, fee });
  }
  return { lines, total: Math.round(total * 100) / 100, minutes };
}

module.exports = { quoteTreatments };
