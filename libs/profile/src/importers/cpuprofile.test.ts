import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkProfile,
  importProfile,
  LimitExceededError,
  MalformedProfileError,
  sampleStack,
  totalOf,
  UnsupportedFormatError,
} from '@hotpath/profile';
import type { Profile } from '@hotpath/profile';
import { hasCorpus, readCorpus } from '../../../../test/support/corpus';
import { apportion, cpuprofileImporter } from './cpuprofile';

const SAMPLES = 0;
const WALL = 1;
const CPU = 2;

/**
 * Imports a fixture with its file name, without it (detection from content)
 * and gzipped, checks each result, and returns the first: all three must
 * agree on every total.
 */
function importAllWays(bytes: Uint8Array, fileName: string): Profile {
  const named = importProfile(bytes, { fileName });
  const others = [importProfile(bytes), importProfile(gzipSync(bytes))];
  for (const p of [named, ...others]) {
    checkProfile(p);
    expect(p.format).toBe('cpuprofile');
    expect(p.sampleTypes.map((t) => `${t.type}/${t.unit}`)).toEqual(['samples/count', 'wall/microseconds', 'cpu/microseconds']);
    expect(p.defaultSampleType).toBe(CPU);
  }
  for (const p of others) expect(totals(p)).toEqual(totals(named));
  return named;
}

function totals(p: Profile): number[] {
  return p.sampleTypes.map((_, t) => totalOf(p, t));
}

interface SelfCost {
  /** Functions of that name, as `file:startLine`. */
  definitions: string[];
  values: number[];
  /** Self samples per executing line of the leaf frame. */
  lines: Record<number, number>;
}

/** Self cost of the functions called `name`: the samples whose leaf frame is theirs. */
function selfCost(p: Profile, name: string): SelfCost {
  const ids = new Set(p.functions.filter((f) => p.strings[f.name] === name).map((f) => f.id));
  const cost: SelfCost = {
    definitions: p.functions.filter((f) => ids.has(f.id)).map((f) => `${p.strings[f.filename]}:${f.startLine}`),
    values: p.sampleTypes.map(() => 0),
    lines: {},
  };
  const stride = p.sampleTypes.length;
  for (let i = 0; i < p.samples.length; i++) {
    const stack = sampleStack(p.samples, i);
    if (stack.length === 0) continue;
    const leaf = p.locations[stack[0] - 1].lines[0];
    if (!ids.has(leaf.functionId)) continue;
    for (let t = 0; t < stride; t++) cost.values[t] += p.samples.values[i * stride + t];
    cost.lines[leaf.line] = (cost.lines[leaf.line] ?? 0) + p.samples.values[i * stride + SAMPLES];
  }
  return cost;
}

function functionNames(p: Profile): string[] {
  return p.functions.map((f) => p.strings[f.name]);
}

// Totals worked out from the files (see each comment); wall time is the time from the
// first sample to endTime, so it falls short of endTime - startTime by the first timeDelta.
const CORPUS: [file: string, samples: number, wallUs: number, cpuUs: number, durationUs: number][] = [
  // endTime - startTime = 47892, timeDeltas[0] = 11575; no idle node.
  ['chrome-simple.cpuprofile', 29, 36317, 36317, 47892],
  // endTime - startTime = 22012290, timeDeltas[0] = 8384; no idle node.
  ['chrome-sucrase.cpuprofile', 17138, 22003906, 22003906, 22012290],
  // Legacy shape: 30 timestamps for 29 samples, the last marking the end: 163140645206 - 163140599286.
  ['node-example.cpuprofile', 29, 45920, 45920, 45920],
];

