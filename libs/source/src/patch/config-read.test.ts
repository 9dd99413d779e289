import { describe, expect, it } from 'vitest';
import { patchAt, runCommonJs } from '../../../../test/support/patch-apply';

const CATEGORY = 'sync-io-on-request-path';
const reason = (r: object) => ('reason' in r ? String(r.reason) : '');

describe('sync-io-on-request-path: configuration read per request', () => {
  const handler = `'use strict';
const fs = require('node:fs');
const path = require('node:path');

const CONFIG_PATH = path.join(__dirname, 'config.json');

function handle(req) {
  const config = JSON.parse(fs.readFileSync(CONFIG_PATH, 'utf8'));
  return { limit: config.limits[req.plan], region: config.region };
}

module.exports = { handle };
`;

  it('reads and parses the file once, on first use, and answers the same', async () => {
    const { result, after } = await patchAt(handler, 'fs.readFileSync', CATEGORY);
    expect(reason(result)).toBe('');
    expect(after).toContain("if (cachedConfig === undefined) cachedConfig = JSON.parse(fs.readFileSync(CONFIG_PATH, 'utf8'));");
    expect(after).toContain('const config = loadConfig();');
    let reads = 0;
    const fakeFs = {
      readFileSync: () => {
        reads++;
        return JSON.stringify({ limits: { free: 10, pro: 100 }, region: 'eu' });
      },
    };
    const modules = { 'node:fs': fakeFs, 'node:path': require('node:path') };
    const patched = runCommonJs(after!.replace('__dirname', "'/srv'"), modules);
    const original = runCommonJs(handler.replace('__dirname', "'/srv'"), modules);
    for (const plan of ['free', 'pro', 'free']) expect(patched.handle({ plan })).toEqual(original.handle({ plan }));
    expect(reads).toBe(3 + 1); // three by the original, one by the patched module
  });

  it('refuses when the path depends on the request, naming it', async () => {
    const text = handler.replace("fs.readFileSync(CONFIG_PATH, 'utf8')", "fs.readFileSync(path.join('/etc/tenants', req.tenant + '.json'), 'utf8')");
    const { result } = await patchAt(text, 'fs.readFileSync', CATEGORY);
    expect(reason(result)).toMatch(/`req` is a parameter of handle/);
  });

  it('refuses when the handler changes the object it read', async () => {
    const text = handler.replace('  return { limit', '  config.lastPlan = req.plan;\n  return { limit');
    const { result } = await patchAt(text, 'fs.readFileSync', CATEGORY);
    expect(reason(result)).toMatch(/config\.lastPlan/);
  });

  it('refuses a Buffer read (callers can change a Buffer)', async () => {
    const text = `const fs = require('fs');\nfunction key() {\n  return fs.readFileSync('/etc/key.pem');\n}\n`;
    const { result } = await patchAt(text, 'fs.readFileSync', CATEGORY);
    expect(reason(result)).toMatch(/Buffer/);
  });

  it('explains why per-request compression is not patched', async () => {
    const text = `const zlib = require('zlib');\nfunction send(res, data) {\n  res.end(zlib.gzipSync(data));\n}\n`;
    const { result } = await patchAt(text, 'zlib.gzipSync', CATEGORY);
    expect(reason(result)).toMatch(/zlib\.gzipSync.*asynchronous/);
  });
});
