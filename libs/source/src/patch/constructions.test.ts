import { describe, expect, it } from 'vitest';
import { gitApply, patchAt, runCommonJs } from '../../../../test/support/patch-apply';

const reason = (r: { patch?: string; reason?: string } | object) => ('reason' in r ? String(r.reason) : '');

describe('client-construction-in-hot-path', () => {
  const orders = `'use strict';
const { InventoryClient } = require('./inventory-client');
const { INVENTORY_CONFIG } = require('./catalog');

let built = 0;

function createOrder(ctx) {
  const inventory = new InventoryClient(INVENTORY_CONFIG);
  return inventory.reserve(ctx.items);
}

module.exports = { createOrder };
`;

  it('moves a client built from module constants to module scope, and the handler then builds it once', async () => {
    const { result, after } = await patchAt(orders, 'new InventoryClient', 'client-construction-in-hot-path');
    expect(reason(result)).toBe('');
    expect(after).toContain('const inventory = new InventoryClient(INVENTORY_CONFIG);\n\nfunction createOrder(ctx) {');
    expect(after).not.toMatch(/function createOrder\(ctx\) \{\n\s+const inventory/);
    let constructed = 0;
    class InventoryClient {
      constructor(readonly config: unknown) {
        constructed++;
      }
      reserve(items: string[]) {
        return { items, config: this.config };
      }
    }
    const mod = runCommonJs(after!, { './inventory-client': { InventoryClient }, './catalog': { INVENTORY_CONFIG: { endpoint: 'x' } } });
    for (let i = 0; i < 5; i++) expect(mod.createOrder({ items: [String(i)] })).toEqual({ items: [String(i)], config: { endpoint: 'x' } });
    expect(constructed).toBe(1);
  });

  it('builds a client configured from process.env lazily, on first use', async () => {
    const text = `const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');

async function handler(event) {
  const s3 = new S3Client({ region: process.env.AWS_REGION });
  return s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: event.key }));
}

module.exports = { handler };
`;
    const { result, after } = await patchAt(text, 'new S3Client', 'client-construction-in-hot-path');
    expect(reason(result)).toBe('');
    expect(after).toMatch(/let s3Client;\n/);
    expect(after).toContain('s3Client ??= new S3Client({ region: process.env.AWS_REGION });');
    expect(after).toContain('const s3 = getS3Client();');
    const regions: unknown[] = [];
    class S3Client {
      constructor(c: { region: string }) {
        regions.push(c.region);
      }
      send(x: unknown) {
        return x;
      }
    }
    class GetObjectCommand {
      constructor(readonly input: unknown) {}
    }
    const mod = runCommonJs(after!, { '@aws-sdk/client-s3': { S3Client, GetObjectCommand } });
    const saved = process.env.AWS_REGION;
    process.env.AWS_REGION = 'eu-north-1'; // set after the module loaded: a lazy client sees it
    try {
      await mod.handler({ bucket: 'b', key: 'k1' });
      await mod.handler({ bucket: 'b', key: 'k2' });
    } finally {
      if (saved === undefined) delete process.env.AWS_REGION;
      else process.env.AWS_REGION = saved;
    }
    expect(regions).toEqual(['eu-north-1']);
  });

  it('hoists a client that depends on a parameter out of the loop only, before the loop', async () => {
    const text = `const { Pool } = require('pg');

async function copyAll(connectionString, rows) {
  for (const row of rows) {
    const pool = new Pool({ connectionString, max: 2 });
    await pool.query('insert into t values ($1)', [row]);
  }
}
module.exports = { copyAll };
`;
    const { result, after } = await patchAt(text, 'new Pool', 'client-construction-in-hot-path');
    expect(reason(result)).toBe('');
    expect(after).toContain(`async function copyAll(connectionString, rows) {
  const pool = new Pool({ connectionString, max: 2 });
  for (const row of rows) {
    await pool.query`);
    expect((result as { description: string }).description).toMatch(/`connectionString` is a parameter of copyAll/);
  });

  it('patches TypeScript ES modules', async () => {
    const text = `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEvent } from 'aws-lambda';

const TABLE = 'orders';

export async function handler(event: APIGatewayProxyEvent): Promise<unknown> {
  const db: DynamoDBClient = new DynamoDBClient({ region: 'eu-west-1', maxAttempts: 3 });
  return db.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: event.pathParameters?.id ?? '' } } }));
}
`;
    const { result, after } = await patchAt(text, 'new DynamoDBClient', 'client-construction-in-hot-path', { file: 'src/handler.ts', language: 'typescript' });
    expect(reason(result)).toBe('');
    expect(after).toContain("const db: DynamoDBClient = new DynamoDBClient({ region: 'eu-west-1', maxAttempts: 3 });\n\nexport async function handler");
  });

  it('names module-level clients after their function when another site would get the same name', async () => {
    const text = `const { S3Client } = require('@aws-sdk/client-s3');

async function upload(key, body) {
  const s3 = new S3Client({ region: 'eu-west-1' });
  return s3.put(key, body);
}

const LIMIT = 10;
const RETRIES = 3;
const TIMEOUT = 1000;

async function download(key) {
  const s3 = new S3Client({ region: 'eu-west-1' });
  return s3.get(key);
}
module.exports = { upload, download };
`;
    const first = await patchAt(text, 'new S3Client', 'client-construction-in-hot-path');
    const second = await patchAt(text, 'new S3Client', 'client-construction-in-hot-path', { nth: 2 });
    expect(first.after).toContain("const s3ClientForUpload = new S3Client({ region: 'eu-west-1' });");
    const both = gitApply('src/app.js', first.after!, (second.result as { patch: string }).patch);
    expect(both).toContain("const s3ClientForDownload = new S3Client({ region: 'eu-west-1' });");
    let built = 0;
    class S3Client {
      constructor() {
        built++;
      }
      put(k: string, b: string) {
        return `${k}=${b}`;
      }
      get(k: string) {
        return k;
      }
    }
    const mod = runCommonJs(both, { '@aws-sdk/client-s3': { S3Client } });
    expect([await mod.upload('a', 'b'), await mod.download('a'), await mod.upload('c', 'd')]).toEqual(['a=b', 'a', 'c=d']);
    expect(built).toBe(2);
  });

  it('refuses when an argument is the loop variable, naming it', async () => {
    const text = `function sendAll(endpoints, payload) {
  for (const endpoint of endpoints) {
    const client = new HttpClient({ baseUrl: endpoint });
    client.post('/x', payload);
  }
}
`;
    const { result } = await patchAt(text, 'new HttpClient', 'client-construction-in-hot-path');
    expect(reason(result)).toMatch(/`endpoint` is the loop variable/);
  });

  it('refuses when an argument is a parameter of the function, naming it', async () => {
    const text = `function handle(req) {
  const client = new ApiClient({ token: req.headers.authorization });
  return client.get('/me');
}
`;
    const { result } = await patchAt(text, 'new ApiClient', 'client-construction-in-hot-path');
    expect(reason(result)).toMatch(/`req` is a parameter of handle/);
  });

  it('refuses when the function closes the client it built', async () => {
    const text = `const { Client } = require('pg');
async function count() {
  const client = new Client({ host: 'db' });
  await client.connect();
  try {
    return await client.query('select count(*) from t');
  } finally {
    await client.end();
  }
}
`;
    const { result } = await patchAt(text, 'new Client', 'client-construction-in-hot-path');
    expect(reason(result)).toMatch(/client\.end\(\)/);
  });

  it('refuses when the client is returned to the caller', async () => {
    const text = `function makeClient() {
  return new RedisClient({ host: 'cache' });
}
`;
    const { result } = await patchAt(text, 'new RedisClient', 'client-construction-in-hot-path');
    expect(reason(result)).toMatch(/returned to the caller of makeClient/);
  });

  it('refuses an argument computed by Date.now()', async () => {
    const text = `function tick() {
  const c = new MetricsClient({ start: Date.now() });
  return c.flush();
}
`;
    const { result } = await patchAt(text, 'new MetricsClient', 'client-construction-in-hot-path');
    expect(reason(result)).toMatch(/Date\.now\(\)/);
  });

  it('says when the client is already built at module scope', async () => {
    const { result } = await patchAt(`const client = new S3Client({});\nmodule.exports = client;\n`, 'new S3Client', 'client-construction-in-hot-path');
    expect(reason(result)).toMatch(/already built once, at module scope/);
  });
});

describe('regex-compilation-in-hot-path', () => {
  const rules = `'use strict';
const RULES = { sku: { pattern: '^[A-Z]{3}-\\\\d{4}$' }, email: { pattern: '^[^@]+@[^@]+$', flags: 'i' } };

function check(rule, value) {
  const re = new RegExp(rule.pattern, rule.flags);
  return re.test(value);
}

function checkAll(values) {
  return Object.keys(RULES).map((k) => check(RULES[k], values[k]));
}

module.exports = { check, checkAll };
`;

  it('shares regular expressions per (pattern, flags) when they come from a parameter, and matches the same', async () => {
    const { result, after } = await patchAt(rules, 'new RegExp', 'regex-compilation-in-hot-path');
    expect(reason(result)).toBe('');
    expect(after).toContain('const re = regExpForCheck(rule.pattern, rule.flags);');
    const before = runCommonJs(rules);
    const patched = runCommonJs(after!);
    const inputs = [{ sku: 'ABC-1234', email: 'A@B' }, { sku: 'abc-1234', email: 'nope' }, { sku: 'XYZ-0000', email: 'x@y' }];
    for (const v of inputs) expect(patched.checkAll(v)).toEqual(before.checkAll(v));
    // A global pattern passed in at run time is built afresh each time, so lastIndex never leaks between calls.
    const g = { pattern: 'a', flags: 'g' };
    expect([patched.check(g, 'a'), patched.check(g, 'a'), patched.check(g, 'a')]).toEqual([before.check(g, 'a'), before.check(g, 'a'), before.check(g, 'a')]);
  });

  it('gives the patches for two sites in one file different names, so both can be applied', async () => {
    const text = `function a(p) {
  return new RegExp(p, 'i').test('x');
}

const ONE = 1;
const TWO = 2;
const THREE = 3;
const FOUR = 4;

function b(p) {
  return new RegExp(p).test('y');
}
module.exports = { a, b };
`;
    const first = await patchAt(text, 'new RegExp', 'regex-compilation-in-hot-path');
    const second = await patchAt(text, 'new RegExp', 'regex-compilation-in-hot-path', { nth: 2 });
    const both = gitApply('src/app.js', first.after!, (second.result as { patch: string }).patch);
    const mod = runCommonJs(both);
    expect([mod.a('X'), mod.b('y'), mod.b('Y')]).toEqual([true, true, false]);
  });

  it('moves a RegExp built from module constants to module scope', async () => {
    const text = `const WORD = 'invoice';
function mentions(text) {
  return new RegExp('\\\\b' + WORD + '\\\\b', 'i').test(text);
}
`;
    const { result, after } = await patchAt(text, 'new RegExp', 'regex-compilation-in-hot-path');
    expect(reason(result)).toBe('');
    expect(after).toContain("const pattern = new RegExp('\\\\b' + WORD + '\\\\b', 'i');");
    expect(after).toContain('return pattern.test(text);');
  });

  it('refuses a global RegExp used with exec (lastIndex)', async () => {
    const text = `function firstTwo(text) {
  const re = new RegExp('\\\\d+', 'g');
  return [re.exec(text), re.exec(text)];
}
`;
    const { result } = await patchAt(text, 'new RegExp', 'regex-compilation-in-hot-path');
    expect(reason(result)).toMatch(/lastIndex/);
  });

  it('explains that a regex literal needs no hoisting', async () => {
    const { result } = await patchAt(`function f(s) {\n  return /^a+$/.test(s);\n}\n`, '/^a+$/', 'regex-compilation-in-hot-path');
    expect(reason(result)).toMatch(/literal/);
  });
});

describe('locale-formatter-construction', () => {
  const format = `'use strict';
function formatMoney(amount, currency, locale) {
  const formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return formatter.format(amount);
}

function formatDate(date, locale) {
  return date.toLocaleDateString(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
}

function formatTotal(n) {
  return n.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

module.exports = { formatMoney, formatDate, formatTotal };
`;
  const money: [number, string, string][] = [[1234.5, 'EUR', 'de-DE'], [99, 'USD', 'en-US'], [0.5, 'CHF', 'de-CH'], [1234.5, 'EUR', 'de-DE']];

  it('shares a NumberFormat per (locale, currency), formatting the same', async () => {
    const { result, after } = await patchAt(format, 'new Intl.NumberFormat', 'locale-formatter-construction');
    expect(reason(result)).toBe('');
    expect(after).toContain('const formatter = numberFormatForFormatMoney(locale, currency);');
    expect(after).toContain("value = new Intl.NumberFormat(locale, { style: 'currency', currency });");
    const before = runCommonJs(format);
    const patched = runCommonJs(after!);
    for (const [a, c, l] of money) expect(patched.formatMoney(a, c, l)).toBe(before.formatMoney(a, c, l));
    // Non-string arguments (a list of locales) are not keyed: built afresh, same output.
    expect(patched.formatMoney(5, 'EUR', ['fr-FR', 'de-DE'])).toBe(before.formatMoney(5, 'EUR', ['fr-FR', 'de-DE']));
  });

  it('turns toLocaleDateString with date options into a shared DateTimeFormat, formatting the same', async () => {
    const { result, after } = await patchAt(format, 'toLocaleDateString', 'locale-formatter-construction');
    expect(reason(result)).toBe('');
    expect(after).toContain('return dateTimeFormatForFormatDate(locale).format(date);');
    const before = runCommonJs(format);
    const patched = runCommonJs(after!);
    for (const l of ['de-DE', 'en-US', 'en-GB', undefined]) {
      const d = new Date(Date.UTC(2024, 2, 1, 23, 30));
      expect(patched.formatDate(d, l)).toBe(before.formatDate(d, l));
    }
  });

  it('turns toLocaleString with constant number options into a module-scope NumberFormat', async () => {
    const { result, after } = await patchAt(format, 'n.toLocaleString', 'locale-formatter-construction');
    expect(reason(result)).toBe('');
    expect(after).toContain("const numberFormat = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });");
    expect(after).toContain('return numberFormat.format(n);');
    const before = runCommonJs(format);
    const patched = runCommonJs(after!);
    for (const n of [0, 1.005, 1234567.891, -3]) expect(patched.formatTotal(n)).toBe(before.formatTotal(n));
  });

  it('turns localeCompare with locales and options into a shared Intl.Collator, sorting the same', async () => {
    const text = `function byName(people) {
  return [...people].sort((a, b) => a.name.localeCompare(b.name, 'de', { sensitivity: 'base' }));
}
function byNameIn(people, locale) {
  return [...people].sort((a, b) => a.name.localeCompare(b.name, locale));
}
module.exports = { byName, byNameIn };
`;
    const fixed = await patchAt(text, 'a.name.localeCompare', 'locale-formatter-construction');
    expect(reason(fixed.result)).toBe('');
    expect(fixed.after).toContain("const collatorForByName = new Intl.Collator('de', { sensitivity: 'base' });");
    expect(fixed.after).toContain('(a, b) => collatorForByName.compare(a.name, b.name)');
    const keyed = await patchAt(text, 'a.name.localeCompare', 'locale-formatter-construction', { nth: 2 });
    expect(reason(keyed.result)).toBe('');
    expect(keyed.after).toContain('(a, b) => collatorForByNameIn(locale).compare(a.name, b.name)');
    const people = ['Öztürk', 'Zander', 'ahmed', 'Ärger', 'Bäcker', 'bach'].map((name) => ({ name }));
    for (const after of [fixed.after!, keyed.after!]) {
      expect(runCommonJs(after).byName(people)).toEqual(runCommonJs(text).byName(people));
      expect(runCommonJs(after).byNameIn(people, 'sv')).toEqual(runCommonJs(text).byNameIn(people, 'sv'));
    }
  });

  it('treats toLocaleString on an arithmetic result as a number', async () => {
    const text = `function line(qty, price) {
  return (qty * price).toLocaleString('de-DE');
}
module.exports = { line };
`;
    const { result, after } = await patchAt(text, 'toLocaleString', 'locale-formatter-construction');
    expect(reason(result)).toBe('');
    expect(after).toContain("const numberFormat = new Intl.NumberFormat('de-DE');");
    expect(runCommonJs(after!).line(3, 1234.5)).toBe(runCommonJs(text).line(3, 1234.5));
  });

  it('refuses toLocaleString without locales or options (V8 caches that one)', async () => {
    const { result } = await patchAt(`function f(n) {\n  return n.toLocaleString();\n}\n`, 'toLocaleString', 'locale-formatter-construction');
    expect(reason(result)).toMatch(/cached default formatter/);
  });

  it('refuses toLocaleDateString whose options name only time fields', async () => {
    const { result } = await patchAt(`function f(d) {\n  return d.toLocaleDateString('en-US', { hour: 'numeric' });\n}\n`, 'toLocaleDateString', 'locale-formatter-construction');
    expect(reason(result)).toMatch(/adds year, month and day/);
  });

  it('refuses toLocaleString whose options do not tell a number from a date', async () => {
    const { result } = await patchAt(`function f(v) {\n  return v.toLocaleString('en-US', { timeZone: 'UTC' });\n}\n`, 'toLocaleString', 'locale-formatter-construction');
    expect(reason(result)).toMatch(/cannot be told/);
  });
});
