import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallTree, selectSampleType } from '@hotpath/analysis';
import { importProfile, ProfileBuilder } from '@hotpath/profile';
import type { Finding, StackFrame } from '@hotpath/report';
import { parseFixture } from '@hotpath/rules';
import { classifyTree, DEFAULT_MODEL_PATH, findingsFromProbabilities, MAX_STACKS, mergeFindings, MIN_STACK_SHARE, modelStacks } from './detect';
import { CLASSES, rng } from './model';
import { renameProfile } from './rename';

const ROOT = join(__dirname, '..', '..', '..');

// Two call sites: `handler` builds a client per call (stacks through ClientWrapper), `other` hashes.
const FIXTURE = `stacks:
  - weight: 30
    frames: [main @ /srv/app/a.js:1, handler @ /srv/app/a.js:10, ClientWrapper @ /srv/app/client.js:5, createSecureContext @ node:_tls_common:96]
  - weight: 10
    frames: [main @ /srv/app/a.js:1, handler @ /srv/app/a.js:10, ClientWrapper @ /srv/app/client.js:7]
  - weight: 50
    frames: [main @ /srv/app/a.js:1, other @ /srv/app/a.js:20, digest @ node:internal/crypto/hash:120]
  - weight: 10
    frames: [main @ /srv/app/a.js:1]
`;

/** A rule's finding that claims the stacks through `claimed` below `blame`. */
function ruleFinding(category: Finding['category'], claimed: StackFrame, blame: StackFrame): Finding {
  const impact = { share: 0.3, value: 30, unit: 'count' };
  return { ruleId: 'node.rule', category, detector: 'rule', confidence: 0.9, severity: 'high', title: 't', impact, stack: [claimed], blame, explanation: 'e', recommendation: 'r' };
}

function probabilities(rows: [string, number][]): Float32Array {
  const C = CLASSES.length;
  const p = new Float32Array(rows.length * C);
  rows.forEach(([category, v], r) => {
    const c = CLASSES.indexOf(category);
    p.fill((1 - v) / (C - 1), r * C, (r + 1) * C);
    p[r * C + c] = v;
  });
  return p;
}

