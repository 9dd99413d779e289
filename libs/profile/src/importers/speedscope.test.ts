import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkProfile, importProfile, LimitExceededError, MalformedProfileError, sampleStack, UnsupportedFormatError } from '@hotpath/profile';
import type { Profile } from '@hotpath/profile';
import { hasCorpus, readCorpus } from '../../../../test/support/corpus';
import { speedscopeImporter } from './speedscope';

const SCHEMA = 'https://www.speedscope.app/file-format-schema.json';

/**
 * Imports with the file name, without it (detection from content) and
 * gzipped; checks each and returns the first, after checking the other two
 * read the same stacks.
 */
function importAllWays(bytes: Uint8Array, fileName: string): Profile {
  const named = importProfile(bytes, { fileName });
  const others = [importProfile(bytes), importProfile(gzipSync(bytes))];
  for (const p of [named, ...others]) {
    checkProfile(p);
    expect(p.format).toBe('speedscope');
  }
  for (const p of others) expect(stacksOf(p)).toEqual(stacksOf(named));
  return named;
}

/** Every sample as `labels|root;...;leaf` → its values; equal keys are summed. */
function stacksOf(p: Profile): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const stride = p.sampleTypes.length;
  for (let i = 0; i < p.samples.length; i++) {
    const frames = Array.from(sampleStack(p.samples, i))
      .reverse()
      .map((id) => p.strings[p.functions[p.locations[id - 1].lines[0].functionId - 1].name]);
    const labels = p.labelSets[p.samples.labelSet[i]].map((l) => `${p.strings[l.key]}=${p.strings[l.str]}`).join(',');
    const key = `${labels}|${frames.join(';')}`;
    const values = Array.from(p.samples.values.subarray(i * stride, (i + 1) * stride));
    out[key] = out[key] ? out[key].map((v, t) => v + values[t]) : values;
  }
  return out;
}

function types(p: Profile): string[] {
  return p.sampleTypes.map((t) => `${t.type}/${t.unit}`);
}

const S = 1e9; // nanoseconds in a second

// Per-stack values worked out from the files; samples are root first there.
const CORPUS: [file: string, types: string[], durationNanos: number, stacks: Record<string, number[]>][] = [
  [
    // unit seconds; samples [a,b,c]×1, [a,b,c]×1, [a,b,d]×4, [a,b,c]×3, [a,b]×5
    'simple-sampled.speedscope.json',
    ['wall/nanoseconds'],
    14 * S,
    { 'thread=simple.speedscope.json|a;b;c': [5 * S], 'thread=simple.speedscope.json|a;b;d': [4 * S], 'thread=simple.speedscope.json|a;b': [5 * S] },
  ],
  [
    // unit none; c on top 0..2 and 6..9, d 2..6, b alone 9..14
    'simple-evented.speedscope.json',
    ['samples/count'],
    0,
    { 'thread=simple.txt|a;b;c': [5], 'thread=simple.txt|a;b;d': [4], 'thread=simple.txt|a;b': [5] },
  ],
  [
    // two profiles "one" and "two", each the same as simple-sampled
    'two-sampled.speedscope.json',
    ['wall/nanoseconds'],
    14 * S,
    {
      'thread=one|a;b;c': [5 * S], 'thread=one|a;b;d': [4 * S], 'thread=one|a;b': [5 * S],
      'thread=two|a;b;c': [5 * S], 'thread=two|a;b;d': [4 * S], 'thread=two|a;b': [5 * S],
    },
  ],
];

describe.skipIf(!hasCorpus)('speedscope importer on the corpus', () => {
  it.each(CORPUS)('%s', (file, sampleTypes, durationNanos, stacks) => {
    const p = importAllWays(readCorpus('speedscope', file), file);
    expect(types(p)).toEqual(sampleTypes);
    expect(p.defaultSampleType).toBe(0);
    expect(p.durationNanos).toBe(durationNanos);
    expect(stacksOf(p)).toEqual(stacks);
  });

  it('refuses invalid-incomplete-trace.json, naming the profile, the frame and the time', () => {
    const bytes = readCorpus('speedscope', 'invalid-incomplete-trace.json');
    for (const fileName of ['invalid-incomplete-trace.json', undefined]) {
      const run = () => importProfile(bytes, { fileName });
      expect(run).toThrow(MalformedProfileError);
      expect(run).toThrow('malformed speedscope profile: profile "p1": frame 0 ("A"), opened at 0, is never closed before the profile\'s end at 100');
    }
  });

  it('does not claim the V8 CPU profiles of the corpus', () => {
    for (const file of ['chrome-simple.cpuprofile', 'node-example.cpuprofile', 'chrome-sucrase.cpuprofile']) {
      const head = readCorpus('cpuprofile', file).subarray(0, 4096);
      expect(speedscopeImporter.sniff(head, head.toString()), file).toBe(false);
    }
  });
});

