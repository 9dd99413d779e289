'use strict';

const fs = require('fs');
const { Rng } = require('./rng');
const { ANALYTES, PANELS } = require('./catalog');

// Simulates a day's export from the chemistry analysers' middleware: one
// HL7 v2 ORU^R01 message per line, segments separated by carriage returns.

const SURNAMES = ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Lewis', 'Martin', 'Jackson', 'Clarke'];
const GIVEN = ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Grace', 'Noah', 'Oliver', 'George', 'Arthur', 'Leo', 'Harry', 'Jack', 'Oscar', 'Freya', 'Ruby', 'Ewan', 'Priya', 'Tariq', 'Mei'];
const WARDS = ['Ward 7', 'Ward 12', 'AMU', 'ED Majors', 'ITU', 'CCU', 'Renal Unit', 'Maple Ward', 'Oak Ward', 'GP Surgery'];
const INSTRUMENTS = ['COBAS8K-1', 'COBAS8K-2', 'ALINITY-C', 'ATELLICA-1', 'CLINITEK'];

function pad(n, w) {
  return String(n).padStart(w, '0');
}

function hl7Time(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}`;
}

function makePatients(rng, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const year = rng.int(1932, 2020);
    out.push({
      mrn: `MRN${pad(rng.int(1000000, 9999999), 7)}`,
      family: rng.pick(SURNAMES),
      given: rng.pick(GIVEN),
      dob: `${year}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}`,
      sex: rng.chance(0.5) ? 'F' : 'M',
    });
  }
  return out;
}

function resultValue(rng, analyte) {
  if (analyte.qualitative) return rng.pick(analyte.qualitative);
  const roll = rng.next();
  if (roll < 0.07) return 'HAEM';
  if (roll < 0.1) return 'QNS';
  const v = rng.normal(analyte.mean, analyte.sd);
  const lod = analyte.mean * 0.05;
  if (v < lod) return `<${lod.toFixed(analyte.decimals)}`;
  if (v > analyte.mean + 6 * analyte.sd) return `>${(analyte.mean + 6 * analyte.sd).toFixed(analyte.decimals)}`;
  return v.toFixed(analyte.decimals);
}

function comment(rng, patient, staff) {
  const who = rng.pick(staff);
  const ward = rng.pick(WARDS);
  switch (rng.int(0, 4)) {
    case 0:
      return `Result phoned to ${ward} by ${who}, read back by ${patient.given[0]} ${patient.family}'s nurse.`;
    case 1:
      return `Sample haemolysed; recollection requested from ${ward}. Discussed with Dr ${rng.pick(staff)}.`;
    case 2:
      return `Delta check failed against previous result; confirmed by ${who} on re-run (${rng.pick(INSTRUMENTS)}).`;
    case 3:
      return `Sample received unlabelled at 0${rng.int(6, 9)}:${pad(rng.int(0, 59), 2)}, relabelled by ${who} after ID confirmed with ${ward}.`;
    default:
      return `Added on request of Dr ${rng.pick(staff)} (${ward}).`;
  }
}

function writeFeed(file, { seed, samples, patients: patientCount, staff }) {
  const rng = new Rng(seed);
  const patients = makePatients(rng, patientCount);
  const panelCodes = Object.keys(PANELS);
  const fd = fs.openSync(file, 'w');
  let buf = [];
  let bufLen = 0;
  let t = Date.UTC(2024, 5, 11, 6, 0, 0);
  let observations = 0;
  for (let i = 1; i <= samples; i++) {
    const p = rng.pick(patients);
    t += rng.int(1, 6) * 1000;
    const accession = `ACC24-${pad(i, 7)}`;
    const inst = rng.pick(INSTRUMENTS);
    const segs = [
      `MSH|^~\\&|${inst}|CHEM|LIS|NHSTRUST|${hl7Time(t + 3600000)}||ORU^R01|M${pad(i, 8)}|P|2.5`,
      `PID|1||${p.mrn}||${p.family}^${p.given}||${p.dob}|${p.sex}`,
    ];
    const nPanels = rng.int(1, 3);
    let setId = 1;
    for (let k = 0; k < nPanels; k++) {
      const panel = rng.pick(panelCodes);
      segs.push(`OBR|${k + 1}|${accession}-${k + 1}||${panel}^${PANELS[panel].name}|||${hl7Time(t)}`);
      for (const code of PANELS[panel].analytes) {
        const a = ANALYTES[code];
        const range = a.ranges ? `${a.ranges.any ? a.ranges.any[0] : a.ranges.F[0]}-${a.ranges.any ? a.ranges.any[1] : a.ranges.M[1]}` : '';
        segs.push(`OBX|${setId++}|${a.qualitative ? 'ST' : 'NM'}|${code}^${a.name}||${resultValue(rng, a)}|${a.unit}|${range}||||F`);
        observations++;
        if (rng.chance(0.3)) segs.push(`NTE|${setId}||${comment(rng, p, staff)}`);
      }
    }
    const line = segs.join('\r') + '\n';
    buf.push(line);
    bufLen += line.length;
    if (bufLen > 1 << 20) {
      fs.writeSync(fd, buf.join(''));
      buf = [];
      bufLen = 0;
    }
  }
  if (buf.length) fs.writeSync(fd, buf.join(''));
  fs.closeSync(fd);
  return { observations };
}

module.exports = { writeFeed, WARDS };
