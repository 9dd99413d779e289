import { describe, expect, it } from 'vitest';
import { checkProfile, type Profile, ProfileBuilder, ProfileError, totalOf, type ValueType } from '@hotpath/profile';
import { CallTree, mergeProfiles } from '@hotpath/analysis';
import { collapsed, nodesOf, randomCollapsed, stacksOf } from '../../../test/support/profiles';

/** A profile of the given types with `stack → values` samples, stacks written `root;…;leaf`. */
function profile(types: ValueType[], samples: [stack: string, values: number[]][], meta: { timeNanos?: number; durationNanos?: number; defaultSampleType?: number } = {}): Profile {
  const b = new ProfileBuilder('test', types, undefined, meta);
  for (const [stack, values] of samples) {
    const ids = stack.split(';').reverse().map((name) => b.frame({ name }));
    b.addSample(ids, values);
  }
  const p = b.build();
  checkProfile(p);
  return p;
}

const ns = (type: string): ValueType => ({ type, unit: 'nanoseconds' });

function merged(profiles: Profile[], type?: string): Profile {
  const p = mergeProfiles(profiles, type);
  checkProfile(p);
  return p;
}

describe('mergeProfiles', () => {
  it("adds two profiles' samples, stack by stack", () => {
    const p = merged([collapsed('a;b 3\nc 1\n'), collapsed('a;b 2\nd 4\n')]);
    expect(p.sampleTypes).toEqual([{ type: 'samples', unit: 'count' }]);
    expect(p.samples.length).toBe(4);
    expect(totalOf(p, 0)).toBe(10);
    expect(stacksOf(p, 0)).toEqual(
      new Map([
        ['a;b', 5],
        ['c', 1],
        ['d', 4],
      ]),
    );
    expect(p.format).toBe('collapsed');
    // Equal frames from both inputs become one function.
    expect(p.functions.map((f) => p.strings[f.name]).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(nodesOf(new CallTree(p, 0)).get('a;b')).toEqual([5, 5]);
  });

  it('converts microseconds and nanoseconds to nanoseconds', () => {
    const micros = profile([{ type: 'wall', unit: 'microseconds' }], [['main;work', [3]]]);
    const nanos = profile([ns('wall')], [['main;work', [500]], ['main;idle', [250]]]);
    const p = merged([micros, nanos]);
    expect(p.sampleTypes).toEqual([ns('wall')]);
    expect(stacksOf(p, 0)).toEqual(
      new Map([
        ['main;work', 3 * 1000 + 500],
        ['main;idle', 250],
      ]),
    );
    expect(totalOf(p, 0)).toBe(3750);
  });

  it('converts milliseconds and seconds too, and leaves equal units as they are', () => {
    const ms = profile([{ type: 'cpu', unit: 'milliseconds' }], [['a', [2]]]);
    const s = profile([{ type: 'cpu', unit: 'seconds' }], [['a', [1]]]);
    expect(stacksOf(merged([ms, s]), 0)).toEqual(new Map([['a', 2e6 + 1e9]]));
    const us = (v: number) => profile([{ type: 'cpu', unit: 'microseconds' }], [['a', [v]]]);
    const same = merged([us(2), us(5)]);
    expect(same.sampleTypes).toEqual([{ type: 'cpu', unit: 'microseconds' }]);
    expect(totalOf(same, 0)).toBe(7);
  });

  it('refuses incompatible types with ProfileError incompatible_profiles', () => {
    const cpu = profile([ns('cpu')], [['a', [1]]]);
    const heap = profile([{ type: 'alloc_space', unit: 'bytes' }], [['a', [1]]]);
    const countedCpu = profile([{ type: 'cpu', unit: 'count' }], [['a', [1]]]);
    for (const pair of [
      [cpu, heap],
      [heap, cpu],
      [cpu, countedCpu],
    ]) {
      let error: unknown;
      try {
        mergeProfiles(pair);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ProfileError);
      expect((error as ProfileError).code).toBe('incompatible_profiles');
    }
    expect(() => mergeProfiles([cpu, heap])).toThrow(/cpu\/nanoseconds.*alloc_space\/bytes/);
  });

  it('takes the same requested sample type from each profile', () => {
    const go = [{ type: 'samples', unit: 'count' }, ns('cpu')];
    const a = profile(go, [['main;f', [3, 30]]]);
    const b = profile(go, [['main;g', [4, 40]]]);
    expect(stacksOf(merged([a, b]), 0)).toEqual(
      new Map([
        ['main;f', 30],
        ['main;g', 40],
      ]),
    ); // cpu by default
    const counts = merged([a, b], 'samples');
    expect(counts.sampleTypes).toEqual([{ type: 'samples', unit: 'count' }]);
    expect(totalOf(counts, 0)).toBe(7);
    // A profile with cpu only merges with one that has cpu among others.
    const cpuOnly = profile([ns('cpu')], [['main;h', [5]]]);
    expect(totalOf(merged([a, cpuOnly]), 0)).toBe(35);
    expect(() => mergeProfiles([a, b], 'wall')).toThrow(ProfileError);
  });

  it('keeps inlined frames, addresses and labels', () => {
    const b = new ProfileBuilder('test', [ns('cpu')]);
    const inlined = b.internLocation(
      [
        { functionId: b.functionId('inner'), line: 2, column: 0 },
        { functionId: b.functionId('outer'), line: 1, column: 0 },
      ],
      b.mappingId('/bin/app'),
      0x400,
    );
    b.addSample([inlined], [6], b.labelSetId([b.stringLabel('thread', 'main')]));
    const p = b.build();
    const m = merged([p, p]);
    expect(stacksOf(m, 0)).toEqual(new Map([['outer;inner', 12]]));
    expect(m.locations).toHaveLength(1);
    expect(m.locations[0].address).toBe(0x400);
    expect(m.locations[0].lines.map((l) => m.strings[m.functions[l.functionId - 1].name])).toEqual(['inner', 'outer']);
    expect(m.labelSets[m.samples.labelSet[0]].map((l) => [m.strings[l.key], m.strings[l.str]])).toEqual([['thread', 'main']]);
  });

  it('spans the recordings in time', () => {
    const a = profile([ns('cpu')], [['a', [1]]], { timeNanos: 1000, durationNanos: 500 });
    const b = profile([ns('cpu')], [['a', [1]]], { timeNanos: 1200, durationNanos: 600 });
    const m = merged([a, b]);
    expect(m.timeNanos).toBe(1000);
    expect(m.durationNanos).toBe(800); // 1000 … 1800
    expect(m.defaultSampleType).toBe(0);
  });

  it('adds negative (delta) values like any other', () => {
    const a = profile([{ type: 'inuse_space', unit: 'bytes' }], [['a', [100]]]);
    const b = profile([{ type: 'inuse_space', unit: 'bytes' }], [['a', [-40]], ['b', [-10]]]);
    const m = merged([a, b]);
    expect(stacksOf(m, 0)).toEqual(
      new Map([
        ['a', 60],
        ['b', -10],
      ]),
    );
    expect(new CallTree(m, 0).total).toBe(50);
  });

  it('refuses an empty list', () => {
    expect(() => mergeProfiles([])).toThrow(/at least one/);
  });

  it.each([11, 12, 13])('seed %i: the merged tree total is the sum of both, stack by stack', (seed) => {
    const x = randomCollapsed(seed, 50);
    const y = randomCollapsed(seed + 100, 50);
    const m = merged([collapsed(x.text), collapsed(y.text)]);
    const expected = new Map<string, number>();
    for (const [frames, v] of [...x.stacks, ...y.stacks]) expected.set(frames.join(';'), (expected.get(frames.join(';')) ?? 0) + v);
    for (const [k, v] of expected) if (v === 0) expected.delete(k);
    expect(stacksOf(m, 0)).toEqual(expected);
    expect(new CallTree(m, 0).total).toBe([...x.stacks, ...y.stacks].reduce((s, [, v]) => s + v, 0));
  });
});
