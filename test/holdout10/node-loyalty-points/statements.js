'use strict';

// Fixed-width member statements. Layout lives in small templates so the
// print shop can tweak column widths without touching the code.

const WIDTH = 100;

const TEMPLATES = {
  title: '  {name|60}{period|>38}\n',
  meta: '  rules {version|12} tier {tier|10} lifetime {lifetime|>12} expired {expired|>10}\n',
  head: '  {day|10} {partner|18} {item|16} {amount|>10} {tier|8} {points|>10} {bonus|>8} {running|>12}\n',
  row: '  {day|10} {partner|18} {item|16} {amount|>10} {tier|8} {points|>10} {bonus|>8} {running|>12}\n',
  total: '  {label|70}{value|>26}\n',
};

function groupDigits(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function fill(template, values) {
  return template.replace(/\{(\w+)\|(>?)(\d+)\}/g, (_, key, right, w) => {
    const width = Number(w);
    let v = values[key];
    if (v === undefined || v === null || v === 0) v = '';
    else if (typeof v === 'number') v = Number.isInteger(v) ? groupDigits(v) : v.toFixed(2);
    else v = String(v);
    if (v.length > width) v = v.slice(0, width - 1) + '~';
    return right ? v.padStart(width) : v.padEnd(width);
  });
}

function renderStatement(account, period, rules, tier) {
  const balance = account.lots.reduce((a, l) => a + l.points, 0);
  let out = '='.repeat(WIDTH) + '\n';
  out += fill(TEMPLATES.title, { name: `${account.name} (${account.id})`, period: `period ${period}` });
  out += fill(TEMPLATES.meta, { version: rules.version, tier, lifetime: account.lifetime, expired: account.expired });
  out += '-'.repeat(WIDTH) + '\n';
  out += fill(TEMPLATES.head, { day: 'date', partner: 'partner', item: 'item', amount: 'spend', tier: 'tier', points: 'points', bonus: 'bonus', running: 'running' });
  let running = 0;
  for (const e of account.entries) {
    running += e.points + e.bonus;
    out += fill(TEMPLATES.row, { day: e.day, partner: e.partner, item: e.item, amount: e.amount, tier: e.tier, points: e.points, bonus: e.bonus, running });
  }
  out += '-'.repeat(WIDTH) + '\n';
  out += fill(TEMPLATES.total, { label: 'available balance', value: balance });
  out += fill(TEMPLATES.total, { label: 'earned this period', value: account.accrued });
  return out;
}

module.exports = { renderStatement };
