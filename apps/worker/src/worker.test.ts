import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { createHash } from 'node:crypto';
import { profileBlobKey } from '@hotpath/store';
import { createHarness, type Harness } from './test-support';
import { startWorker, type RunningWorker } from './worker';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const logger = pino({ level: 'silent' });

let h: Harness;
let tenantA: string;
let tenantB: string;

beforeAll(async () => {
  h = await createHarness();
  tenantA = (await h.store.createTenant('a')).id;
  tenantB = (await h.store.createTenant('b')).id;
});

afterAll(async () => {
  await h?.cleanup();
});

/** A small real-format profile (collapsed stacks) whose bytes differ per n. */
const collapsed = (n: number) => Buffer.from(`main;serve;handleOrder;JSON.parse ${100 + n}\nmain;serve;render ${n + 1}\n`);

describe('with one worker running', () => {
  let w: RunningWorker;
  beforeAll(async () => {
    w = await startWorker(h.config({ concurrency: 2 }), logger);
  });
  afterAll(async () => {
    await w?.close();
  });

  it('analyses real recorded profiles end to end into a report and one row per finding', async () => {
    for (const file of ['orders-api/profiles/wall.pb.gz', 'orders-api/profiles/cpu.cpuprofile', 'invoice-batch/profiles/cpu.cpuprofile']) {
      const { report } = await h.submit(tenantA, 'orders', readFileSync(join(EXAMPLES, file)));
      const done = await h.waitFor(tenantA, report.id, ['done', 'failed']);
      expect(done.status, `${file}: ${done.errorMessage}`).toBe('done');
      const body = done.report as { schemaVersion: number; profile: { format: string }; findings: { ruleId: string }[] };
      expect(body.schemaVersion).toBe(1);
      expect(body.findings.length, file).toBeGreaterThan(0);
      const rows = await h.store.listFindings(tenantA, 'orders', { reportId: report.id });
      expect(rows.map((r) => r.ruleId).sort()).toEqual(body.findings.map((f) => f.ruleId).sort());
      expect(done.attempts).toBe(1);
    }
  });

  it('analyses the sample type asked for', async () => {
    // The V8 profile holds samples, wall and cpu; the default analysed is cpu, so ask for wall.
    const bytes = readFileSync(join(EXAMPLES, 'orders-api/profiles/cpu.cpuprofile'));
    const { report } = await h.submit(tenantA, 'orders-cpu', bytes, 'wall');
    const done = await h.waitFor(tenantA, report.id, ['done', 'failed']);
    expect(done.status, done.errorMessage).toBe('done');
    const profile = (done.report as { profile: { sampleType: string } }).profile;
    expect(profile.sampleType).toBe('wall');
    const missing = await h.submit(tenantA, 'orders-cpu', bytes, 'no-such-type');
    const failed = await h.waitFor(tenantA, missing.report.id, ['done', 'failed']);
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'sample_type_not_found', attempts: 1 });
  });

  it('does not analyse a resubmitted profile twice', async () => {
    const bytes = readFileSync(join(EXAMPLES, 'clean-compute/profiles/cpu.cpuprofile'));
    const first = await h.submit(tenantB, 'compute', bytes);
    expect(first).toMatchObject({ created: true, added: true });
    const second = await h.submit(tenantB, 'compute', bytes);
    expect(second).toMatchObject({ created: false, added: false, jobId: first.jobId });
    expect(second.report.id).toBe(first.report.id);
    await h.waitFor(tenantB, first.report.id, ['done']);
    const third = await h.submit(tenantB, 'compute', bytes);
    expect(third).toMatchObject({ created: false, added: false });
    // Even a job delivered again (a duplicate from elsewhere) leaves the report as it was.
    await h.queue.queue.add('analyze', { tenantId: tenantB, profileId: (await h.store.getReport(tenantB, first.report.id))!.profileId, reportId: first.report.id }, { jobId: 'manual-duplicate' });
    const job = await waitJob(h, 'manual-duplicate');
    expect(job.returnvalue).toMatchObject({ outcome: 'skipped' });
    const row = await h.store.getReport(tenantB, first.report.id);
    expect(row).toMatchObject({ status: 'done', attempts: 1 });
    expect(await h.store.listFindings(tenantB, 'compute', { reportId: first.report.id })).toHaveLength((row!.report as { findings: unknown[] }).findings.length);
  });

  it('fails a malformed or unrecognised profile at once, with its reason, without retrying', async () => {
    const pprof = readFileSync(join(EXAMPLES, 'orders-api/profiles/wall.pb.gz'));
    const cases: [Buffer, string][] = [
      [pprof.subarray(0, pprof.length - 200), 'malformed_profile'], // truncated gzip stream
      [Buffer.from('{"nodes": [{"id": 1, "callFrame": 7}], "samples": [], "timeDeltas": []}'), 'malformed_profile'],
      [Buffer.from('this is not a profile at all, just prose.\n'), 'unsupported_format'],
    ];
    for (const [bytes, code] of cases) {
      const { report, jobId } = await h.submit(tenantA, 'bad', bytes);
      const failed = await h.waitFor(tenantA, report.id, ['done', 'failed']);
      expect(failed, failed.errorMessage).toMatchObject({ status: 'failed', errorCode: code, attempts: 1 });
      expect(failed.errorMessage!.length).toBeGreaterThan(10);
      const job = await waitJob(h, jobId, 'failed');
      expect(job.attemptsMade).toBe(1);
    }
  });

  it('retries a transient failure with back-off and then succeeds', async () => {
    const bytes = collapsed(9999);
    const digest = createHash('sha256').update(bytes).digest('hex');
    const blobPath = join(h.blobDir, profileBlobKey(tenantB, digest));
    // A directory where the blob should be: reading it fails with EISDIR, an I/O error like a flaky disk's.
    mkdirSync(blobPath, { recursive: true });
    const { profile, report } = await h.store.submitProfile({ tenantId: tenantB, service: 'flaky', digest, blobKey: profileBlobKey(tenantB, digest), bytes: bytes.length });
    const { jobId } = await h.queue.enqueueAnalyze({ tenantId: tenantB, profileId: profile.id, reportId: report.id }, { service: 'flaky', digest });
    const delayed = await waitJob(h, jobId, 'delayed');
    expect(delayed.attemptsMade).toBe(1);
    rmSync(blobPath, { recursive: true });
    await import('@hotpath/store').then(({ DirectoryBlobStore }) => new DirectoryBlobStore(h.blobDir).put(profileBlobKey(tenantB, digest), bytes));
    const done = await h.waitFor(tenantB, report.id, ['done', 'failed'], 20_000);
    expect(done).toMatchObject({ status: 'done', attempts: 2 });
  });
});

