'use strict';

const fs = require('fs');
const { once } = require('events');
const { WARDS } = require('./wards');
const { EventHeap } = require('./heap');

const HOUR = 3600000;
const NOT_ONWARD = new Set(['AMU', 'SAU', 'W30', 'W31']);

function hl7Time(ms) {
  const d = new Date(ms);
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}`;
}

function message(type, at, seq, stay, ward, bed) {
  const { patient } = stay;
  const ts = hl7Time(at);
  return `MSH|^~\\&|PAS|RDH|BEDCENSUS|RDH|${ts}||ADT^${type}|${seq}|P|2.4\r`
    + `EVN|${type}|${ts}\r`
    + `PID|1||${patient.mrn}^^^RDH^MR~${patient.nhs}^^^NHS^NH||${patient.family}^${patient.given}||${patient.dob}|${patient.sex}\r`
    + `PV1|1|I|${ward.code}^${bed}^1^RDH||||${stay.consultant}|||${ward.specialty}|||||||||${stay.episode}`;
}

// Simulates the patient administration system's ADT feed for a period: each
// stay is an admit (A01), optional transfers (A02) and a discharge (A03).
async function writeAdtFeed(file, rand, { start, days, admissionsPerDay }) {
  const out = fs.createWriteStream(file);
  const families = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright'];
  const givens = ['Olivia', 'George', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo'];
  const patients = [];
  for (let i = 0; i < 9000; i++) {
    patients.push({
      mrn: `RDH${String(500000 + i * 3).padStart(7, '0')}`,
      nhs: String(4000000000 + i * 7919),
      family: rand.pick(families),
      given: rand.pick(givens),
      dob: `19${rand.int(25, 99)}${String(rand.int(1, 12)).padStart(2, '0')}${String(rand.int(1, 28)).padStart(2, '0')}`,
      sex: rand.pick(['F', 'M']),
    });
  }
  const weights = WARDS.map((w) => w.beds / w.meanStayH);
  const totalWeight = weights.reduce((s, x) => s + x, 0);
  const onwardWards = WARDS.filter((w) => !NOT_ONWARD.has(w.code));
  const onwardWeights = onwardWards.map((w) => w.beds / w.meanStayH);
  const onwardTotal = onwardWeights.reduce((s, x) => s + x, 0);
  const pickOnward = () => {
    let r = rand.next() * onwardTotal;
    for (let i = 0; i < onwardWards.length; i++) {
      r -= onwardWeights[i];
      if (r <= 0) return onwardWards[i];
    }
    return onwardWards[onwardWards.length - 1];
  };
  // Admissions are generated day by day; transfers and discharges wait in a
  // heap until the feed reaches their time, so the feed is written in order
  // without holding the whole period in memory.
  const pending = new EventHeap();
  let episode = 0;
  let order = 0;
  let seq = 0;
  let batch = [];
  // Returns true when the stream wants the writer to wait for 'drain'.
  const emit = (e) => {
    seq += 1;
    batch.push(message(e.type, e.at, seq, e.stay, e.ward, e.bed));
    if (batch.length < 500) return false;
    const ok = out.write(`${batch.join('\n')}\n`);
    batch = [];
    return !ok;
  };
  for (let d = 0; d < days; d++) {
    const n = Math.round(admissionsPerDay * (0.85 + rand.next() * 0.3) * (new Date(start + d * 24 * HOUR).getUTCDay() % 6 === 0 ? 0.75 : 1));
    const admissionTimes = [];
    for (let k = 0; k < n; k++) admissionTimes.push(start + d * 24 * HOUR + Math.floor(rand.next() * 24 * HOUR));
    admissionTimes.sort((a, b) => a - b);
    for (const admittedAt of admissionTimes) {
      let r = rand.next() * totalWeight;
      let ward = WARDS[0];
      for (let w = 0; w < WARDS.length; w++) {
        r -= weights[w];
        if (r <= 0) {
          ward = WARDS[w];
          break;
        }
      }
      while (pending.size && pending.peek().at <= admittedAt) {
        if (emit(pending.pop())) await once(out, 'drain');
      }
      const stay = { patient: rand.pick(patients), consultant: `C${rand.int(1000, 1060)}`, episode: `E${++episode}` };
      if (emit({ at: admittedAt, type: 'A01', stay, ward, bed: rand.int(1, ward.beds) })) await once(out, 'drain');
      let at = admittedAt + Math.round(Math.max(2, -Math.log(1 - rand.next()) * ward.meanStayH) * HOUR);
      if ((ward.code === 'AMU' || ward.code === 'SAU') && rand.chance(0.5)) {
        const onward = pickOnward();
        pending.push({ at, order: order++, type: 'A02', stay, ward: onward, bed: rand.int(1, onward.beds) });
        at += Math.round(Math.max(4, -Math.log(1 - rand.next()) * onward.meanStayH) * HOUR);
        pending.push({ at, order: order++, type: 'A03', stay, ward: onward, bed: 0 });
      } else {
        pending.push({ at, order: order++, type: 'A03', stay, ward, bed: 0 });
      }
    }
  }
  while (pending.size) {
    if (emit(pending.pop())) await once(out, 'drain');
  }
  if (batch.length) out.write(`${batch.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
  return { messages: seq, episodes: episode };
}

module.exports = { writeAdtFeed };
