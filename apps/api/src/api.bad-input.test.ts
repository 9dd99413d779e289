// Bad input is normal input: every refusal has its status and reason code,
// and none of them costs more than its bound. Small limits make the bombs
// and oversized bodies cheap to build.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, call, createApiHarness, example } from './test-support';

const MiB = 1024 * 1024;
let h: ApiHarness;
let base: string;
let token: string;
let tenantId: string;

beforeAll(async () => {
  h = await createApiHarness();
  base = (await h.startApi({ MAX_BODY_BYTES: String(1 * MiB), MAX_DECOMPRESSED_BYTES: String(4 * MiB), RATE_LIMIT_WRITES: '1000' })).url;
  ({ token, id: tenantId } = await h.tenant());
}, 60_000);

afterAll(async () => {
  await h?.cleanup();
});

const cpuprofile = () => readFileSync(example('orders-api/profiles/cpu.cpuprofile'));
const pprofGz = () => readFileSync(example('orders-api/profiles/wall.pb.gz'));

interface Case {
  name: string;
  path?: string;
  body?: () => BodyInit;
  headers?: Record<string, string>;
  auth?: string | null;
  status: number;
  code: string;
  message?: RegExp;
}

const cases: Case[] = [
  { name: 'empty body', body: () => '', status: 422, code: 'malformed_profile', message: /empty/ },
  { name: 'garbage', body: () => 'GARBAGE\u0000\u0001 not a profile', status: 415, code: 'unsupported_format', message: /no importer recognises/ },
  { name: 'random binary', body: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)), status: 415, code: 'unsupported_format' },
  { name: 'truncated gzip profile', body: () => pprofGz().subarray(0, 2000), status: 422, code: 'malformed_profile', message: /gzip/ },
  {
    name: 'truncated gzip Content-Encoding',
    body: () => gzipSync(cpuprofile()).subarray(0, 3000),
    headers: { 'Content-Encoding': 'gzip' },
    status: 422,
    code: 'malformed_profile',
  },
  { name: 'Content-Encoding gzip on a body that is not', body: cpuprofile, headers: { 'Content-Encoding': 'gzip' }, status: 422, code: 'malformed_profile', message: /not gzip/ },
  { name: 'gzip bomb in the profile', body: () => gzipSync(Buffer.alloc(64 * MiB)), status: 413, code: 'profile_too_large', message: /decompressed limit of 4\.0 MiB/ },
  {
    name: 'gzip bomb as Content-Encoding',
    body: () => gzipSync(Buffer.alloc(64 * MiB)),
    headers: { 'Content-Encoding': 'gzip' },
    status: 413,
    code: 'profile_too_large',
  },
  { name: 'body over the wire limit', body: () => Buffer.alloc(2 * MiB, 0x61), status: 413, code: 'profile_too_large', message: /exceeds the limit of 1\.0 MiB/ },
  { name: 'unknown format asked for', path: '/v1/profiles?service=s&format=nope', body: cpuprofile, status: 415, code: 'unsupported_format', message: /nope/ },
  { name: 'unsupported Content-Encoding', body: cpuprofile, headers: { 'Content-Encoding': 'br' }, status: 415, code: 'unsupported_format', message: /br/ },
  { name: 'missing service', path: '/v1/profiles', body: cpuprofile, status: 400, code: 'bad_request', message: /service/ },
  { name: 'bad service name', path: '/v1/profiles?service=..%2Fetc', body: cpuprofile, status: 400, code: 'bad_request', message: /service/ },
  { name: 'bad commit', path: '/v1/profiles?service=s&commit=xyz', body: cpuprofile, status: 400, code: 'bad_request', message: /commit/ },
  { name: 'bad pr', path: '/v1/profiles?service=s&pr=-1', body: cpuprofile, status: 400, code: 'bad_request', message: /pr/ },
  { name: 'multipart without a profile part', body: () => multipart('other', 'x'), status: 400, code: 'bad_request', message: /profile/ },
  { name: 'multipart profile over the limit', body: () => multipart('profile', 'a'.repeat(2 * MiB)), status: 413, code: 'profile_too_large' },
  { name: 'ingest: bad app name', path: '/ingest?name=%2Fetc%7Benv%3Dx%7D', body: cpuprofile, status: 400, code: 'bad_request', message: /service/ },
  { name: 'ingest: unclosed tag set', path: '/ingest?name=app%7Benv%3Dx', body: cpuprofile, status: 400, code: 'bad_request', message: /unclosed/ },
  { name: 'ingest: no name', path: '/ingest', body: cpuprofile, status: 400, code: 'bad_request', message: /name/ },
  { name: 'no token', auth: null, body: cpuprofile, status: 401, code: 'unauthorized' },
  { name: 'unknown token', auth: 'Bearer hp_not-a-real-token', body: cpuprofile, status: 401, code: 'unauthorized' },
  { name: 'other scheme', auth: 'Digest abc', body: cpuprofile, status: 401, code: 'unauthorized' },
];

function multipart(field: string, value: string): FormData {
  const form = new FormData();
  form.append(field, new Blob([value]), 'p.txt');
  return form;
}

describe('POST /v1/profiles refuses bad input with its status and reason', () => {
  it.each(cases)('$name → $status $code', async (c) => {
    const headers: Record<string, string> = { ...c.headers };
    if (c.auth !== null) headers.Authorization = c.auth ?? `Bearer ${token}`;
    const a = await call(`${base}${c.path ?? '/v1/profiles?service=s'}`, { method: 'POST', body: c.body?.(), headers });
    expect(a.status).toBe(c.status);
    expect(a.json.error.code).toBe(c.code);
    if (c.message) expect(a.json.error.message).toMatch(c.message);
    if (c.status === 401) expect(a.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('counts a chunked body without Content-Length against the wire limit', async () => {
    const chunk = new Uint8Array(256 * 1024).fill(0x61);
    let sent = 0;
    const body = new ReadableStream({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const a = await call(`${base}/v1/profiles?service=s`, { method: 'POST', body, token, duplex: 'half' } as RequestInit & { token: string });
    expect(a.status).toBe(413);
    expect(a.json.error.code).toBe('profile_too_large');
  });

  it('stored nothing for any refused submission', async () => {
    expect(await h.store.listServices(tenantId)).toEqual([]);
    const files = readdirSync(h.blobDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((f) => f.name)).toEqual([]);
  });

  it('still serves good submissions after all that', async () => {
    const a = await call(`${base}/v1/profiles?service=s`, { method: 'POST', body: cpuprofile(), token });
    expect(a.status).toBe(202);
  });
});

describe('reads refuse bad parameters', () => {
  it.each([
    ['/v1/services/s/profiles?limit=0', /limit/],
    ['/v1/services/s/profiles?limit=5000', /limit/],
    ['/v1/services/s/reports?from=yesterday', /from/],
    ['/v1/services/s/reports?from=2030-01-01&to=2020-01-01', /before/],
    ['/v1/services/s/reports?status=lost', /status/],
  ])('%s → 400', async (path, message) => {
    const a = await call(`${base}${path}`, { token });
    expect(a.status).toBe(400);
    expect(a.json.error.code).toBe('bad_request');
    expect(a.json.error.message).toMatch(message);
  });
});
