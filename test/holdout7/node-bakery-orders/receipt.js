'use strict';

function money(amount) {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(amount);
}

function renderOrder(order) {
  const lines = [`Order ${order.id} — ${order.store} — day ${order.day}`];
  for (const l of order.lines) {
    const tags = l.allergens.length ? ` [${l.allergens.join(',')}]` : '';
    lines.push(`  ${String(l.qty).padStart(3)} x ${l.name.padEnd(22)} ${l.price.unit.toFixed(2).padStart(7)} ${money(l.price.total).padStart(10)}${tags}`);
  }
  lines.push(`  total ${money(order.total)}`);
  return lines.join('\n');
}

module.exports = { renderOrder, money };
