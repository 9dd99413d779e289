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
});
