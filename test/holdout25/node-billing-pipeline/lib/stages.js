'use strict';

const { TASKS, ACTIVITIES } = require('./ledger');

const TASK_SET = new Set(TASKS);
const ACTIVITY_SET = new Set(ACTIVITIES);
const BLOCK_BILLING = /;\s+\w/;
const VAGUE_NARRATIVE = /\b(attention to (file|matter)|work on (file|matter)|review (of )?file|general advice)\b/i;

function parseEntry(line) {
  const f = line.split('|');
  if (f.length < 9) return null;
  return {
    line: Number(f[1]),
    matterId: f[2],
    date: `${f[3].slice(0, 4)}-${f[3].slice(4, 6)}-${f[3].slice(6, 8)}`,
    timekeeperId: f[4],
    task: f[5],
    activity: f[6],
    hours: Number(f[7]),
    narrative: f[8].replace(/\[\]$/, ''),
  };
}

function createValidator(firm, log) {
  const timekeepers = new Map(firm.timekeepers.map((t) => [t.id, t]));
  const matters = new Map(firm.matters.map((m) => [m.id, m]));
  const dayHours = new Map();
  const seen = new Map();
  return function validateEntry(entry) {
    const issues = [];
    const tk = timekeepers.get(entry.timekeeperId);
    const matter = matters.get(entry.matterId);
    if (!tk) issues.push('unknown timekeeper');
    if (!matter) issues.push('unknown matter');
    if (!TASK_SET.has(entry.task)) issues.push(`task code ${entry.task} not in UTBMS litigation set`);
    if (!ACTIVITY_SET.has(entry.activity)) issues.push(`activity code ${entry.activity} invalid`);
    if (!(entry.hours > 0) || Math.round(entry.hours * 10) !== entry.hours * 10) issues.push('hours not in 0.1 units');
    if (BLOCK_BILLING.test(entry.narrative)) issues.push('block billing');
    if (entry.narrative.length < 20 || VAGUE_NARRATIVE.test(entry.narrative)) issues.push('narrative too vague');
    const dupKey = `${entry.timekeeperId}|${entry.date}|${entry.matterId}|${entry.narrative}`;
    if (seen.has(dupKey)) issues.push(`possible duplicate of line ${seen.get(dupKey)}`);
    else seen.set(dupKey, entry.line);
    const key = `${entry.timekeeperId}/${entry.date}`;
    const total = (dayHours.get(key) || 0) + entry.hours;
    dayHours.set(key, total);
    if (matter && total > matter.capHoursPerDay) issues.push(`over ${matter.capHoursPerDay}h in a day`);
    log.debug('validated time entry', { line: entry.line, matter: entry.matterId, timekeeper: entry.timekeeperId, issues });
    return { ...entry, cls: tk ? tk.cls : null, issues, billable: issues.every((i) => i === 'block billing') };
  };
}

function createPricer(firm) {
  const matters = new Map(firm.matters.map((m) => [m.id, m]));
  return function priceEntry(entry) {
    const matter = matters.get(entry.matterId);
    const rate = firm.rateCard[entry.cls] || 0;
    const gross = Math.round(entry.hours * rate);
    const discount = matter ? Math.round(gross * matter.discount) : 0;
    const writeOff = entry.billable ? 0 : gross - discount;
    const net = gross - discount - writeOff;
    const vat = matter ? Math.round(net * matter.vat) : 0;
    return { ...entry, rate, gross, discount, writeOff, net, vat };
  };
}

function createAggregator() {
  const invoices = new Map();
  function aggregate(entry) {
    let inv = invoices.get(entry.matterId);
    if (!inv) {
      inv = { matterId: entry.matterId, lines: [], fees: 0, discount: 0, writeOff: 0, vat: 0, hours: 0, byTask: {} };
      invoices.set(entry.matterId, inv);
    }
    inv.lines.push(entry);
    inv.fees += entry.gross;
    inv.discount += entry.discount;
    inv.writeOff += entry.writeOff;
    inv.vat += entry.vat;
    inv.hours += entry.hours;
    inv.byTask[entry.task] = (inv.byTask[entry.task] || 0) + entry.net;
    return null;
  }
  return { aggregate, invoices };
}

module.exports = { parseEntry, createValidator, createPricer, createAggregator };