describe.skipIf(!hasCorpus)('cpuprofile importer on the corpus', () => {
  it.each(CORPUS)('%s: %i samples, wall %i µs, cpu %i µs, duration %i µs', (file, samples, wall, cpu, duration) => {
    const p = importAllWays(readCorpus('cpuprofile', file), file);
    expect(totals(p)).toEqual([samples, wall, cpu]);
    expect(p.durationNanos).toBe(duration * 1000);
    expect(p.timeNanos).toBe(0); // V8's clock is monotonic, not the epoch
    expect(functionNames(p)).not.toContain('(root)');
    expect(p.warnings).toEqual([]);
  });

  it('chrome-simple: definition lines become 1-based, self samples sit at their positionTicks lines', () => {
    const p = importProfile(readCorpus('cpuprofile', 'chrome-simple.cpuprofile'));
    // d: callFrame.lineNumber 13; positionTicks {16: 13, 14: 1} under b and {16: 14} under c.
    const d = selfCost(p, 'd');
    expect(d.definitions).toEqual([':14']);
    expect(d.lines).toEqual({ 16: 27, 14: 1 });
    expect(d.values[SAMPLES]).toBe(28);
    expect(selfCost(p, 'b').definitions).toEqual([':6']);
    expect(selfCost(p, 'c').definitions).toEqual([':10']);
    // The top-level script has an empty functionName.
    expect(selfCost(p, '(anonymous)')).toMatchObject({ definitions: [':1'], values: [1, 1060, 1060] });
  });

  it('chrome-sucrase: a known function at its 1-based line; GC and (program) are CPU', () => {
    const p = importProfile(readCorpus('cpuprofile', 'chrome-sucrase.cpuprofile'));
    const processRegion = selfCost(p, 'processRegion');
    // callFrame {functionName: processRegion, url: .../build/src/augmentTokens.js, lineNumber: 25}
    expect(processRegion.definitions).toEqual(['/Users/alanpierce/code/sucrase/build/src/augmentTokens.js:26']);
    expect(processRegion.values[SAMPLES]).toBe(1206);
    // Node 149, 2717 samples; their weights (time to the next sample) add up to 3446216 µs.
    expect(selfCost(p, '(garbage collector)').values).toEqual([2717, 3446216, 3446216]);
    expect(selfCost(p, '(program)').values).toEqual([54, 67185, 67185]);
  });

  it('node-example (legacy head tree): lineNumber is taken as the 1-based line V8 reports', () => {
    // V8's CpuProfileNode::GetLineNumber() is 1-based, 0 for none. This fixture was made by
    // speedscope's convertToOld.js from chrome-simple, copying its 0-based numbers, which is
    // why d is at 13 here and at 14 in chrome-simple.
    const p = importProfile(readCorpus('cpuprofile', 'node-example.cpuprofile'));
    expect(selfCost(p, 'd')).toMatchObject({ definitions: [':13'], values: [28, 34345, 34345] });
    expect(selfCost(p, '(anonymous)').definitions).toEqual([':0']);
  });

  it('does not claim the other JSON formats of the corpus', () => {
    for (const file of ['simple-sampled.speedscope.json', 'simple-evented.speedscope.json', 'two-sampled.speedscope.json']) {
      const bytes = readCorpus('speedscope', file);
      expect(cpuprofileImporter.sniff(bytes.subarray(0, 4096), bytes.subarray(0, 4096).toString()), file).toBe(false);
    }
  });
});

/**
 * A profile recorded now by this Node, with `--cpu-prof`: the real shape
 * of Node 20's output, (idle) included. Recording takes about 0.2 s.
 */
