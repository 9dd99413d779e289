'use strict';

const fs = require('fs');

// Timekeepers, matters and a LEDES-style time-entry export as a practice management system writes it.
const CLASSES = { PT: 'Partner', SA: 'Senior Associate', AS: 'Associate', TR: 'Trainee', PL: 'Paralegal' };
const TASKS = ['L110', 'L120', 'L130', 'L140', 'L160', 'L190', 'L210', 'L230', 'L240', 'L250', 'L310', 'L320',
  'L330', 'L350', 'L410', 'L430', 'L440', 'L450'];
const ACTIVITIES = ['A101', 'A102', 'A103', 'A104', 'A105', 'A106', 'A107', 'A108', 'A109', 'A110'];
const NARRATIVES = [
  'Review and annotate disclosure bundle re dismissal chronology',
  'Draft witness statement of HR director; revise following comments',
  'Telephone conference with client re settlement parameters',
  'Research on TUPE transfer and consultation obligations',
  'Prepare schedule of loss and update remedy calculations',
  'Attend preliminary hearing (case management) and report to client',
  'Correspondence with counsel re skeleton argument',
  'Review employment contract and restrictive covenants',
  'Prepare list of issues and draft agreed chronology',
  'Negotiate COT3 terms with ACAS conciliator',
];
const CLIENTS = ['Fenwick Retail Group', 'Quayside Logistics', 'Orchard Software', 'Bramble Health Trust',
  'Stanton Insurance', 'Marlow Analytics', 'Civic Housing Association', 'Northgate Recruitment'];

function buildFirm(rng) {
  const timekeepers = [];
  const classIds = Object.keys(CLASSES);
  for (let i = 0; i < 420; i++) {
    timekeepers.push({ id: `TK${100 + i}`, name: `Fee earner ${100 + i}`, cls: classIds[i % classIds.length] });
  }
  const matters = [];
  for (let i = 0; i < 220; i++) {
    matters.push({
      id: `MAT-${5000 + i}`,
      client: rng.pick(CLIENTS),
      discount: rng.pick([0, 0, 0.05, 0.1, 0.125]),
      capHoursPerDay: rng.pick([8, 10, 12]),
      vat: rng.next() < 0.8 ? 0.2 : 0,
      billing: rng.next() < 0.55 ? 'monthly' : 'on-completion',
      clientMatterRef: `CL-${rng.int(10000, 99999)}`,
    });
  }
  const rateCard = {
    PT: 52500, SA: 39500, AS: 29500, TR: 16500, PL: 13500, // pence per hour
  };
  return { timekeepers, matters, rateCard };
}

function writeExport(file, rng, firm, count) {
  const header = 'INVOICE_DATE|LINE_ITEM_NUMBER|LAW_FIRM_MATTER_ID|LINE_ITEM_DATE|TIMEKEEPER_ID|' +
    'LINE_ITEM_TASK_CODE|LINE_ITEM_ACTIVITY_CODE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_DESCRIPTION[]';
  const lines = [header];
  for (let i = 0; i < count; i++) {
    const m = rng.pick(firm.matters);
    const tk = rng.pick(firm.timekeepers);
    const day = rng.int(1, 30);
    const units = (rng.int(1, 20) / 10).toFixed(1);
    let narrative = rng.pick(NARRATIVES);
    if (rng.next() < 0.15) narrative += `; ${rng.pick(NARRATIVES).toLowerCase()}`;
    lines.push(`20240630|${i + 1}|${m.id}|202406${String(day).padStart(2, '0')}|${tk.id}|${rng.pick(TASKS)}|` +
      `${rng.pick(ACTIVITIES)}|${units}|${narrative}[]`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

module.exports = { CLASSES, TASKS, ACTIVITIES, buildFirm, writeExport };
