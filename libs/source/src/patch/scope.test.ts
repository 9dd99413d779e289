import { describe, expect, it } from 'vitest';
import { patchAt, runCommonJs } from '../../../../test/support/patch-apply';

const reason = (r: object) => ('reason' in r ? String(r.reason) : '');

// Cases where the place a value moves to, or its name, could change what the code means.
describe('where hoisted code goes, and under which name', () => {
  it('picks a fresh name when the declared one is taken at module scope', async () => {
    const text = `const client = 'module-level';
function handle() {
  const client = new ApiClient({ base: 'https://api' });
  return client.get();
}
module.exports = { handle, client };
`;
    const { result, after } = await patchAt(text, 'new ApiClient', 'client-construction-in-hot-path');
    expect(reason(result)).toBe('');
    expect(after).toContain("const apiClientForHandle = new ApiClient({ base: 'https://api' });");
    expect(after).toContain('  const client = apiClientForHandle;');
  });

  it('builds lazily when top-level code calls the function before the hoisted declaration could run', async () => {
    const text = `const { Client } = require('./client');
const greeting = warmUp();
function warmUp() {
  const c = new Client({ host: 'db.internal' });
  return c.ping();
}
module.exports = { warmUp, greeting };
`;
    const { result, after } = await patchAt(text, 'new Client', 'client-construction-in-hot-path');
    expect(reason(result)).toBe('');
    expect(after).toMatch(/function getClient\(\) \{\n {2}client \?\?= new Client\(\{ host: 'db.internal' \}\);/);
    let built = 0;
    class Client {
      constructor(readonly o: { host: string }) {
        built++;
      }
      ping() {
        return this.o.host;
      }
    }
    const mod = runCommonJs(after!, { './client': { Client } });
    expect(mod.greeting).toBe('db.internal');
    mod.warmUp();
    expect(built).toBe(1);
  });

  it('puts the declaration after what it reads when that is declared below the function', async () => {
    const text = `const { Client } = require('./client');
function warmUp() {
  const c = new Client({ host: HOST });
  return c.ping();
}
const HOST = 'db.internal';
const greeting = warmUp();
module.exports = { warmUp, greeting };
`;
    const { result, after } = await patchAt(text, 'new Client', 'client-construction-in-hot-path');
    expect(reason(result)).toBe('');
    expect(after).toContain("const HOST = 'db.internal';\n\nconst c = new Client({ host: HOST });\nconst greeting = warmUp();");
    class Client {
      constructor(readonly o: { host: string }) {}
      ping() {
        return this.o.host;
      }
    }
    expect(runCommonJs(after!, { './client': { Client } }).greeting).toBe('db.internal');
  });

  it('refuses a client whose argument is assigned inside the loop, naming the line', async () => {
    const text = `function run(jobs) {
  let region = 'eu';
  for (const job of jobs) {
    region = job.region || region;
    const q = new QueueClient({ region });
    q.push(job);
  }
}
`;
    const { result } = await patchAt(text, 'new QueueClient', 'client-construction-in-hot-path');
    expect(reason(result)).toMatch(/`region` is assigned inside the for…of loop at line 3 \(line 4\)/);
  });

  it('does not move to module scope what reads a module variable reassigned in a function', async () => {
    const text = `let locale = 'en-US';
function setLocale(l) {
  locale = l;
}
function price(n) {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(n);
}
module.exports = { setLocale, price };
`;
    const { result, after } = await patchAt(text, 'new Intl.NumberFormat', 'locale-formatter-construction');
    expect(reason(result)).toBe('');
    expect(after).toContain('return numberFormatForPrice(locale).format(n);');
    const before = runCommonJs(text);
    const patched = runCommonJs(after!);
    expect(patched.price(5)).toBe(before.price(5));
    patched.setLocale('de-DE');
    before.setLocale('de-DE');
    expect(patched.price(5)).toBe(before.price(5));
  });

  it('hoists before the outer loop when the array is invariant in both loops', async () => {
    const text = `function count(matrix, allowed) {
  let n = 0;
  for (const row of matrix) {
    for (const cell of row) {
      if (allowed.includes(cell)) n++;
    }
  }
  return n;
}
module.exports = { count };
`;
    const { result, after } = await patchAt(text, 'allowed.includes', 'quadratic-collection-scan');
    expect(reason(result)).toBe('');
    expect(after).toMatch(/let n = 0;\n {2}const allowedSet = Array\.isArray\(allowed\) \? new Set\(allowed\) : undefined;\n {2}for \(const row of matrix\)/);
    const m = [[1, 2], [3, 4, 5]];
    expect(runCommonJs(after!).count(m, [2, 5])).toBe(2);
  });

  it('patches a TSX component: the formatter goes to module scope', async () => {
    const text = `import React from 'react';

export function Price({ value }: { value: number }) {
  const fmt = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  return <span className="price">{fmt.format(value)}</span>;
}
`;
    const { result, after } = await patchAt(text, 'new Intl.NumberFormat', 'locale-formatter-construction', { file: 'src/Price.tsx', language: 'tsx' });
    expect(reason(result)).toBe('');
    expect(after).toContain("const fmt = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });\n\nexport function Price");
  });

  it('refuses when there is no statement to build the Set in (an arrow with an expression body)', async () => {
    const text = `const keep = (xs, allowed) => xs.filter((x) => allowed.includes(x));\n`;
    const { result } = await patchAt(text, 'allowed.includes', 'quadratic-collection-scan');
    expect(reason(result)).toMatch(/no statement before/);
  });
});
