import { describe, expect, it } from 'vitest';
import { ProfileBuilder } from '@hotpath/profile';
import { CallTree, hotStacks, type HotStack } from '@hotpath/analysis';
import { collapsed, randomCollapsed } from '../../../test/support/profiles';

function named(tree: CallTree, stacks: HotStack[]): [stack: string, value: number, share: number][] {
  return stacks.map((s) => [s.frames.map((f) => tree.frames.name(f)).join(';'), s.value, s.share]);
}

// Total 15: a;b;c 6 (40 %), a;b;d 4, a;b 3 (20 %), e 2.
const TEXT = 'e 2\na;b 3\na;b;d 4\na;b;c 6\n';

describe('hotStacks', () => {
  it('lists distinct stacks by their self value, heaviest first, with their share', () => {
    const tree = new CallTree(collapsed(TEXT), 0);
    expect(named(tree, hotStacks(tree))).toEqual([
      ['a;b;c', 6, 6 / 15],
      ['a;b;d', 4, 4 / 15],
      ['a;b', 3, 3 / 15],
      ['e', 2, 2 / 15],
    ]);
  });

  it('ends each stack at its node, frames root first', () => {
    const tree = new CallTree(collapsed(TEXT), 0);
    for (const s of hotStacks(tree)) {
      expect(s.frames).toEqual(tree.path(s.node));
      expect(s.value).toBe(tree.self[s.node]);
    }
  });

  it('sums equal stacks from different lines into one', () => {
    const tree = new CallTree(collapsed('x;y 1\nz 3\nx;y 4\n'), 0);
    expect(named(tree, hotStacks(tree))).toEqual([
      ['x;y', 5, 5 / 8],
      ['z', 3, 3 / 8],
    ]);
  });

  it('is bounded by limit', () => {
    const tree = new CallTree(collapsed(TEXT), 0);
    expect(named(tree, hotStacks(tree, { limit: 2 })).map(([s]) => s)).toEqual(['a;b;c', 'a;b;d']);
    expect(hotStacks(tree, { limit: 0 })).toEqual([]);
  });

  it('leaves out stacks below minShare, and keeps one exactly at it', () => {
    const tree = new CallTree(collapsed(TEXT), 0);
    expect(named(tree, hotStacks(tree, { minShare: 0.2 })).map(([s]) => s)).toEqual(['a;b;c', 'a;b;d', 'a;b']);
    expect(named(tree, hotStacks(tree, { minShare: 0.21 })).map(([s]) => s)).toEqual(['a;b;c', 'a;b;d']);
    // 7 of 25 is exactly 0.28, though 0.28 × 25 is 7.000000000000001 in floating point.
    const edge = new CallTree(collapsed('p 7\nq 18\n'), 0);
    expect(named(edge, hotStacks(edge, { minShare: 0.28 })).map(([s]) => s)).toEqual(['q', 'p']);
  });

  it('skips nodes without self value and leaves the default limit at 100', () => {
    const lines = Array.from({ length: 150 }, (_, i) => `root;f${i} ${i + 1}\n`).join('');
    const tree = new CallTree(collapsed(lines), 0);
    const stacks = hotStacks(tree);
    expect(stacks).toHaveLength(100);
    expect(named(tree, stacks)[0][0]).toBe('root;f149');
    expect(stacks.some((s) => s.frames.length === 1)).toBe(false); // root has no self
  });

  it('orders negative (delta) stacks last, with negative shares', () => {
    const b = new ProfileBuilder('test', [{ type: 'inuse_space', unit: 'bytes' }]);
    const main = b.frame({ name: 'main' });
    const up = b.frame({ name: 'up' });
    const down = b.frame({ name: 'down' });
    b.addSample([up, main], [60]);
    b.addSample([down, main], [-20]);
    const tree = new CallTree(b.build(), 0);
    expect(named(tree, hotStacks(tree))).toEqual([
      ['main;up', 60, 60 / 40],
      ['main;down', -20, -20 / 40],
    ]);
    // minShare compares magnitudes: |−20| / 40 = 0.5.
    expect(named(tree, hotStacks(tree, { minShare: 0.5 })).map(([s]) => s)).toEqual(['main;up', 'main;down']);
    expect(named(tree, hotStacks(tree, { minShare: 0.6 })).map(([s]) => s)).toEqual(['main;up']);
  });

  it.each([3, 17, 29])('seed %i: the shares of all stacks sum to 1 and never increase', (seed) => {
    const { text } = randomCollapsed(seed, 60);
    const tree = new CallTree(collapsed(text), 0);
    const stacks = hotStacks(tree, { limit: Infinity });
    expect(stacks.reduce((s, h) => s + h.share, 0)).toBeCloseTo(1, 12);
    for (let i = 1; i < stacks.length; i++) expect(stacks[i].value).toBeLessThanOrEqual(stacks[i - 1].value);
  });
  describe('byFunction', () => {
    // main → f (lines 10 and 20) → g (line 5 under both), and main → h. Total 20.
    function lines(): CallTree {
      const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
      const main = b.frame({ name: 'main', file: 'm.js', line: 1 });
      const f10 = b.frame({ name: 'f', file: 'f.js', line: 10 });
      const f20 = b.frame({ name: 'f', file: 'f.js', line: 20 });
      const g = b.frame({ name: 'g', file: 'g.js', line: 5 });
      const h = b.frame({ name: 'h', file: 'h.js', line: 7 });
      b.addSample([g, f10, main], [2]);
      b.addSample([g, f20, main], [3]);
      b.addSample([f10, main], [1]);
      b.addSample([f20, main], [1]);
      b.addSample([h, main], [4]);
      b.addSample([main], [9]);
      return new CallTree(b.build(), 0, { granularity: 'line' });
    }
    const at = (tree: CallTree, s: HotStack) => s.frames.map((f) => `${tree.frames.name(f)}:${tree.frames.line(f)}`).join(';');

    it('sums the stacks that differ only in their lines, and ends the sum at its heaviest line', () => {
      const tree = lines();
      expect(hotStacks(tree).map((s) => [at(tree, s), s.value])).toEqual([
        ['main:1', 9],
        ['main:1;h:7', 4],
        ['main:1;f:20;g:5', 3],
        ['main:1;f:10;g:5', 2],
        ['main:1;f:10', 1],
        ['main:1;f:20', 1],
      ]);
      const merged = hotStacks(tree, { byFunction: true });
      expect(merged.map((s) => [at(tree, s), s.value, s.share])).toEqual([
        ['main:1', 9, 9 / 20],
        ['main:1;f:20;g:5', 5, 5 / 20],
        ['main:1;h:7', 4, 4 / 20],
        // f's own lines tie (1 and 1): the first in the tree's order, line 10, stands for them.
        ['main:1;f:10', 2, 2 / 20],
      ]);
      for (const s of merged) {
        expect(s.frames).toEqual(tree.path(s.node));
        // Its members are the line-level stacks summed: the node among them, their self values the sum.
        expect(s.members).toContain(s.node);
        expect(s.members!.reduce((sum, m) => sum + tree.self[m], 0)).toBe(s.value);
      }
      expect(merged[1].members!.map((m) => at(tree, { ...merged[1], frames: tree.path(m) })).sort()).toEqual(['main:1;f:10;g:5', 'main:1;f:20;g:5']);
    });

    it('applies limit and minShare to the sums, not to the lines', () => {
      const tree = lines();
      // Each f;g line alone is below 0.25; their sum is exactly 0.25.
      expect(hotStacks(tree, { minShare: 0.25 }).map((s) => at(tree, s))).toEqual(['main:1']);
      expect(hotStacks(tree, { minShare: 0.25, byFunction: true }).map((s) => at(tree, s))).toEqual(['main:1', 'main:1;f:20;g:5']);
      expect(hotStacks(tree, { limit: 2, byFunction: true }).map((s) => s.value)).toEqual([9, 5]);
    });

    it.each([5, 23])('seed %i: sums exactly what a grouping by names of functions sums, over thousands of line-level stacks', (seed) => {
      const { stacks } = randomCollapsed(seed, 4000);
      const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
      let r = seed;
      const line = () => (r = (r * 1103515245 + 12345) % 2147483648) % 3; // each frame on one of three lines
      for (const [frames, value] of stacks) {
        b.addSample(frames.map((name) => b.frame({ name, file: `${name}.js`, line: 1 + line() })).reverse(), [value]);
      }
      const tree = new CallTree(b.build(), 0, { granularity: 'line' });
      const want = new Map<string, number>();
      for (const [frames, value] of stacks) if (value) want.set(frames.join(';'), (want.get(frames.join(';')) ?? 0) + value);
      const got = hotStacks(tree, { limit: Infinity, byFunction: true });
      expect(new Map(got.map((s) => [s.frames.map((f) => tree.frames.name(f)).join(';'), s.value]))).toEqual(want);
      expect(got).toHaveLength(want.size);
      expect(hotStacks(tree, { limit: Infinity }).length).toBeGreaterThan(want.size); // the lines did split them
    });

    it('leaves out a path whose lines cancel in a delta profile, rounding and all', () => {
      const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
      const main = b.frame({ name: 'main', file: 'm.js', line: 1 });
      for (const [line, v] of [[1, 0.1], [2, 0.2], [3, -0.3]]) b.addSample([b.frame({ name: 'f', file: 'f.js', line }), main], [v]);
      b.addSample([b.frame({ name: 'g', file: 'g.js', line: 1 }), main], [5]);
      const tree = new CallTree(b.build(), 0, { granularity: 'line' });
      expect(0.1 + 0.2 - 0.3).not.toBe(0);
      expect(hotStacks(tree, { byFunction: true }).map((s) => tree.frames.name(s.frames[s.frames.length - 1]))).toEqual(['g']);
    });

    it('is the plain list on a tree of functions, where no two stacks differ only in lines', () => {
      const { text } = randomCollapsed(11, 60);
      const tree = new CallTree(collapsed(text), 0);
      const key = (s: HotStack) => [s.frames.join(','), s.value];
      expect(hotStacks(tree, { limit: Infinity, byFunction: true }).map(key)).toEqual(hotStacks(tree, { limit: Infinity }).map(key));
    });
  });
});
