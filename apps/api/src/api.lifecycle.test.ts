// Starting, refusing to start, stopping, the admin command, load shedding,
// and how outages of PostgreSQL and Redis are told apart from bugs, over
// real connections.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redisConnection } from '@hotpath/jobs';
import { createStore } from '@hotpath/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres, redis } from './dependency';
import { UnavailableError } from './errors';
import { type ApiHarness, call, createApiHarness, example, ROOT, sleep, spawnNode } from './test-support';

let h: ApiHarness;

beforeAll(async () => {
  h = await createApiHarness();
}, 60_000);

afterAll(async () => {
  await h?.cleanup();
});

describe('the API process', () => {
  it('refuses to start on a bad setting, naming it', async () => {
    const child = spawnNode('apps/api/dist/main.js', h.env({ PORT: '0', MAX_BODY_BYTES: 'lots' }));
    expect(await child.exited).toBe(2);
    expect(child.output()).toMatch(/MAX_BODY_BYTES: expected an integer/);
  });

  it('exits 1 with a message when PostgreSQL cannot be reached', async () => {
    const child = spawnNode('apps/api/dist/main.js', h.env({ PORT: '0', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }));
    expect(await child.exited).toBe(1);
    expect(child.output()).toMatch(/could not start: .*ECONNREFUSED/);
  });

  it('stops cleanly on SIGTERM', async () => {
    const { url, child } = await h.startApi();
    expect((await call(`${url}/health`)).status).toBe(200);
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(0);
  });

  it('sheds submissions past MAX_CONCURRENT_UPLOADS with 503 and Retry-After, and recovers', async () => {
    const { url } = await h.startApi({ MAX_CONCURRENT_UPLOADS: '1' });
    const { token } = await h.tenant();
    const profile = readFileSync(example('orders-api/profiles/cpu.cpuprofile'));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    // An upload that stays open until released.
    const slowBody = new ReadableStream({
      async pull(controller) {
        controller.enqueue(profile.subarray(0, 1000));
        await released;
        controller.enqueue(profile.subarray(1000));
        controller.close();
      },
    });
    const slow = call(`${url}/v1/profiles?service=s`, { method: 'POST', body: slowBody, token, duplex: 'half' } as RequestInit & { token: string });
    await sleep(300);
    const shed = await call(`${url}/v1/profiles?service=s`, { method: 'POST', body: profile, token });
    expect(shed.status).toBe(503);
    expect(shed.json.error.code).toBe('unavailable');
    expect(shed.headers.get('retry-after')).toBe('1');
    release();
    expect((await slow).status).toBe(202);
    expect((await call(`${url}/v1/profiles?service=s`, { method: 'POST', body: profile, token })).status).toBe(202);
  });
});

describe('npm run admin', () => {
  const admin = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'apps/api/dist/admin.js'), ...args], { env: h.env(), encoding: 'utf8' });

  it('creates a tenant and a token that authenticates as that tenant', async () => {
    const tenant = admin('tenant', 'create', 'globex');
    expect(tenant.status).toBe(0);
    const id = tenant.stdout.trim();
    const token = admin('token', 'create', 'globex', 'ci');
    expect(token.status).toBe(0);
    const plaintext = token.stdout.trim();
    expect((await h.store.tenantForToken(plaintext))?.id).toBe(id);
    expect(admin('tenant', 'list').stdout).toContain(`${id} globex`);
    const list = admin('token', 'list', id).stdout.trim().split('\n');
    expect(list).toHaveLength(1);
    expect(list[0]).not.toContain(plaintext);
    expect(admin('token', 'revoke', 'globex', list[0].split(' ')[0]).status).toBe(0);
    expect(await h.store.tenantForToken(plaintext)).toBeUndefined();
  });

  it('exits 2 with one line on bad usage and unknown tenants', () => {
    const unknown = admin('token', 'create', 'nobody');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^hotpath admin: no tenant named or with id "nobody"\n$/);
    const duplicate = admin('tenant', 'create', 'globex');
    expect(duplicate.status).toBe(2);
    expect(duplicate.stderr).toMatch(/already exists/);
    const bad = admin('tenant', 'frobnicate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command: tenant frobnicate/);
  });
});

describe('outages are 503, bugs are not', () => {
  it('turns an unreachable PostgreSQL into UnavailableError, and passes a bad query through', async () => {
    const down = createStore({ connectionString: 'postgres://postgres@127.0.0.1:1/none', maxConnections: 1 });
    try {
      await expect(postgres(() => down.ping())).rejects.toBeInstanceOf(UnavailableError);
    } finally {
      await down.close();
    }
    const bug = postgres(() => h.store.pool.query('SELEC 1'));
    await expect(bug).rejects.not.toBeInstanceOf(UnavailableError);
    await expect(bug).rejects.toMatchObject({ code: '42601' });
  });

  it('turns an unreachable Redis into UnavailableError', async () => {
    const down = redisConnection('redis://127.0.0.1:1', 'producer', { retryStrategy: () => null });
    try {
      await expect(redis(() => down.ping())).rejects.toBeInstanceOf(UnavailableError);
    } finally {
      down.disconnect();
    }
  });
});