describe('cpuprofile importer on a fresh node --cpu-prof recording', () => {
  const SCRIPT = [
    "'use strict';",
    'function spin(ms) {', // line 2: spin's definition
    '  const end = Date.now() + ms;',
    '  let x = 0;',
    '  while (Date.now() < end) x += Math.sqrt(x + 1);', // line 5: where its time goes
    '  return x;',
    '}',
    'setTimeout(() => spin(40), 40);', // 40 ms idle, then 40 ms of work
  ].join('\n');
  let dir = '';
  let bytes: Buffer;
  let raw: { nodes: { id: number; callFrame: { functionName: string } }[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hotpath-cpuprof-'));
    writeFileSync(join(dir, 'spin.js'), SCRIPT);
    execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', join(dir, 'out'), '--cpu-prof-interval', '100', join(dir, 'spin.js')], {
      timeout: 10_000,
    });
    const [file] = readdirSync(join(dir, 'out'));
    bytes = readFileSync(join(dir, 'out', file));
    raw = JSON.parse(bytes.toString());
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every sample and all the time from the first sample to endTime', () => {
    const p = importAllWays(bytes, 'CPU.20250101.000000.1.0.001.cpuprofile');
    let t = raw.startTime;
    const times = raw.timeDeltas.map((d) => (t += d));
    expect(totalOf(p, SAMPLES)).toBe(raw.samples.length);
    expect(totalOf(p, WALL)).toBe(raw.endTime - Math.min(...times));
    expect(p.durationNanos).toBe((raw.endTime - raw.startTime) * 1000);
  });

  it('counts (idle) in wall time only', () => {
    const p = importProfile(bytes);
    const idleNode = raw.nodes.find((n) => n.callFrame.functionName === '(idle)')!;
    const idle = selfCost(p, '(idle)');
    expect(idle.values[SAMPLES]).toBe(raw.samples.filter((s) => s === idleNode.id).length);
    expect(idle.values[WALL]).toBeGreaterThan(20_000); // the 40 ms timer
    expect(idle.values[CPU]).toBe(0);
    expect(totalOf(p, CPU)).toBe(totalOf(p, WALL) - idle.values[WALL]);
  });

  it('puts spin at its 1-based definition line, and its self time at the loop line', () => {
    const p = importProfile(bytes);
    const spin = selfCost(p, 'spin');
    expect(spin.definitions).toEqual([`file://${join(dir, 'spin.js')}:2`]);
    expect(spin.values[CPU]).toBeGreaterThan(20_000); // 40 ms of spinning
    expect(spin.lines[5]).toBeGreaterThanOrEqual(0.9 * spin.values[SAMPLES]);
    // The timer callback is an anonymous arrow function on line 8.
    expect(selfCost(p, '(anonymous)').definitions).toContain(`file://${join(dir, 'spin.js')}:8`);
  });
});

// A small profile written by hand, to check each rule on numbers worked out here.
function handMade(): Record<string, unknown> {
  const frame = (functionName: string, lineNumber = -1, columnNumber = -1, url = '') => ({ functionName, scriptId: '1', url, lineNumber, columnNumber });
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), hitCount: 0, children: [2, 4, 5, 6] },
      { id: 2, callFrame: frame('main', 9, 4, 'file:///srv/app.js'), hitCount: 1, children: [3] },
      {
        id: 3,
        callFrame: frame('', 19, 2, 'file:///srv/app.js'),
        hitCount: 3,
        positionTicks: [
          { line: 21, ticks: 2 },
          { line: 22, ticks: 1 },
        ],
      },
      { id: 4, callFrame: frame('(idle)'), hitCount: 1 },
      { id: 5, callFrame: frame('(program)'), hitCount: 1 },
      { id: 6, callFrame: frame('(garbage collector)'), hitCount: 1 },
    ],
    startTime: 1000,
    endTime: 1100,
    samples: [3, 3, 4, 3, 5, 6, 2],
    // Times 1010 1020 1030 1025 1045 1055 1065: the fourth sample came out of order.
    timeDeltas: [10, 10, 10, -5, 20, 10, 10],
  };
}

function bytesOf(json: unknown): Buffer {
  return Buffer.from(JSON.stringify(json));
}

