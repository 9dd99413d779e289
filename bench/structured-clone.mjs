// `node bench/structured-clone.mjs`: is structuredClone(x) a faster deep copy than
// JSON.parse(JSON.stringify(x)) on this Node? libs/source's patch builder offers no
// serialization-overhead patch because on Node 20 it is not (see bench/README.md).
// The objects are shaped like the orders-api example's order (nested objects, an item array,
// strings and numbers only, so both copies give equal results), at three sizes.
import assert from 'node:assert/strict';

function order(items) {
  return {
    customerId: 'cus_abcdefghij',
    email: 'anna@example.org',
    currency: 'EUR',
    couponCode: 'SAVE-10',
    shipping: { name: 'Anna Müller', street: 'Hauptstraße 12', postcode: '10115', country: 'DE' },
    items: Array.from({ length: items }, (_, i) => ({
      sku: `ABC-${1000 + i}-X${i % 10}`,
      quantity: 1 + (i % 5),
      options: { color: 'navy', size: 'M', giftWrap: i % 3 === 0 },
      note: 'Happy birthday! Love from all of us',
      unitPrice: 12.5 + i,
      lineTotal: 37.5 + i,
    })),
    channel: { source: 'web', campaign: null },
    totals: { subtotal: 410.5, discount: 41.05, shipping: 4.9, vat: 70.2, total: 444.55, weightGrams: 5300 },
  };
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function nsPerOp(fn, value, ops) {
  for (let i = 0; i < ops / 4; i++) fn(value); // warm-up: let both reach optimised code
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < ops; i++) fn(value);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / ops);
  }
  return best;
}

const json = (x) => JSON.parse(JSON.stringify(x));
const clone = (x) => structuredClone(x);

console.log(`Node ${process.version}, best of ${RUNS}`);
console.log('items  JSON round trip  structuredClone  ratio (clone / JSON)');
for (const [items, ops] of [[5, 40000], [20, 20000], [100, 4000]]) {
  const value = order(items);
  assert.deepEqual(clone(value), json(value));
  const a = nsPerOp(json, value, ops);
  const b = nsPerOp(clone, value, ops);
  console.log(`${String(items).padStart(5)}  ${(a / 1000).toFixed(1).padStart(12)} µs  ${(b / 1000).toFixed(1).padStart(12)} µs  ${(b / a).toFixed(2).padStart(8)}`);
}
