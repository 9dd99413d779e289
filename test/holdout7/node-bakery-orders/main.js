'use strict';

const crypto = require('crypto');
const { PRODUCTS, STORES, bySku } = require('./catalog');
const { priceLine, allergensFor } = require('./pricing');
const { MillClient } = require('./supplier');
const { renderOrder, money } = require('./receipt');

let seed = 20240611;
function rand() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

function generateOrders(n) {
  const orders = [];
  for (let i = 0; i < n; i++) {
    const lineCount = 2 + Math.floor(rand() * 6);
    const lines = [];
    for (let j = 0; j < lineCount; j++) {
      const p = PRODUCTS[Math.floor(rand() * PRODUCTS.length)];
      lines.push({ sku: p.sku, qty: 1 + Math.floor(rand() * 60) });
    }
    orders.push({ id: `BK-${100000 + i}`, store: STORES[i % STORES.length], day: Math.floor(rand() * 28), lines });
  }
  return orders;
}

function checksum(text) {
  return crypto.createHash('sha1').update(text).digest('hex').slice(0, 8);
}

function processOrder(raw) {
  const mill = new MillClient({ endpoint: 'https://orders.millhouse.example', apiKey: 'bk-live-7f1c' });
  let total = 0;
  let flour = 0;
  const lines = [];
  for (const rl of raw.lines) {
    const product = bySku(rl.sku);
    const price = priceLine(product, rl.qty, raw.day);
    total += price.total;
    flour += product.flourKg * rl.qty;
    lines.push({ name: product.name, qty: rl.qty, price, allergens: allergensFor(product) });
  }
  mill.reserveFlour(raw.store, flour, raw.day);
  const order = { id: raw.id, store: raw.store, day: raw.day, lines, total, flour };
  const text = renderOrder(order);
  return { order, text, sum: checksum(text), queued: mill.drain() };
}

function main() {
  const orders = generateOrders(Number(process.argv[2] || 11500));
  const perStore = new Map();
  let digest = '';
  let queued = 0;
  for (const raw of orders) {
    const r = processOrder(raw);
    queued += r.queued;
    digest = checksum(digest + r.sum);
    const s = perStore.get(r.order.store) || { revenue: 0, flour: 0, orders: 0 };
    s.revenue += r.order.total;
    s.flour += r.order.flour;
    s.orders++;
    perStore.set(r.order.store, s);
  }
  for (const [store, s] of perStore) {
    console.log(`${store.padEnd(12)} orders=${s.orders} revenue=${money(s.revenue)} flour=${s.flour.toFixed(1)}kg`);
  }
  console.log(`reservations=${queued} digest=${digest}`);
}

main();
