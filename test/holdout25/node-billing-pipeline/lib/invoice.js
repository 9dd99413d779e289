'use strict';

const fs = require('fs');
const path = require('path');
const { CLASSES } = require('./ledger');

function money(pence) {
  const fmt = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
  return fmt.format(pence / 100);
}

function invoiceLine(entry, timekeeperName) {
  const flags = entry.issues.length ? `  [${entry.issues.join('; ')}]` : '';
  return `${entry.date}  ${String(entry.line).padStart(6)}  ${timekeeperName.padEnd(16)}  ${entry.task}/${entry.activity}  ` +
    `${entry.hours.toFixed(1).padStart(4)} h  ${money(entry.net).padStart(12)}${flags}\n    ${entry.narrative}`;
}

function renderInvoice(inv, firm, number) {
  const names = new Map(firm.timekeepers.map((t) => [t.id, `${t.name} (${CLASSES[t.cls]})`.slice(0, 16)]));
  const matter = firm.matters.find((m) => m.id === inv.matterId);
  const out = [
    `INVOICE ${number}`,
    `Client: ${matter.client}    Matter: ${inv.matterId}    Period: June 2024`,
    '',
  ];
  const lines = inv.lines.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
  for (const entry of lines) out.push(invoiceLine(entry, names.get(entry.timekeeperId) || entry.timekeeperId));
  const net = inv.fees - inv.discount - inv.writeOff;
  out.push('', `Professional fees ${money(inv.fees)}  Discount ${money(-inv.discount)}  Written off ${money(-inv.writeOff)}`);
  out.push(`Net fees ${money(net)}  VAT ${money(inv.vat)}  Total due ${money(net + inv.vat)}`);
  out.push('', 'Fees by task:');
  for (const [task, amount] of Object.entries(inv.byTask).sort()) out.push(`  ${task}  ${money(amount)}`);
  return { text: out.join('\n') + '\n', total: net + inv.vat };
}

const LEDES_HEADER = 'LEDES1998B[]\nINVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|' +
  'BILLING_START_DATE|BILLING_END_DATE|LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|' +
  'LINE_ITEM_ADJUSTMENT_AMOUNT|LINE_ITEM_TOTAL|LINE_ITEM_DATE|LINE_ITEM_TASK_CODE|LINE_ITEM_ACTIVITY_CODE|' +
  'TIMEKEEPER_ID|LINE_ITEM_DESCRIPTION|LINE_ITEM_UNIT_COST|TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID[]';

function ledesExport(inv, matter, number, total) {
  const rows = [LEDES_HEADER];
  const amount = (p) => (p / 100).toFixed(2);
  for (const e of inv.lines) {
    if (!e.billable) continue;
    rows.push(['20240630', number, matter.client.replace(/[^A-Z]/g, ''), inv.matterId, amount(total), '20240601',
      '20240630', e.line, 'F', e.hours.toFixed(1), amount(-e.discount), amount(e.net), e.date.replace(/-/g, ''),
      e.task, e.activity, e.timekeeperId, e.narrative.replace(/\|/g, '/'), amount(e.rate), e.cls,
      matter.clientMatterRef].join('|') + '[]');
  }
  return rows.join('\n') + '\n';
}

function wipSummary(inv) {
  const net = inv.fees - inv.discount - inv.writeOff;
  return `${inv.matterId}  ${String(inv.lines.length).padStart(5)} entries  ${inv.hours.toFixed(1).padStart(7)} h  ` +
    `WIP ${money(net)}`;
}

function writeInvoices(dir, invoices, firm) {
  fs.mkdirSync(dir, { recursive: true });
  const matters = new Map(firm.matters.map((m) => [m.id, m]));
  let grand = 0;
  let n = 0;
  const carried = [];
  for (const inv of [...invoices.values()].sort((a, b) => a.matterId.localeCompare(b.matterId))) {
    const matter = matters.get(inv.matterId);
    if (matter.billing !== 'monthly') {
      carried.push(wipSummary(inv));
      continue;
    }
    n++;
    const number = `INV-2024-06-${String(n).padStart(4, '0')}`;
    const { text, total } = renderInvoice(inv, firm, number);
    fs.writeFileSync(path.join(dir, `${inv.matterId}.txt`), text);
    fs.writeFileSync(path.join(dir, `${inv.matterId}.ledes`), ledesExport(inv, matter, number, total));
    grand += total;
  }
  fs.writeFileSync(path.join(dir, 'wip-carried-forward.txt'), carried.join('\n') + '\n');
  return { count: n, carried: carried.length, grand, money: money(grand) };
}

module.exports = { writeInvoices, money };
