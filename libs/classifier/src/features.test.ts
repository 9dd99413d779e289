import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProfile } from '@hotpath/profile';
import { CallTree, hotStacks, selectSampleType } from '@hotpath/analysis';
import { parseFixture } from '@hotpath/rules';
import { DENSE_OFFSET, FEATURES, HASH_BUCKETS, fnv1a, hiddenClass, stackFeatures, stackInput, words } from './features';
import { modelStacks } from './detect';
import { renameStack } from './rename';
import { rng } from './model';

describe('hiddenClass', () => {
  it('drops what varies per run and per program from JVM lambda and method-handle frames', () => {
    expect(hiddenClass('LiftDay$$Lambda$92+0x00007f0e6c009658/2025269734.apply')).toBe('$$Lambda.apply');
    expect(hiddenClass('org.acme.Shop$$Lambda$7/0x0000000800c0b000.accept')).toBe('$$Lambda.accept');
    expect(hiddenClass('java.lang.invoke.LambdaForm$MH+0x00007f8094089400/706760298.invoke')).toBe('java.lang.invoke.LambdaForm$MH.invoke');
    // A JDK class's lambda keeps its class: it says what runs (matching, here).
    expect(hiddenClass('java.util.regex.Pattern$CharPredicate$$Lambda$21+0x80000002d/32863545.is')).toBe('java.util.regex.Pattern$CharPredicate$$Lambda.is');
    expect(hiddenClass('java.util.regex.Pattern.compile')).toBe('java.util.regex.Pattern.compile');
    // async-profiler's slashed names, and addresses after a dot.
    expect(hiddenClass('com/acme/Shop$$Lambda$92+0x0000000800c0d000.apply')).toBe('$$Lambda.apply');
    expect(hiddenClass('Shop$$Lambda$92.0x0000000800c0d000.apply')).toBe('$$Lambda.apply');
    expect(hiddenClass('java/util/regex/Pattern$CharPredicate$$Lambda$21+0x80000002d/32863545.is')).toBe('java/util/regex/Pattern$CharPredicate$$Lambda.is');
  });

  it('gives two programs\' lambdas the same features', () => {
    const stack = (lambda: string) => ({ share: 0.1, frames: [{ name: 'java.lang.Thread.run', file: '' }, { name: lambda, file: '' }, { name: 'java.util.regex.Pattern.compile', file: '' }] });
    expect(stackFeatures(stack('A$$Lambda$1+0x01/11.run'))).toEqual(stackFeatures(stack('com.b.C$$Lambda$9+0xff/22.run')));
  });
});

describe('words', () => {
  it('splits camelCase, snake_case, namespaces, paths and $', () => {
    expect(words('new_S3Client$1')).toEqual(['new', 's3', 'client']);
    expect(words('parseJSONBody')).toEqual(['parse', 'json', 'body']);
    expect(words('java.util.regex.Pattern.compile')).toEqual(['java', 'util', 'regex', 'pattern', 'compile']);
    expect(words('net/http.(*Transport).dialConn')).toEqual(['net', 'http', 'transport', 'dial', 'conn']);
    expect(words('ObjectMonitor::enter')).toEqual(['object', 'monitor', 'enter']);
  });
});