describe('cpuprofile importer on hand-made input', () => {
  it('sorts out-of-order samples, weighs each until the next, and splits self time by positionTicks', () => {
    const p = importAllWays(bytesOf(handMade()), 'hand.cpuprofile');
    // In time order: 1010 (3) 1020 (3) 1025 (3) 1030 (idle) 1045 (program) 1055 (gc) 1065 (main), end 1100.
    expect(totals(p)).toEqual([7, 90, 75]);
    expect(p.durationNanos).toBe(100_000);
    expect(p.warnings).toEqual(['1 samples were out of time order (negative timeDeltas); they were put in order']);
    // Node 3: 3 samples, 20 µs, split 2:1 over lines 21 and 22 (20 → 13 + 7 by largest remainder).
    const anonymous = selfCost(p, '(anonymous)');
    expect(anonymous.definitions).toEqual(['file:///srv/app.js:20']);
    expect(anonymous.lines).toEqual({ 21: 2, 22: 1 });
    expect(anonymous.values).toEqual([3, 20, 20]);
    expect(selfCost(p, '(idle)').values).toEqual([1, 15, 0]);
    expect(selfCost(p, '(program)').values).toEqual([1, 10, 10]);
    expect(selfCost(p, '(garbage collector)').values).toEqual([1, 10, 10]);
    expect(selfCost(p, 'main').values).toEqual([1, 35, 35]);
  });

  it('keeps callers at their definition line and column, 1-based', () => {
    const p = importProfile(bytesOf(handMade()));
    const main = p.functions.find((f) => p.strings[f.name] === 'main')!;
    expect(main.startLine).toBe(10);
    const callerLines = p.locations.filter((l) => l.lines[0].functionId === main.id).map((l) => l.lines[0]);
    expect(callerLines).toEqual([{ functionId: main.id, line: 10, column: 5 }]);
  });

  it('reads the legacy shape: 1-based lines, lineTicks, and the average interval for the last sample', () => {
    const legacy = {
      head: {
        functionName: '(root)', url: '', lineNumber: 0, id: 1, hitCount: 0,
        children: [{ functionName: 'f', url: '/app.js', lineNumber: 3, id: 2, hitCount: 3, children: [], lineTicks: [{ line: 4, hitCount: 3 }] }],
      },
      startTime: 0,
      endTime: 0,
      samples: [2, 2, 2],
      timestamps: [100, 110, 130],
    };
    const p = importAllWays(bytesOf(legacy), 'old.cpuprofile');
    // Weights 10, 20 and the average interval (130 - 100) / 2 = 15.
    expect(totals(p)).toEqual([3, 45, 45]);
    expect(selfCost(p, 'f')).toMatchObject({ definitions: ['/app.js:3'], lines: { 4: 3 } });
  });

  it('uses hitCount when a profile has no samples list', () => {
    const json = handMade();
    delete json.samples;
    delete json.timeDeltas;
    const p = importProfile(bytesOf(json));
    checkProfile(p);
    // 7 hits share the 100 µs of the recording.
    expect(totalOf(p, SAMPLES)).toBe(7);
    expect(totalOf(p, WALL)).toBeCloseTo(100, 9);
    expect(selfCost(p, '(idle)').values[CPU]).toBe(0);
    expect(p.warnings[0]).toMatch(/no samples list/);
  });

  it('reads JSON after a byte-order mark or leading whitespace', () => {
    for (const prefix of ['\ufeff', '\n  ']) {
      const p = importProfile(Buffer.from(prefix + JSON.stringify(handMade())));
      expect(p.format).toBe('cpuprofile');
    }
  });

  it('splits whole totals into whole parts that add up exactly', () => {
    expect(apportion(3, [2, 1])).toEqual([2, 1]);
    expect(apportion(20, [2, 1])).toEqual([13, 7]);
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [5])).toEqual([7]);
    expect(apportion(1.5, [1, 1])).toEqual([0.75, 0.75]);
  });
});

type Mutation = (json: Record<string, any>) => void;