describe('retries running out', () => {
  it('fails the report as internal once the last attempt fails', async () => {
    const w = await startWorker(h.config(), logger);
    try {
      const bytes = collapsed(7777);
      const digest = createHash('sha256').update(bytes).digest('hex');
      mkdirSync(join(h.blobDir, profileBlobKey(tenantA, digest)), { recursive: true }); // EISDIR on every read
      const { profile, report } = await h.store.submitProfile({ tenantId: tenantA, service: 'broken-disk', digest, blobKey: profileBlobKey(tenantA, digest), bytes: bytes.length });
      // The queue's own options, with a shorter back-off so the test does not wait 15 s.
      await h.queue.queue.add('analyze', { tenantId: tenantA, profileId: profile.id, reportId: report.id }, { jobId: 'exhausted', attempts: 2, backoff: { type: 'fixed', delay: 100 } });
      const failed = await h.waitFor(tenantA, report.id, ['failed', 'done'], 20_000);
      expect(failed).toMatchObject({ status: 'failed', errorCode: 'internal', attempts: 2 });
      expect(failed.errorMessage).toMatch(/EISDIR/);
    } finally {
      await w.close();
    }
  });
});

describe('fairness', () => {
  it("serves another tenant's single profile before most of a flooding tenant's", async () => {
    const flood = [];
    for (let i = 0; i < 50; i++) flood.push(await h.submit(tenantA, 'flood', collapsed(i)));
    const single = await h.submit(tenantB, 'quiet', collapsed(1000));
    const w = await startWorker(h.config({ concurrency: 1 }), logger);
    try {
      const all = [...flood, single];
      const rows = await Promise.all(all.map((s, i) => h.waitFor(i < 50 ? tenantA : tenantB, s.report.id, ['done', 'failed'], 60_000)));
      expect(rows.every((r) => r.status === 'done')).toBe(true);
      const order = rows.map((r, i) => ({ i, at: r.finishedAt!.getTime() })).sort((x, y) => x.at - y.at || x.i - y.i);
      const rank = order.findIndex((o) => o.i === 50);
      // Without fairness B would be 51st of 51; with it, only A's jobs of the same priority (its first) go before it.
      expect(rank).toBeLessThan(3);
    } finally {
      await w.close();
    }
  });
});

async function waitJob(harness: Harness, jobId: string, state?: string, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const job = await harness.queue.queue.getJob(jobId);
    const s = job ? await job.getState() : undefined;
    if (job && (state ? s === state : s === 'completed' || s === 'failed')) return job;
    if (Date.now() > end) throw new Error(`job ${jobId} is ${s} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
