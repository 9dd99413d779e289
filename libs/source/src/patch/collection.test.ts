import { describe, expect, it } from 'vitest';
import { patchAt, runCommonJs } from '../../../../test/support/patch-apply';

const CATEGORY = 'quadratic-collection-scan';
const reason = (r: object) => ('reason' in r ? String(r.reason) : '');
const description = (r: object) => ('description' in r ? String(r.description) : '');

describe('quadratic-collection-scan', () => {
  it('turns includes over a module-level array into a module-level Set, with the same results', async () => {
    const text = `'use strict';
const BLOCKED = ['casino', 'lottery', 'bitcoin', 'loan'];

function clean(words) {
  const out = [];
  for (const w of words) {
    if (!BLOCKED.includes(w)) out.push(w);
  }
  return out;
}
module.exports = { clean };
`;
    const { result, after } = await patchAt(text, 'BLOCKED.includes', CATEGORY);
    expect(reason(result)).toBe('');
    expect(after).toContain('const BLOCKEDSet = new Set(BLOCKED);');
    expect(after).toContain('if (!BLOCKEDSet.has(w)) out.push(w);');
    const words = ['a', 'loan', 'b', 'casino', 'c', 'lottery'];
    expect(runCommonJs(after!).clean(words)).toEqual(runCommonJs(text).clean(words));
  });

  it('turns indexOf(x) !== -1 and === -1 into has / !has, and builds the Set before the loop when the array is local', async () => {
    const text = `function split(ids, wanted) {
  const keep = [];
  const drop = [];
  const allowed = wanted.map((w) => w.id);
  for (let i = 0; i < ids.length; i++) {
    if (allowed.indexOf(ids[i]) !== -1) keep.push(ids[i]);
    if (allowed.indexOf(ids[i]) === -1) drop.push(ids[i]);
  }
  return { keep, drop };
}
module.exports = { split };
`;
    const first = await patchAt(text, 'allowed.indexOf', CATEGORY);
    expect(reason(first.result)).toBe('');
    expect(first.after).toContain('  const allowedSet = new Set(allowed);\n  for (let i = 0;');
    expect(first.after).toContain('if (allowedSet.has(ids[i])) keep.push(ids[i]);');
    const second = await patchAt(text, 'allowed.indexOf', CATEGORY, { nth: 2 });
    expect(second.after).toContain('if (!allowedSet.has(ids[i])) drop.push(ids[i]);');
    const args = [[1, 2, 3, 4, 5], [{ id: 2 }, { id: 4 }]];
    expect(runCommonJs(second.after!).split(...args)).toEqual(runCommonJs(text).split(...args));
  });

  it('builds the Set in the caller and passes it in when the array is a parameter of a function called per item', async () => {
    const text = `'use strict';
function buildInvoice(customer, discontinued) {
  let skipped = 0;
  for (const row of customer.lines) {
    if (discontinued.includes(row.sku)) skipped += 1;
  }
  return skipped;
}

function runBatch({ customers, discontinued }) {
  return customers.map((c) => buildInvoice(c, discontinued));
}
module.exports = { runBatch };
`;
    const { result, after } = await patchAt(text, 'discontinued.includes', CATEGORY);
    expect(reason(result)).toBe('');
    expect(after).toContain('function buildInvoice(customer, discontinued, discontinuedSet) {');
    expect(after).toContain('  const discontinuedSet = Array.isArray(discontinued) ? new Set(discontinued) : undefined;\n  return customers.map(');
    expect(after).toContain('buildInvoice(c, discontinued, discontinuedSet)');
    expect(description(result)).toMatch(/once in runBatch/);
    const data = { discontinued: ['A', 'C'], customers: [{ lines: [{ sku: 'A' }, { sku: 'B' }] }, { lines: [{ sku: 'C' }, { sku: 'C' }, { sku: 'D' }] }] };
    expect(runCommonJs(after!).runBatch(data)).toEqual(runCommonJs(text).runBatch(data));
    // Guarded: a string "collection" still means substring search, as before.
    const strings = { discontinued: 'ABC', customers: [{ lines: [{ sku: 'AB' }, { sku: 'X' }] }] };
    expect(runCommonJs(after!).runBatch(strings)).toEqual(runCommonJs(text).runBatch(strings));
  });

  it('turns find by one property into a Map where the first element with a key wins', async () => {
    const text = `function price(lines, catalog) {
  let total = 0;
  for (const line of lines) {
    const product = catalog.find((p) => p.sku === line.sku);
    total += product ? product.price * line.qty : 0;
  }
  return total;
}
module.exports = { price };
`;
    const { result, after } = await patchAt(text, 'catalog.find', CATEGORY);
    expect(reason(result)).toBe('');
    expect(after).toContain('const catalogBySku = new Map(catalog.map((e) => [e.sku, e]).reverse());');
    expect(after).toContain('const product = catalogBySku.get(line.sku);');
    const catalog = [{ sku: 'a', price: 1 }, { sku: 'b', price: 2 }, { sku: 'a', price: 100 }];
    const lines = [{ sku: 'a', qty: 2 }, { sku: 'b', qty: 1 }, { sku: 'z', qty: 5 }];
    expect(runCommonJs(after!).price(lines, catalog)).toBe(runCommonJs(text).price(lines, catalog));
  });

  it('keeps the TypeScript types: `as const` tuples for the Map', async () => {
    const text = `export function price(lines: { sku: string; qty: number }[], catalog: { sku: string; price: number }[]): number {
  let total = 0;
  for (const line of lines) total += (catalog.find((p) => p.sku === line.sku)?.price ?? 0) * line.qty;
  return total;
}
`;
    const { result, after } = await patchAt(text, 'catalog.find', CATEGORY, { file: 'src/price.ts', language: 'typescript' });
    expect(reason(result)).toBe('');
    expect(after).toContain('new Map(catalog.map((e) => [e.sku, e] as const).reverse())');
  });

  it('refuses when the array changes inside the loop', async () => {
    const text = `function dedupe(items) {
  const seen = [];
  for (const item of items) {
    if (!seen.includes(item)) seen.push(item);
  }
  return seen;
}
`;
    const { result } = await patchAt(text, 'seen.includes', CATEGORY);
    expect(reason(result)).toMatch(/seen\.push/);
  });

  it('refuses when the array differs per iteration', async () => {
    const text = `function f(groups, x) {
  for (const g of groups) {
    if (g.members.includes(x)) return g;
  }
}
`;
    const { result } = await patchAt(text, 'g.members.includes', CATEGORY);
    expect(reason(result)).toMatch(/`g` is the loop variable/);
  });

  it('refuses includes with a start index, and indexOf whose position is used', async () => {
    const a = await patchAt(`function f(xs, ys) {\n  for (const y of ys) if (xs.includes(y, 2)) return y;\n}\n`, 'xs.includes', CATEGORY);
    expect(reason(a.result)).toMatch(/2 arguments/);
    const b = await patchAt(`function f(xs, ys) {\n  const at = [];\n  for (const y of ys) at.push(xs.indexOf(y));\n  return at;\n}\n`, 'xs.indexOf', CATEGORY);
    expect(reason(b.result)).toMatch(/used as a position/);
  });

  it('refuses a find whose predicate is not a single key comparison', async () => {
    const text = `function f(lines, catalog) {
  for (const l of lines) {
    const p = catalog.find((p) => p.sku === l.sku && p.active);
    if (p) return p;
  }
}
`;
    const { result } = await patchAt(text, 'catalog.find', CATEGORY);
    expect(reason(result)).toMatch(/not an equality test/);
  });
});