const BROKEN: [what: string, mutate: Mutation, message: RegExp][] = [
  ['nodes not an array', (j) => (j.nodes = { 1: { callFrame: {} } }), /nodes is \{"1".*expected an array/],
  ['a node without callFrame', (j) => delete j.nodes[1].callFrame, /nodes\[1\]\.callFrame is missing, expected an object/],
  ['a lineNumber that is no number', (j) => (j.nodes[1].callFrame.lineNumber = 'x'), /nodes\[1\]\.callFrame\.lineNumber is "x", expected a number/],
  ['a sample of an unknown node', (j) => (j.samples[4] = 99), /samples\[4\] is node 99, which is not in nodes/],
  ['a child that is not a node', (j) => j.nodes[1].children.push(42), /node 2 lists child 42, which is not in nodes/],
  ['a node with two parents', (j) => j.nodes[0].children.push(3), /node 3 is a child of both node 1 and node 2/],
  ['children that form a cycle', (j) => j.nodes.push({ ...j.nodes[1], id: 7, children: [8] }, { ...j.nodes[1], id: 8, children: [7] }), /node 7 is its own ancestor/],
  ['a node id used twice', (j) => (j.nodes[5].id = 5), /node id 5 is used twice \(nodes\[4\] and nodes\[5\]\)/],
  ['timeDeltas of another length', (j) => j.timeDeltas.pop(), /timeDeltas has 6 entries for 7 samples/],
  ['a timeDelta that is no number', (j) => (j.timeDeltas[2] = null), /timeDeltas\[2\] is null, expected a number/],
  ['no startTime', (j) => delete j.startTime, /startTime is missing, expected a number/],
  ['positionTicks without counts', (j) => (j.nodes[2].positionTicks = [{ line: 3 }]), /nodes\[2\]\.positionTicks\[0\]\.ticks is missing/],
];

describe('cpuprofile importer on broken input', () => {
  it.each(BROKEN)('%s is malformed', (_what, mutate, message) => {
    const json = handMade();
    mutate(json);
    const run = () => importProfile(bytesOf(json));
    expect(run).toThrow(MalformedProfileError);
    expect(run).toThrow(message);
  });

  it('reports truncated JSON as a malformed cpuprofile', () => {
    const text = JSON.stringify(handMade());
    expect(() => importProfile(Buffer.from(text.slice(0, text.length / 2)))).toThrow(/malformed cpuprofile profile: invalid JSON/);
  });

  it('reports a legacy profile whose timestamps do not match its samples', () => {
    const legacy = { head: { functionName: '(root)', url: '', lineNumber: 0, id: 1, hitCount: 0, children: [] }, startTime: 0, endTime: 0, samples: [1, 1, 1], timestamps: [1] };
    expect(() => importProfile(bytesOf(legacy))).toThrow(/timestamps has 1 entries for 3 samples \(expected 3 or 4\)/);
  });

  it('leaves JSON of other shapes to other importers', () => {
    // A V8 heap profile has a "head" too, of callFrames; a trace wraps profiles in traceEvents.
    const heap = { head: { callFrame: { functionName: '(root)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }, selfSize: 0, id: 1, children: [] }, samples: [] };
    const trace = { traceEvents: [{ name: 'ProfileChunk', args: { data: { cpuProfile: { nodes: [{ callFrame: {}, id: 1 }] } } } }] };
    for (const json of [heap, trace, { nodes: 'no callFrame here' }, [handMade()]]) {
      const text = JSON.stringify(json);
      expect(cpuprofileImporter.sniff(Buffer.from(text), text), text).toBe(false);
      // Traces belong to the Chrome trace importer; the other shapes to nobody.
      if (json !== trace) expect(() => importProfile(bytesOf(json))).toThrow(UnsupportedFormatError);
    }
    // Forced, it says why it is not a CPU profile.
    expect(() => importProfile(bytesOf(heap), { format: 'cpuprofile' })).toThrow(/not cpuprofile: a "head" of callFrames is a V8 heap profile/);
  });

  it('stops at the sample and depth limits', () => {
    expect(() => importProfile(bytesOf(handMade()), { limits: { maxSamples: 5 } })).toThrow(LimitExceededError);
    const deep = handMade();
    const nodes = deep.nodes as { id: number; children?: number[] }[];
    nodes[2].children = [7];
    for (let id = 7; id < 40; id++) nodes.push({ ...nodes[2], id, children: id < 39 ? [id + 1] : [] } as never);
    deep.samples = [39];
    deep.timeDeltas = [1];
    expect(() => importProfile(bytesOf(deep), { limits: { maxStackDepth: 16 } })).toThrow(/maxStackDepth exceeded/);
  });
});
