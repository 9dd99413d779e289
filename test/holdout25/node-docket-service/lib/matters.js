'use strict';

const fs = require('fs');
const path = require('path');

const COURTS = [
  { id: 'ldn-cc', name: 'Central London County Court', tz: 'Europe/London' },
  { id: 'mcr-cc', name: 'Manchester Civil Justice Centre', tz: 'Europe/London' },
  { id: 'edi-cs', name: 'Court of Session, Edinburgh', tz: 'Europe/London' },
  { id: 'dub-hc', name: 'High Court of Ireland', tz: 'Europe/Dublin' },
  { id: 'nyc-sd', name: 'S.D.N.Y.', tz: 'America/New_York' },
  { id: 'chi-nd', name: 'N.D. Ill.', tz: 'America/Chicago' },
  { id: 'sfo-nd', name: 'N.D. Cal.', tz: 'America/Los_Angeles' },
  { id: 'syd-fc', name: 'Federal Court of Australia (NSW)', tz: 'Australia/Sydney' },
  { id: 'sgp-hc', name: 'Singapore High Court', tz: 'Asia/Singapore' },
  { id: 'fra-lg', name: 'Landgericht Frankfurt', tz: 'Europe/Berlin' },
];

const ENTRY_TYPES = ['claim', 'defence', 'reply', 'witness-statement', 'expert-report',
  'disclosure-list', 'application', 'order', 'hearing', 'skeleton-argument', 'consent-order'];
const PARTIES = ['Claimant', 'Defendant', 'Third Party', 'Intervener', 'Court'];
const SURNAMES = ['Okafor', 'Lindqvist', 'Marchetti', 'Havel', 'Nakamura', 'Brennan', 'Adeyemi',
  'Castellanos', 'Whitcombe', 'Rosenthal', 'Petrov', 'Achterberg', 'Delacroix', 'Mbeki'];
const DAY_MS = 86400000;
const BASE = Date.UTC(2023, 0, 2, 9, 0, 0);

function generateHolidays(rng) {
  const days = [];
  for (let y = 2023; y <= 2032; y++) {
    for (let k = 0; k < 11; k++) {
      const m = rng.int(0, 11);
      const d = rng.int(1, 28);
      days.push(`${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
  }
  return days.sort();
}

// Court rule books are kept as one JSON file per court, as the rules team edits them.
function writeCourtRules(dir, rng) {
  fs.mkdirSync(dir, { recursive: true });
  for (const court of COURTS) {
    const rules = {
      court: court.id,
      name: court.name,
      timeZone: court.tz,
      filingCutoffHour: rng.int(16, 18),
      responseDays: {
        claim: 28, defence: 14, reply: 14, application: 7, 'disclosure-list': 21,
        'witness-statement': 14, 'expert-report': 28, order: 7, 'consent-order': 7,
        hearing: 0, 'skeleton-argument': 2,
      },
      serviceDays: rng.int(1, 3),
      holidays: generateHolidays(rng),
      localRules: Array.from({ length: 320 }, (_, i) => ({
        rule: `LR ${rng.int(1, 99)}.${i + 1}`,
        text: `Documents of type ${rng.pick(ENTRY_TYPES)} shall be lodged electronically no later than ` +
          `${rng.int(1, 10)} clear days before the listed hearing unless the court orders otherwise.`,
      })),
    };
    fs.writeFileSync(path.join(dir, `${court.id}.json`), JSON.stringify(rules, null, 2));
  }
}

function generateMatters(rng, count) {
  const matters = new Map();
  for (let i = 0; i < count; i++) {
    const court = rng.pick(COURTS);
    const id = `M${String(10000 + i)}`;
    const opened = BASE + rng.int(0, 900) * DAY_MS;
    const entries = [];
    let t = opened;
    const n = rng.int(20, 60);
    for (let s = 1; s <= n; s++) {
      t += rng.int(0, 9) * DAY_MS + rng.int(0, 8) * 3600000;
      const type = s === 1 ? 'claim' : rng.pick(ENTRY_TYPES);
      entries.push({
        seq: s,
        type,
        party: rng.pick(PARTIES),
        filedAt: t,
        hearingAt: type === 'hearing' ? t + rng.int(14, 90) * DAY_MS : null,
        description: `${type.replace('-', ' ')} filed on behalf of ${rng.pick(SURNAMES)}`,
        pages: rng.int(1, 240),
      });
    }
    matters.set(id, {
      id,
      title: `${rng.pick(SURNAMES)} v ${rng.pick(SURNAMES)} ${rng.pick(['Ltd', 'LLP', 'plc', 'Holdings'])}`,
      courtId: court.id,
      opened,
      entries,
    });
  }
  return matters;
}

class DocketStore {
  constructor(matters) {
    this.matters = matters;
    this.hearingsByCourt = new Map();
    for (const m of matters.values()) {
      for (const e of m.entries) {
        if (!e.hearingAt) continue;
        if (!this.hearingsByCourt.has(m.courtId)) this.hearingsByCourt.set(m.courtId, []);
        this.hearingsByCourt.get(m.courtId).push({ matterId: m.id, title: m.title, entry: e });
      }
    }
    for (const list of this.hearingsByCourt.values()) {
      list.sort((a, b) => a.entry.hearingAt - b.entry.hearingAt);
    }
  }

  get(id) {
    return this.matters.get(id);
  }

  hearingsBetween(courtId, from, to) {
    const list = this.hearingsByCourt.get(courtId) || [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].entry.hearingAt < from) lo = mid + 1; else hi = mid;
    }
    const out = [];
    for (let i = lo; i < list.length && list[i].entry.hearingAt < to; i++) out.push(list[i]);
    return out;
  }

  addFiling(matter, filing) {
    const entry = { seq: matter.entries.length + 1, ...filing, hearingAt: null };
    matter.entries.push(entry);
    return entry;
  }
}

module.exports = { COURTS, ENTRY_TYPES, DAY_MS, BASE, writeCourtRules, generateMatters, DocketStore };
