'use strict';

const crypto = require('crypto');
const fs = require('fs');
const { once } = require('events');
const { WARDS } = require('./wards');

// Pseudonymised stay extract for the commissioning team: NHS numbers are
// replaced with a keyed hash so stays of the same patient can still be linked.
class Pseudonymiser {
  constructor(key) {
    this.key = key;
    this.cache = new Map();
  }

  idFor(nhsNumber) {
    let id = this.cache.get(nhsNumber);
    if (id === undefined) {
      id = crypto.createHmac('sha256', this.key).update(nhsNumber).digest('base64url').slice(0, 22);
      this.cache.set(nhsNumber, id);
    }
    return id;
  }
}

function ageBand(dob, at) {
  const born = Date.UTC(Number(dob.slice(0, 4)), Number(dob.slice(4, 6)) - 1, Number(dob.slice(6, 8)));
  const age = Math.floor((at - born) / (365.25 * 24 * 3600000));
  if (age < 18) return '0-17';
  if (age < 65) return '18-64';
  if (age < 75) return '65-74';
  if (age < 85) return '75-84';
  return '85+';
}

async function writeExtract(file, stays, pseudonymiser) {
  const out = fs.createWriteStream(file);
  out.write('pseudo_id,age_band,sex,admitted,discharged,los_hours,pathway,readmission\n');
  let rows = 0;
  for (const stay of stays) {
    const pathway = stay.segments.map((s) => WARDS[s.ward].code).join('>');
    const row = `${pseudonymiser.idFor(stay.nhs)},${ageBand(stay.dob, stay.admittedAt)},${stay.sex},`
      + `${new Date(stay.admittedAt).toISOString()},${new Date(stay.dischargedAt).toISOString()},`
      + `${stay.losHours.toFixed(1)},${pathway},${stay.readmitted ? 1 : 0}\n`;
    rows += 1;
    if (!out.write(row)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

async function fileDigest(file) {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

module.exports = { Pseudonymiser, writeExtract, fileDigest };
