// Per-tenant rate limits: a tenant over its budget gets 429 with Retry-After,
// reads and writes have separate budgets, and other tenants are untouched.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiHarness, call, createApiHarness, example } from './test-support';

let h: ApiHarness;
let base: string;

beforeAll(async () => {
  h = await createApiHarness();
  base = (await h.startApi({ RATE_LIMIT_WRITES: '3', RATE_LIMIT_READS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' })).url;
}, 60_000);

afterAll(async () => {
  await h?.cleanup();
});

it('answers 429 rate_limited with Retry-After once a tenant exceeds its budget, for that tenant only', async () => {
  const noisy = await h.tenant();
  const quiet = await h.tenant();
  const body = readFileSync(example('orders-api/profiles/cpu.cpuprofile'));
  const statuses: number[] = [];
  let limited;
  for (let i = 0; i < 5; i++) {
    const a = await call(`${base}/v1/profiles?service=s`, { method: 'POST', body, token: noisy.token });
    statuses.push(a.status);
    if (a.status === 429) limited = a;
  }
  expect(statuses).toEqual([202, 202, 202, 429, 429]);
  expect(limited!.json.error.code).toBe('rate_limited');
  const retryAfter = Number(limited!.headers.get('retry-after'));
  // The window opened with this tenant's first request, a moment ago.
  expect(retryAfter).toBeGreaterThanOrEqual(55);
  expect(retryAfter).toBeLessThanOrEqual(60);

  // Reads have their own budget, and the other tenant has its own.
  expect((await call(`${base}/v1/services`, { token: noisy.token })).status).toBe(200);
  expect((await call(`${base}/v1/profiles?service=s`, { method: 'POST', body, token: quiet.token })).status).toBe(202);

  const reads: number[] = [];
  for (let i = 0; i < 6; i++) reads.push((await call(`${base}/v1/services`, { token: quiet.token })).status);
  expect(reads).toEqual([200, 200, 200, 200, 200, 429]);
});

it('gives the budget back when the window ends', async () => {
  const { url } = await h.startApi({ RATE_LIMIT_WRITES: '1', RATE_LIMIT_WINDOW_SECONDS: '1' });
  const { token } = await h.tenant();
  const body = readFileSync(example('clean-compute/profiles/wall.pb.gz'));
  const post = () => call(`${url}/v1/profiles?service=s`, { method: 'POST', body, token });
  expect((await post()).status).toBe(202);
  const limited = await post();
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('1');
  await new Promise((r) => setTimeout(r, 1100));
  expect((await post()).status).toBe(202);
});
