import { describe, expect, it } from 'vitest';
import { locate, type LocateRequest, shortName } from '@hotpath/source';

/** 1-based line and column of the first occurrence of `needle` (the test never hard-codes a position). */
function at(text: string, needle: string, nth = 0): { line: number; column: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in fixture`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const req = (r: Partial<LocateRequest> & Pick<LocateRequest, 'text' | 'language' | 'category'>, fn: string, needle: string): LocateRequest => ({
  callees: [],
  frame: { line: at(r.text, needle).line, function: fn },
  ...r,
});

const JS = `const { S3Client } = require('@aws-sdk/client-s3');
const crypto = require('node:crypto');

async function handleUpload(req, res) {
  const name = req.headers['x-name'];
  const client = new S3Client({ region: 'eu-west-1' });
  await client.send(put(name));
  return JSON.parse(JSON.stringify(req.body));
}

function login(user, password) {
  const check = (p) => crypto.pbkdf2Sync(p, user.salt, 1e5, 32, 'sha256');
  return check(password).equals(user.hash);
}

function tag(items, allowed) {
  const seen = allowed.includes('x');
  for (const item of items) {
    if (allowed.includes(item.sku)) item.ok = true;
  }
  return seen;
}

class Formatter {
  constructor(locale) {
    this.locale = locale;
  }
  money(x) {
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency: 'EUR' }).format(x);
  }
}
`;

describe('locate in JavaScript', () => {
  it('finds the client construction inside the function a V8 frame names by its definition line', async () => {
    const r = await locate(req({ text: JS, language: 'javascript', category: 'client-construction-in-hot-path', callees: ['S3Client'] }, 'handleUpload', 'async function handleUpload'));
    expect(r).toMatchObject({ ...at(JS, 'new S3Client('), function: 'handleUpload', by: 'expression' });
  });

  it('points at the outer JSON.parse of a JSON round trip', async () => {
    const r = await locate(req({ text: JS, language: 'javascript', category: 'serialization-overhead' }, 'handleUpload', 'async function handleUpload'));
    expect(r).toMatchObject({ ...at(JS, 'JSON.parse('), by: 'expression' });
  });

  it('takes the pprof call-site line as it is, inside its function', async () => {
    const r = await locate(req({ text: JS, language: 'javascript', category: 'sync-crypto-on-request-path', callees: ['pbkdf2Sync'] }, '(anonymous:L#12:C#17)', 'crypto.pbkdf2Sync('));
    expect(r).toMatchObject({ ...at(JS, 'crypto.pbkdf2Sync('), by: 'expression' });
  });

  it('prefers the scan inside a loop to the one outside it, and says which loop', async () => {
    const r = await locate(req({ text: JS, language: 'javascript', category: 'quadratic-collection-scan' }, 'tag', 'function tag'));
    expect(r).toMatchObject({ ...at(JS, 'allowed.includes(item'), function: 'tag' });
    expect(r?.loop).toEqual({ line: at(JS, 'for (const item').line, kind: 'for_in_statement' });
  });

  it('names a constructor by its class and finds Intl formatters in methods', async () => {
    const r = await locate(req({ text: JS, language: 'javascript', category: 'locale-formatter-construction' }, 'money', '  money(x)'));
    expect(r).toMatchObject({ ...at(JS, 'new Intl.NumberFormat('), function: 'money' });
    const c = await locate(req({ text: JS, language: 'javascript', category: 'client-construction-in-hot-path' }, 'Formatter', 'constructor(locale)'));
    // Nothing of the category in a constructor: the class is named, so the caller's `new Formatter(` can be blamed instead.
    expect(c).toMatchObject({ line: at(JS, 'constructor(locale)').line, by: 'frame', constructorOf: 'Formatter' });
    const none = await locate(req({ text: JS, language: 'javascript', category: 'client-construction-in-hot-path' }, 'tag', 'function tag'));
    expect(none).toBeNull(); // a definition line and nothing of the category: no line to blame
  });

  it('falls back to a call of the next frame when no expression of the category is there', async () => {
    const text = 'function work(x) {\n  const a = 1;\n  return heavyHelper(x) + a;\n}\n';
    const r = await locate({ text, language: 'javascript', category: 'event-loop-blocking', callees: ['heavyHelper'], frame: { line: 1, function: 'work' } });
    expect(r).toMatchObject({ ...at(text, 'heavyHelper('), by: 'callee' });
  });

  it('places a call at the end of a chain over several lines on its method, and the patch start on the expression', async () => {
    const text = 'function pick(rows, catalog) {\n  return rows.map((row) =>\n    catalog\n      .filter((p) => p.active)\n      .find((p) => p.sku === row.sku),\n  );\n}\n';
    const r = await locate({ text, language: 'javascript', category: 'quadratic-collection-scan', callees: [], frame: { line: at(text, '.find(').line, function: '' } });
    expect(r).toMatchObject({ ...at(text, '.find('), start: at(text, 'catalog\n') });
  });

  it('survives generated code nested deeper than a recursive walk could go', async () => {
    const text = `function deep(x) {\n  const y = ${'(x + '.repeat(20000)}1${')'.repeat(20000)};\n  return new RegExp(String(y));\n}\n`;
    const r = await locate({ text, language: 'javascript', category: 'regex-compilation-in-hot-path', callees: [], frame: { line: 1, function: 'deep' } });
    expect(r).toMatchObject({ ...at(text, 'new RegExp('), function: 'deep' });
  });

  it('keeps the profile line of a call site when nothing matches', async () => {
    const text = 'function work(x) {\n  let s = 0;\n  for (let i = 0; i < x; i++) s += i;\n  return s;\n}\n';
    const r = await locate({ text, language: 'javascript', category: 'event-loop-blocking', callees: [], frame: { line: 3, function: 'work' } });
    expect(r).toMatchObject({ line: 3, column: 3, by: 'frame' });
  });
});

describe('locate in TypeScript and TSX', () => {
  const TS = `import { Client } from 'pg';
export class Store {
  private readonly table = new Map<string, number>();
  async save(id: string, row: Record<string, unknown>): Promise<void> {
    const db = new Client({ host: 'db' });
    await db.connect();
    await db.query<{ id: string }>('insert', [id, JSON.stringify(row)]);
  }
}
export const stamp = (d: Date): string => d.toLocaleString('en-US', { timeZone: 'America/Chicago' });
`;
  it('finds constructions in typed methods and generic calls', async () => {
    const r = await locate(req({ text: TS, language: 'typescript', category: 'client-construction-in-hot-path', callees: ['Client'] }, 'save', 'async save'));
    expect(r).toMatchObject({ ...at(TS, 'new Client('), function: 'save' });
    const s = await locate(req({ text: TS, language: 'typescript', category: 'locale-formatter-construction' }, 'stamp', 'export const stamp'));
    expect(s).toMatchObject({ ...at(TS, 'd.toLocaleString('), function: 'stamp' });
  });

  it('parses TSX', async () => {
    const TSX = `export function Price({ value }: { value: number }) {\n  const f = new Intl.NumberFormat('de-DE');\n  return <span className="p">{f.format(value)}</span>;\n}\n`;
    const r = await locate(req({ text: TSX, language: 'tsx', category: 'locale-formatter-construction' }, 'Price', 'export function Price'));
    expect(r).toMatchObject({ ...at(TSX, 'new Intl.NumberFormat('), function: 'Price' });
  });
});

describe('locate in Python, Go and Java', () => {
  it('Python: the enclosing function and the call site', async () => {
    const PY = `import re, json\n\ndef clean(words):\n    out = []\n    for w in words:\n        if re.compile(r"\\b" + w).search("x"):\n            out.append(w)\n    return out\n`;
    const r = await locate(req({ text: PY, language: 'python', category: 'regex-compilation-in-hot-path' }, 'clean', 'def clean'));
    expect(r).toMatchObject({ ...at(PY, 're.compile('), function: 'clean' });
  });

  it('Go: method names as pprof spells them, composite literals as constructions', async () => {
    const GO = `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\ntype index struct{ cells map[string]int }\n\nfunc (i *index) key(lat, lng float64) string {\n\treturn fmt.Sprintf("%.2f:%.2f", lat, lng)\n}\n\nfunc quote(url string) (*http.Response, error) {\n\tc := &http.Client{Transport: &http.Transport{}}\n\treturn c.Get(url)\n}\n`;
    const k = await locate(req({ text: GO, language: 'go', category: 'string-formatting-overhead', callees: ['fmt.Sprintf'] }, 'main.(*index).key', 'fmt.Sprintf('));
    expect(k).toMatchObject({ ...at(GO, 'fmt.Sprintf('), function: 'key' });
    const q = await locate(req({ text: GO, language: 'go', category: 'client-construction-in-hot-path' }, 'main.quote', 'func quote'));
    expect(q).toMatchObject({ ...at(GO, 'http.Client{'), function: 'quote' });
  });

  it('Java: JFR call-site lines, constructors as <init>', async () => {
    const JAVA = `package com.acme;\n\nimport java.util.regex.Pattern;\n\npublic class Tracking {\n  private final String prefix;\n  public Tracking(String p) {\n    this.prefix = String.format("%s-", p);\n  }\n  boolean valid(String id) {\n    return Pattern.compile("^[A-Z]{2}\\\\d{9}$").matcher(id).matches();\n  }\n}\n`;
    const v = await locate(req({ text: JAVA, language: 'java', category: 'regex-compilation-in-hot-path', callees: ['java.util.regex.Pattern.compile'] }, 'com.acme.Tracking.valid', 'Pattern.compile('));
    expect(v).toMatchObject({ ...at(JAVA, 'Pattern.compile('), function: 'valid' });
    const c = await locate(req({ text: JAVA, language: 'java', category: 'string-formatting-overhead' }, 'com.acme.Tracking.<init>', 'String.format('));
    expect(c).toMatchObject({ ...at(JAVA, 'String.format('), function: 'Tracking' });
  });
});

describe('shortName', () => {
  it('reduces profile frame names to the source name', () => {
    expect(shortName('main.(*index).add')).toBe('add');
    expect(shortName('com.acme.X$Inner.run')).toBe('run');
    expect(shortName('com.acme.X.<init>')).toBe('X');
    expect(shortName('(anonymous:L#51:C#16)')).toBe('');
    expect(shortName('main.main.func1')).toBe('');
    expect(shortName('get prototype')).toBe('prototype');
  });
});
