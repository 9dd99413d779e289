'use strict';

// Seed data for a multi-site outpatient clinic group.

const SITES = [
  { code: 'NORTH', name: 'North Campus', tz: 'Europe/Dublin', locale: 'en-IE' },
  { code: 'DOCKS', name: 'Docklands Clinic', tz: 'Europe/Dublin', locale: 'en-IE' },
  { code: 'LYON', name: 'Clinique Part-Dieu', tz: 'Europe/Paris', locale: 'fr-FR' },
  { code: 'PORTO', name: 'Clínica Boavista', tz: 'Europe/Lisbon', locale: 'pt-PT' },
];

const SPECIALTIES = [
  { code: 'gp', slot: 10 }, { code: 'derm', slot: 20 }, { code: 'cardio', slot: 30 },
  { code: 'physio', slot: 30 }, { code: 'ent', slot: 15 }, { code: 'ortho', slot: 20 },
  { code: 'paeds', slot: 15 }, { code: 'ophth', slot: 15 },
];

const SESSIONS = [
  [{ start: 8 * 60, end: 12 * 60 }, { start: 13 * 60, end: 17 * 60 }],
  [{ start: 9 * 60, end: 13 * 60 }],
  [{ start: 12 * 60, end: 19 * 60 + 30 }],
  [{ start: 7 * 60 + 30, end: 11 * 60 + 30 }, { start: 14 * 60, end: 18 * 60 }],
];

function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

function seedClinic({ clinicians: nClin, patients: nPat, days, start, seed }) {
  const r = rng(seed);
  const clinicians = [];
  for (let i = 0; i < nClin; i++) {
    const spec = SPECIALTIES[i % SPECIALTIES.length];
    const site = SITES[Math.floor(r() * SITES.length)];
    const week = [];
    for (let d = 0; d < 7; d++) week.push(d === 0 || (d === 6 && r() < 0.7) ? [] : SESSIONS[Math.floor(r() * SESSIONS.length)]);
    clinicians.push({ id: 'CL' + String(i + 1).padStart(3, '0'), name: `Dr ${['Walsh', 'Moreau', 'Costa', 'Byrne', 'Lefevre', 'Sousa', 'Kelly', 'Martin'][i % 8]} ${String.fromCharCode(65 + (i % 26))}.`, specialty: spec.code, slotMinutes: spec.slot, site: site.code, week });
  }
  const patients = [];
  for (let i = 0; i < nPat; i++) {
    patients.push({ id: 'P' + String(500000 + i), name: `Patient ${i}`, born: 1940 + Math.floor(r() * 80), site: SITES[Math.floor(r() * SITES.length)].code, locale: r() < 0.6 ? 'en-IE' : r() < 0.5 ? 'fr-FR' : 'pt-PT' });
  }
  const appointments = [];
  for (const c of clinicians) {
    for (let d = 0; d < days; d++) {
      const day = new Date(start + d * 86400000);
      for (const s of c.week[day.getUTCDay()]) {
        for (let m = s.start; m + c.slotMinutes <= s.end; m += c.slotMinutes) {
          if (r() < 0.55) {
            const startMs = day.getTime() + m * 60000;
            appointments.push({ clinician: c.id, patient: patients[Math.floor(r() * patients.length)].id, start: startMs, end: startMs + c.slotMinutes * 60000, reason: 'follow-up' });
          }
        }
      }
    }
  }
  return { sites: SITES, specialties: SPECIALTIES, clinicians, patients, appointments };
}

module.exports = { seedClinic, SITES, SPECIALTIES };