describe('model findings', () => {
  const tree = new CallTree(parseFixture(FIXTURE, 'inline'), 0, { granularity: 'line' });
  const { hot } = modelStacks(tree);
  const by = (fn: string) => hot.findIndex((h) => h.frames.some((f) => tree.frames.name(f) === fn) && tree.frames.name(h.frames[h.frames.length - 1]) !== 'main');
  const rows = (client: number, other: number): [string, number][] =>
    hot.map((h) => {
      const names = h.frames.map((f) => tree.frames.name(f));
      if (names.includes('ClientWrapper')) return ['client-construction-in-hot-path', client];
      if (names.includes('other')) return ['sync-crypto-on-request-path', other];
      return ['none', 0.99];
    });

  it('groups stacks of one category by the blamed application frame, above the threshold only', () => {
    expect(by('ClientWrapper')).toBeGreaterThanOrEqual(0);
    const findings = findingsFromProbabilities(tree, hot, probabilities(rows(0.9, 0.6)), CLASSES, { threshold: 0.8 });
    expect(findings).toHaveLength(1); // ClientWrapper's two lines are one site, blamed on the heavier line
    const [f] = findings;
    expect(f.detector).toBe('model');
    expect(f.ruleId).toBe('model.client-construction-in-hot-path');
    expect(f.confidence).toBeCloseTo(0.9, 3);
    expect(f.blame).toEqual({ function: 'ClientWrapper', file: '/srv/app/client.js', line: 5 });
    expect(f.impact.share).toBeCloseTo(0.4);
    expect(f.severity).toBe('high');
    expect(f.stack.map((s) => s.function)).toEqual(['main', 'handler', 'ClientWrapper', 'createSecureContext']);
    const lower = findingsFromProbabilities(tree, hot, probabilities(rows(0.9, 0.6)), CLASSES, { threshold: 0.5 });
    expect(lower.map((f) => f.category)).toContain('sync-crypto-on-request-path');
    expect(() => findingsFromProbabilities(tree, hot, probabilities(rows(0.9, 0.6)), CLASSES, { threshold: 1.5 })).toThrow(/threshold/);
  });

  it('drops stacks a rule claimed under another category, and its blamed function\'s own time', () => {
    const rule = ruleFinding('connection-without-keepalive', { function: 'createSecureContext', file: 'node:_tls_common', line: 96 }, { function: 'ClientWrapper', file: '/srv/app/client.js', line: 5 });
    const model = (rules: Finding[]) =>
      findingsFromProbabilities(tree, hot, probabilities(rows(0.9, 0.6)), CLASSES, { threshold: 0.8, ruleFindings: rules }).map((f) => [f.blame?.line, f.impact.share]);
    // Line 5's stack runs through the claimed frame; line 7's is the blamed function's own time: both the rule's.
    expect(model([rule])).toEqual([]);
    // Blamed on the caller, the rule explains what runs below it through its frame, not ClientWrapper's own time.
    expect(model([{ ...rule, blame: { function: 'handler', file: '/srv/app/a.js', line: 10 } }])).toEqual([[7, 0.1]]);
    // A claim on one line leaves a rule's frame on another line alone; the blamed function's own time stays the rule's.
    const elsewhere = { ...rule, stack: [{ ...rule.stack[0], line: 99 }] };
    expect(model([elsewhere])).toEqual([[5, 0.3]]);
  });

  it('takes a rule\'s claim on some lines of a stack of summed lines out of the model\'s share, and keeps the rest', () => {
    // handler:10 → ClientWrapper:5 (30) and handler:12 → ClientWrapper:5 (20) are one path of functions.
    const summed = new CallTree(
      parseFixture(
        `stacks:
  - weight: 30
    frames: [main @ /srv/app/a.js:1, handler @ /srv/app/a.js:10, ClientWrapper @ /srv/app/client.js:5]
  - weight: 20
    frames: [main @ /srv/app/a.js:1, handler @ /srv/app/a.js:12, ClientWrapper @ /srv/app/client.js:5]
  - weight: 50
    frames: [main @ /srv/app/a.js:1]
`,
        'inline',
      ),
      0,
      { granularity: 'line' },
    );
    const { hot: stacks } = modelStacks(summed);
    const wrapper = stacks.findIndex((h) => summed.frames.name(h.frames[h.frames.length - 1]) === 'ClientWrapper');
    expect(stacks[wrapper].value).toBe(50);
    const p = probabilities(stacks.map((_, i) => (i === wrapper ? ['client-construction-in-hot-path', 0.9] : ['none', 0.99])));
    const claim = (line: number, category: Finding['category']) =>
      ruleFinding(category, { function: 'ClientWrapper', file: '/srv/app/client.js', line: 5 }, { function: 'handler', file: '/srv/app/a.js', line });
    const share = (rules: Finding[]) => findingsFromProbabilities(summed, stacks, p, CLASSES, { ruleFindings: rules }).map((f) => f.impact.share);
    expect(share([])).toEqual([0.5]);
    // The lighter line claimed under another category: the model keeps the heavier one's 30.
    expect(share([claim(12, 'connection-without-keepalive')])).toEqual([0.3]);
    // The heavier line claimed: the model keeps the lighter one's 20.
    expect(share([claim(10, 'connection-without-keepalive')])).toEqual([0.2]);
    // Claimed under the model's own category: the model's finding is the same (and folds into the rule's later).
    expect(share([claim(12, 'client-construction-in-hot-path')])).toEqual([0.5]);
    expect(share([claim(10, 'logging-overhead'), claim(12, 'connection-without-keepalive')])).toEqual([]);
  });

  it('counts a scan\'s loop, its blamed function\'s own time, in the scan\'s share and in no other category\'s', () => {
    // A Go lookup by linear scan: the model sees its string comparisons (1 %), not its loop (19 %).
    const scan = new CallTree(
      parseFixture(
        `stacks:
  - weight: 1
    frames: [main.main @ /srv/app/main.go:1, main.lookup @ /srv/app/reg.go:20, runtime.memequal @ /usr/lib/go/src/internal/bytealg/equal_amd64.s:14]
  - weight: 19
    frames: [main.main @ /srv/app/main.go:1, main.lookup @ /srv/app/reg.go:21]
  - weight: 80
    frames: [main.main @ /srv/app/main.go:1, main.other @ /srv/app/main.go:30]
`,
        'inline',
      ),
      0,
      { granularity: 'line' },
    );
    const stacks = modelStacks(scan).hot;
    const as = (category: string) =>
      findingsFromProbabilities(scan, stacks, probabilities(stacks.map((h) => (h.frames.some((f) => scan.frames.name(f) === 'runtime.memequal') ? [category, 0.95] : ['none', 0.9]))), CLASSES).map((f) => [f.category, f.impact.share, f.confidence]);
    expect(as('quadratic-collection-scan')).toEqual([['quadratic-collection-scan', 0.2, 0.95]]);
    // Below the minimum share on its own, a category whose cost is not a loop stays unreported.
    expect(as('string-formatting-overhead')).toEqual([]);
  });

  it('counts everything a client\'s constructor runs in the client\'s share, not what another category or a rule holds', () => {
    // The model knows the agent beneath the constructor (3 %), not the operation tables it compiles (25 %) or its own time (10 %).
    const ctor = new CallTree(
      parseFixture(
        `stacks:
  - weight: 3
    frames: [main @ /srv/app/a.js:1, handler @ /srv/app/a.js:10, OtaClient @ /srv/app/client.js:5, Agent @ node:_http_agent:90]
  - weight: 25
    frames: [main @ /srv/app/a.js:1, handler @ /srv/app/a.js:10, OtaClient @ /srv/app/client.js:6, compileOperation @ /srv/app/ops.js:12]
  - weight: 10
    frames: [main @ /srv/app/a.js:1, handler @ /srv/app/a.js:10, OtaClient @ /srv/app/client.js:7]
  - weight: 12
    frames: [main @ /srv/app/a.js:1, handler @ /srv/app/a.js:10, OtaClient @ /srv/app/client.js:8, loadKey @ /srv/app/keys.js:3, readFileSync @ node:fs:450]
  - weight: 50
    frames: [main @ /srv/app/a.js:1, render @ /srv/app/a.js:30]
`,
        'inline',
      ),
      0,
      { granularity: 'line' },
    );
    const stacks = modelStacks(ctor).hot;
    const has = (h: (typeof stacks)[number], fn: string) => h.frames.some((f) => ctor.frames.name(f) === fn);
    const rows = stacks.map((h): [string, number] => (has(h, 'Agent') ? ['client-construction-in-hot-path', 0.95] : has(h, 'readFileSync') ? ['sync-io-on-request-path', 0.9] : ['none', 0.9]));
    const shares = (rules: Finding[] = []) =>
      Object.fromEntries(findingsFromProbabilities(ctor, stacks, probabilities(rows), CLASSES, { ruleFindings: rules }).map((f) => [f.category, f.impact.share]));
    // The agent, the compiled operations and the constructor's own time; the key file read is sync I/O's.
    expect(shares()).toEqual({ 'client-construction-in-hot-path': 0.38, 'sync-io-on-request-path': 0.12 });
    // What a rule claimed under another category stays the rule's.
    const regex = ruleFinding('regex-compilation-in-hot-path', { function: 'compileOperation', file: '/srv/app/ops.js', line: 12 }, { function: 'OtaClient', file: '/srv/app/client.js', line: 6 });
    expect(shares([regex])['client-construction-in-hot-path']).toBeCloseTo(0.03);
    // A function that is not a constructor gets only the stacks the model named.
    const plain = new CallTree(parseFixture(FIXTURE.replace(/ClientWrapper/g, 'clientWrapper'), 'inline'), 0, { granularity: 'line' });
    const plainHot = modelStacks(plain).hot;
    const plainRows = plainHot.map((h): [string, number] =>
      h.frames.some((f) => plain.frames.name(f) === 'createSecureContext') ? ['client-construction-in-hot-path', 0.95] : ['none', 0.9],
    );
    expect(findingsFromProbabilities(plain, plainHot, probabilities(plainRows), CLASSES).map((f) => f.impact.share)).toEqual([0.3]);
  });

  it('folds a model finding into the rule finding at the same function and category', () => {
    const model = findingsFromProbabilities(tree, hot, probabilities(rows(0.9, 0.6)), CLASSES, { threshold: 0.5 });
    expect(model.map((f) => f.category).sort()).toEqual(['client-construction-in-hot-path', 'sync-crypto-on-request-path']);
    const site = model.find((f) => f.category === 'client-construction-in-hot-path')!;
    const rule: Finding = { ...site, ruleId: 'node.client-per-call', detector: 'rule', confidence: 0.95, blame: { ...site.blame!, line: 7 }, explanation: 'Built per call.' };
    const merged = mergeFindings([rule], model);
    expect(merged).toHaveLength(2);
    expect(merged[0].ruleId).toBe('node.client-per-call');
    expect(merged[0].explanation).toMatch(/stack classifier agrees \(confidence 0\.9\)/);
    expect(merged[1].detector).toBe('model');
    expect(merged[1].category).toBe('sync-crypto-on-request-path');
    expect(rule.explanation).toBe('Built per call.'); // inputs are not modified
    // Another category at the same function is not folded.
    expect(mergeFindings([{ ...rule, category: 'logging-overhead' }], model)).toHaveLength(3);
  });
});