describe('fnv1a', () => {
  it('is the 32-bit FNV-1a hash', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('stackFeatures', () => {
  const stack = {
    share: 0.25,
    frames: [
      { name: 'processTicksAndRejections', file: 'node:internal/process/task_queues' },
      { name: 'handleOrder', file: 'file:///srv/app/orders.js' },
      { name: 'S3Client', file: 'file:///srv/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js' },
      { name: 'resolveConfig', file: 'file:///srv/app/node_modules/@smithy/config-resolver/dist-cjs/index.js' },
    ],
  };

  it('has a fixed length, hashes runtime names and the shapes of the others, and documented dense features', () => {
    const v = stackFeatures(stack);
    expect(v.length).toBe(FEATURES);
    expect(v[fnv1a('r:process') % HASH_BUCKETS]).toBeGreaterThan(0);
    expect(v[fnv1a('s:library:ctor:1') % HASH_BUCKETS]).toBeGreaterThan(0); // S3Client, one above the leaf
    expect(v[fnv1a('K:runtime>application>library') % HASH_BUCKETS]).toBeGreaterThan(0);
    expect(v[DENSE_OFFSET]).toBeCloseTo(4 / 64);
    expect(v[DENSE_OFFSET + 2]).toBe(1); // the leaf is library code
    expect(v[DENSE_OFFSET + 10]).toBeCloseTo(0.25);
    expect(v[DENSE_OFFSET + 14]).toBeCloseTo(2 / 8); // two frames below handleOrder
    expect(v[DENSE_OFFSET + 15]).toBe(1);
    expect(v[DENSE_OFFSET + 18]).toBeCloseTo(3 / 8); // handleOrder, S3Client, resolveConfig
  });

  it('is deterministic; library and application names do not count, their shapes and runtime names do', () => {
    expect(stackFeatures(stack)).toEqual(stackFeatures(structuredClone(stack)));
    const renamed = { ...stack, frames: stack.frames.map((f, i) => (i === 3 ? { ...f, name: 'compileRegex' } : f)) };
    expect(stackFeatures(renamed)).toEqual(stackFeatures(stack));
    const ctor = { ...stack, frames: stack.frames.map((f, i) => (i === 3 ? { ...f, name: 'ConfigResolver' } : f)) };
    expect(stackFeatures(ctor)).not.toEqual(stackFeatures(stack));
    const runtime = { ...stack, frames: [...stack.frames, { name: 'createSecureContext', file: 'node:_tls_common' }] };
    expect(stackFeatures(runtime)[fnv1a('L:createsecurecontext') % HASH_BUCKETS]).toBeGreaterThan(0);
  });

  it('reads a call tree hot stack', () => {
    const p = parseFixture(
      'stacks:\n  - weight: 3\n    frames: [main @ /srv/app/a.js:1, JSON.parse]\n  - weight: 1\n    frames: [main @ /srv/app/a.js:1]\n',
      'inline',
    );
    const tree = new CallTree(p, 0);
    const [hot] = hotStacks(tree);
    const input = stackInput(tree, hot);
    expect(input.frames.map((f) => f.name)).toEqual(['main', 'JSON.parse']);
    expect(input.share).toBeCloseTo(0.75);
    expect(input.frames[0].total).toBeCloseTo(1);
    expect(input.frames[1].self).toBeCloseTo(0.75);
  });

  it('tells regular expressions built per call from precompiled ones by the sources their owner runs', () => {
    // highlight builds a pattern per term: six sources, each seen once. render runs two, thousands of times.
    const terms = ['ab', 'cd', 'ef', 'gh', 'ij', 'kl'].map((t) => `  - weight: 1\n    frames: [main @ /srv/app/a.js:1, highlight @ /srv/app/h.js:9, 'RegExp: \\b${t}\\w*']\n`);
    const p = parseFixture(
      'stacks:\n' +
        terms.join('') +
        '  - weight: 40\n    frames: [main @ /srv/app/a.js:1, highlight @ /srv/app/h.js:9]\n' +
        "  - weight: 300\n    frames: [main @ /srv/app/a.js:1, render @ /srv/app/r.js:4, 'RegExp: [&<>]']\n" +
        "  - weight: 200\n    frames: [main @ /srv/app/a.js:1, render @ /srv/app/r.js:4, 'RegExp: ^#+']\n" +
        '  - weight: 40\n    frames: [main @ /srv/app/a.js:1, render @ /srv/app/r.js:4]\n',
      'inline',
    );
    const tree = new CallTree(p, 0);
    const input = (fn: string) => stackInput(tree, hotStacks(tree).find((h) => tree.frames.name(h.frames[h.frames.length - 1]) === fn)!);
    const total = 6 + 40 + 300 + 200 + 40;
    expect(input('highlight').context).toEqual({ regexSources: 6, regexRare: 6, regexShare: 6 / total, ownShare: 40 / total });
    expect(input('render').context).toEqual({ regexSources: 2, regexRare: 0, regexShare: 500 / total, ownShare: 40 / total });
    const fresh = stackFeatures(input('highlight'))[DENSE_OFFSET + 21];
    expect(fresh).toBeCloseTo(6 / 8);
    expect(stackFeatures(input('render'))[DENSE_OFFSET + 21]).toBe(0);
    // However often each runs: how many sources, and how much of the work is the owner's own.
    expect(stackFeatures(input('highlight'))[DENSE_OFFSET + 22]).toBeCloseTo(6 / 16);
    expect(stackFeatures(input('highlight'))[DENSE_OFFSET + 23]).toBeCloseTo(40 / 46);
    // Two expressions are no evidence either way: none of the regex features is set.
    expect([21, 22, 23].map((k) => stackFeatures(input('render'))[DENSE_OFFSET + k])).toEqual([0, 0, 0]);
    // The pseudo-frames are the runtime's: renaming the program keeps what its functions run.
    expect(stackFeatures(renameStack(input('highlight'), rng(1)))[DENSE_OFFSET + 21]).toBeCloseTo(fresh);
  });

  it('tells a constructor whose own time is its first statement (an error capturing its stack) from one that builds fields', () => {
    // A V8 profile: callFrame.lineNumber is the function's first line (0-based), positionTicks the 1-based lines of its samples.
    const node = (id: number, name: string, line: number, children: number[], ticks: [number, number][] = []) => ({
      id,
      callFrame: { functionName: name, scriptId: '1', url: 'file:///srv/app/lib.js', lineNumber: line, columnNumber: 2 },
      hitCount: ticks.reduce((a, [, t]) => a + t, 0),
      children,
      positionTicks: ticks.map(([l, t]) => ({ line: l, ticks: t })),
    });
    const nodes = [
      { id: 1, callFrame: { functionName: '(root)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }, hitCount: 0, children: [2] },
      node(2, 'checkSlot', 40, [3, 4, 5]),
      node(3, 'SlotUnavailableError', 10, [], [[12, 19], [13, 1]]),
      node(4, 'QuoteLine', 20, [], [[22, 6], [24, 7], [25, 7]]),
      node(5, 'formatSlot', 30, [], [[31, 20]]),
    ];
    const samples = [...Array(20).fill(3), ...Array(20).fill(4), ...Array(20).fill(5)];
    const cpuprofile = { nodes, startTime: 0, endTime: 60_000, samples, timeDeltas: samples.map(() => 1000) };
    const profile = importProfile(Buffer.from(JSON.stringify(cpuprofile)), { fileName: 'cpu.cpuprofile' });
    const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
    const { inputs } = modelStacks(tree);
    const at = (fn: string) => inputs.find((s) => s.frames[s.frames.length - 1].name === fn)!;
    const dense = (s: ReturnType<typeof at>) => stackFeatures(s)[DENSE_OFFSET + 24];
    // 19 of its 20 samples on the line after its first: the super(message) that captures the stack.
    expect(at('SlotUnavailableError').firstStatement).toBe(true);
    expect(dense(at('SlotUnavailableError'))).toBe(1);
    // A value object's constructor spreads its time over the fields it builds.
    expect(at('QuoteLine').firstStatement).toBeUndefined();
    expect(dense(at('QuoteLine'))).toBe(0);
    // A one-line function is all first statement, but only a constructor's counts.
    expect(at('formatSlot').firstStatement).toBe(true);
    expect(dense(at('formatSlot'))).toBe(0);
    // Lines are the profile's: renaming keeps the feature.
    expect(stackFeatures(renameStack(at('SlotUnavailableError'), rng(3)))[DENSE_OFFSET + 24]).toBe(1);
  });

  it('values one sample by the profile\'s sample count, not by its merged records', () => {
    // V8 merges the samples of one node into one record: 4 265 samples of 1 ms in about 550 records.
    const file = join(__dirname, '..', '..', '..', 'test/holdout2/node-search-api/profiles/cpu.cpuprofile');
    if (!existsSync(file)) return;
    const profile = importProfile(readFileSync(file), { fileName: file });
    const tree = new CallTree(profile, selectSampleType(profile));
    expect(tree.samples).toBeLessThan(1000);
    const perSample = Math.abs(tree.total) / tree.samplesTaken; // microseconds, what the regex context's "rare" is measured in
    expect(perSample).toBeGreaterThan(500);
    expect(perSample).toBeLessThan(1500);
  });
});