const FRAMES = [{ name: 'main', file: 'app.py', line: 10 }, { name: 'work', file: 'app.py', line: 20, col: 5 }, { name: 'alloc' }, { name: 'io' }];

function file(profiles: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { $schema: SCHEMA, shared: { frames: FRAMES }, profiles, ...extra };
}

const sampled = (name: string, unit: string, samples: number[][], weights: number[]) => ({ type: 'sampled', name, unit, startValue: 0, endValue: 100, samples, weights });

const evented = (name: string, unit: string, events: [type: string, frame: number, at: number][], endValue = 10) => ({
  type: 'evented', name, unit, startValue: 0, endValue,
  events: events.map(([type, frame, at]) => ({ type, frame, at })),
});

function bytesOf(json: unknown): Buffer {
  return Buffer.from(JSON.stringify(json));
}

describe('speedscope importer on hand-made input', () => {
  it('gives each unit kind its own sample type, 0 where it does not apply', () => {
    const json = file(
      [
        sampled('heap', 'bytes', [[0, 2], [0, 2]], [100, 28]),
        evented('main thread', 'milliseconds', [['O', 0, 1], ['O', 1, 2], ['C', 1, 5], ['C', 0, 6]]),
        sampled('ticks', 'none', [[0, 1]], [3]),
      ],
      { activeProfileIndex: 1 },
    );
    const p = importAllWays(bytesOf(json), 'mixed.speedscope.json');
    expect(types(p)).toEqual(['samples/count', 'wall/nanoseconds', 'space/bytes']);
    expect(p.defaultSampleType).toBe(1); // the active profile's kind
    expect(p.durationNanos).toBe(10e6); // 10 ms, the one time profile
    expect(stacksOf(p)).toEqual({
      'thread=heap|main;alloc': [0, 0, 128],
      // main alone 1..2 and 5..6 ms, work on top 2..5 ms
      'thread=main thread|main': [0, 2e6, 0],
      'thread=main thread|main;work': [0, 3e6, 0],
      'thread=ticks|main;work': [3, 0, 0],
    });
  });

  it('converts every time unit to nanoseconds', () => {
    for (const [unit, factor] of [['nanoseconds', 1], ['microseconds', 1e3], ['milliseconds', 1e6], ['seconds', 1e9]] as const) {
      const p = importProfile(bytesOf(file([sampled('t', unit, [[0]], [1.5])])));
      expect(stacksOf(p)).toEqual({ 'thread=t|main': [1.5 * factor] });
    }
  });

  it('keeps file, line and column; the line is the executing one, the start line unknown', () => {
    const p = importProfile(bytesOf(file([sampled('t', 'none', [[0, 1]], [1])])));
    const work = p.functions.find((f) => p.strings[f.name] === 'work')!;
    expect([p.strings[work.filename], work.startLine]).toEqual(['app.py', 0]);
    const leaf = p.locations[sampleStack(p.samples, 0)[0] - 1];
    expect(leaf.lines).toEqual([{ functionId: work.id, line: 20, column: 5 }]);
  });

  it('replays recursion and zero-length frames', () => {
    const events: [string, number, number][] = [['O', 0, 0], ['O', 0, 1], ['O', 1, 2], ['C', 1, 2], ['C', 0, 4], ['C', 0, 10]];
    const p = importProfile(bytesOf(file([evented('r', 'none', events)])));
    // work opens and closes at 2: no time, no sample.
    expect(stacksOf(p)).toEqual({ 'thread=r|main': [7], 'thread=r|main;main': [3] });
  });

  it('merges samples of equal stacks', () => {
    const p = importProfile(bytesOf(file([sampled('t', 'none', [[0, 1], [0, 1], [0], [0, 1]], [1, 2, 4, 8])])));
    expect(p.samples.length).toBe(2);
    expect(stacksOf(p)).toEqual({ 'thread=t|main;work': [11], 'thread=t|main': [4] });
  });

  it('reads a file whose keys were reordered, $schema last', () => {
    const json = { profiles: [sampled('t', 'none', [[0]], [1])], shared: { frames: FRAMES }, $schema: SCHEMA };
    expect(importAllWays(bytesOf(json), 'x.json').samples.length).toBe(1);
  });
});

type Json = Record<string, any>;