describe('the stacks the model scores', () => {
  it('sums a function spread over many lines into one stack, so a low-sample pattern is not cut off by the limit', () => {
    // 450 one-sample lines of `compileRules` under `handle`, and MAX_STACKS + 100 other leaf functions of 2 samples each.
    const b = new ProfileBuilder('test', [{ type: 'samples', unit: 'count' }]);
    const main = b.frame({ name: 'main', file: '/srv/app/main.go', line: 3 });
    const handle = b.frame({ name: 'handle', file: '/srv/app/h.go', line: 9 });
    for (let line = 1; line <= 450; line++) b.addSample([b.frame({ name: 'compileRules', file: '/srv/app/rules.go', line }), handle, main], [1]);
    for (let i = 0; i < MAX_STACKS + 100; i++) b.addSample([b.frame({ name: `work${i}`, file: '/srv/app/w.go', line: 1 }), main], [2]);
    const tree = new CallTree(b.build(), 0, { granularity: 'line' });
    expect(2 / tree.total).toBeGreaterThanOrEqual(MIN_STACK_SHARE); // every work function is scored if the limit allows
    const { hot, inputs } = modelStacks(tree);
    expect(hot).toHaveLength(MAX_STACKS);
    const leaf = (i: number) => tree.frames.name(hot[i].frames[hot[i].frames.length - 1]);
    expect(leaf(0)).toBe('compileRules');
    expect(hot[0].value).toBe(450);
    expect(inputs[0].share).toBeCloseTo(450 / (450 + 2 * (MAX_STACKS + 100)));
    expect(hot.filter((_, i) => leaf(i) === 'compileRules')).toHaveLength(1);
  });
});

const holdout = (p: string) => join(ROOT, 'test', p);

describe.skipIf(!existsSync(DEFAULT_MODEL_PATH))('the shipped model on programs it never saw, frames renamed', () => {
  const load = (file: string) => importProfile(readFileSync(file), { fileName: file });

  it.each([
    ['holdout2/go-metrics/profiles/cpu.pb.gz', 'regex-compilation-in-hot-path', 'regexp'],
    ['holdout2/node-search-api/profiles/cpu.cpuprofile', 'sync-crypto-on-request-path', 'pbkdf2Sync|scryptSync'],
  ])('%s → %s', async (file, category, runtimeFrame) => {
    const profile = renameProfile(load(holdout(file)), rng(7));
    const names = profile.functions.map((f) => profile.strings[f.name]);
    const files = profile.functions.map((f) => profile.strings[f.filename]);
    // Nothing of the program's names or files is left, only the runtime's.
    expect(files.some((n) => /highlight|auth|metrics|holdout/i.test(n))).toBe(false);
    expect(names.some((n) => new RegExp(runtimeFrame).test(n))).toBe(true);
    const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
    const findings = await classifyTree(tree);
    expect(findings.map((f) => f.category)).toContain(category);
    for (const f of findings) expect(f.detector).toBe('model');
  });
});