const BROKEN: [what: string, json: Json, message: string | RegExp][] = [
  ['a sampled frame index out of range', file([sampled('t', 'none', [[0], [0, 1, 7]], [1, 1])]), 'profile "t": profiles[0].samples[1][2] is frame 7, but shared.frames has 4 (0 to 3)'],
  ['an evented frame index out of range', file([evented('e', 'none', [['O', -1, 0]])]), 'profile "e": profiles[0].events[0].frame is frame -1, but shared.frames has 4 (0 to 3)'],
  [
    'a close that does not match the open frame',
    file([evented('e', 'none', [['O', 0, 0], ['O', 1, 1], ['O', 2, 3], ['C', 1, 5]])]),
    'profile "e": frame 1 ("work") is closed at 5, but the innermost open frame is frame 2 ("alloc"), opened at 3',
  ],
  ['a close with nothing open', file([evented('e', 'none', [['C', 3, 2]])]), 'profile "e": frame 3 ("io") is closed at 2, but no frame is open'],
  [
    'frames left open',
    file([evented('e', 'seconds', [['O', 0, 0], ['O', 1, 4]], 9)]),
    'profile "e": frame 1 ("work"), opened at 4, is never closed before the profile\'s end at 9 (with 1 enclosing frame also open)',
  ],
  ['events out of order', file([evented('e', 'none', [['O', 0, 5], ['C', 0, 4]])]), 'profile "e": events[1] is at 4, before the event preceding it (at 5)'],
  ['an event type that is neither O nor C', file([evented('e', 'none', [['X', 0, 5]])]), 'profiles[0].events[0].type is "X", expected "O" or "C"'],
  ['samples and weights of different lengths', file([{ ...sampled('t', 'none', [[0], [1]], [1, 1]), weights: [1] }]), 'profile "t" has 2 samples but 1 weights'],
  ['a negative weight', file([sampled('t', 'none', [[0]], [-3])]), 'profile "t": weights[0] is -3, a negative weight'],
  ['a weight that is no number', file([sampled('t', 'none', [[0]], ['1' as never])]), 'profiles[0].weights[0] is "1", expected a number'],
  ['a sample that is no stack', file([sampled('t', 'none', [0 as never], [1])]), 'profiles[0].samples[0] is 0, expected an array'],
  ['an unknown unit', file([sampled('t', 'furlongs', [[0]], [1])]), 'profiles[0].unit is "furlongs", expected one of none, nanoseconds, microseconds, milliseconds, seconds, bytes'],
  ['an unknown profile type', file([{ ...sampled('t', 'none', [[0]], [1]), type: 'instant' }]), 'profiles[0].type is "instant", expected "sampled" or "evented"'],
  ['no shared frames', { ...file([]), shared: {} }, 'shared.frames is missing, expected an array'],
  ['a frame without a name', { ...file([]), shared: { frames: [{ file: 'x' }] } }, 'shared.frames[0].name is missing, expected a string'],
  ['a negative line', { ...file([]), shared: { frames: [{ name: 'f', line: -2 }] } }, 'shared.frames[0].line is -2, expected a 1-based number (or 0 for unknown)'],
  ['no profiles', file([]), 'profiles is empty: the file holds no profile'],
  ['a profile that ends before it starts', file([{ ...sampled('t', 'none', [[0]], [1]), startValue: 5, endValue: 2 }]), 'profile "t" ends (endValue 2) before it starts (startValue 5)'],
];

describe('speedscope importer on broken input', () => {
  it.each(BROKEN)('%s is malformed', (_what, json, message) => {
    const run = () => importProfile(bytesOf(json));
    expect(run).toThrow(MalformedProfileError);
    expect(run).toThrow(message);
  });

  it('reports truncated JSON as a malformed speedscope file', () => {
    const text = JSON.stringify(file([sampled('t', 'none', [[0, 1]], [1])]));
    expect(() => importProfile(Buffer.from(text.slice(0, text.length - 10)))).toThrow(/malformed speedscope profile: invalid JSON/);
  });

  it('leaves other JSON to other importers', () => {
    const others = [{ $schema: 'https://json-schema.org/draft/2020-12/schema', profiles: [] }, { profiles: [{ type: 'other' }] }, { shared: {} }, [1, 2]];
    for (const json of others) {
      const text = JSON.stringify(json);
      expect(speedscopeImporter.sniff(Buffer.from(text), text), text).toBe(false);
      expect(() => importProfile(bytesOf(json))).toThrow(UnsupportedFormatError);
    }
    // Forced, it says why.
    expect(() => importProfile(bytesOf(others[0]), { format: 'speedscope' })).toThrow(/not speedscope: \$schema is/);
  });

  it('stops at the depth limit', () => {
    const deep = Array.from({ length: 40 }, () => 0);
    expect(() => importProfile(bytesOf(file([sampled('t', 'none', [deep], [1])])), { limits: { maxStackDepth: 16 } })).toThrow(LimitExceededError);
    const events = deep.map((f, i) => ['O', f, i] as [string, number, number]);
    expect(() => importProfile(bytesOf(file([evented('e', 'none', events)])), { limits: { maxStackDepth: 16 } })).toThrow(/17 frames open at 16 in profile "e"/);
  });
});
