import { describe, expect, it } from 'vitest';
import { ProfileBuilder } from '@hotpath/profile';
import { CallTree, hotspots, OTHER, type Hotspot } from '@hotpath/analysis';
import { collapsed, randomCollapsed } from '../../../test/support/profiles';

function rows(list: Hotspot[]): [name: string, self: number, total: number][] {
  return list.map((h) => [h.function, h.self, h.total]);
}

function selfSum(list: Hotspot[]): number {
  return list.reduce((s, h) => s + h.self, 0);
}

// Total 16. Self: c 6+1, d 4, b 3, e 2, a 0. Total: a 13, b 13, c 7, d 4, e 2.
const TEXT = 'a;b;c 6\na;b;d 4\na;b 3\ne 2\nc 1\n';

describe('hotspots', () => {
  it('lists functions by self share, with total share', () => {
    const list = hotspots(new CallTree(collapsed(TEXT), 0));
    expect(rows(list)).toEqual([
      ['c', 7 / 16, 7 / 16],
      ['d', 4 / 16, 4 / 16],
      ['b', 3 / 16, 13 / 16],
      ['e', 2 / 16, 2 / 16],
      ['a', 0, 13 / 16],
    ]);
    expect(selfSum(list)).toBeCloseTo(1, 15);
    expect(list.some((h) => h.function === OTHER)).toBe(false);
  });

  it('folds the rows past limit into one (other) row, so self still sums to 1', () => {
    const list = hotspots(new CallTree(collapsed(TEXT), 0), 2);
    expect(rows(list)).toEqual([
      ['c', 7 / 16, 7 / 16],
      ['d', 4 / 16, 4 / 16],
      [OTHER, 5 / 16, 5 / 16], // b 3 + e 2 + a 0
    ]);
    expect(selfSum(list)).toBe(1);
    expect(list[2]).toMatchObject({ frame: 0, file: '', line: 0 });
    // With limit 0 everything is "other".
    expect(rows(hotspots(new CallTree(collapsed(TEXT), 0), 0))).toEqual([[OTHER, 1, 1]]);
  });

  it('adds no (other) row when what is cut has no self value', () => {
    // Only a (self 0) is past the limit of 4.
    expect(rows(hotspots(new CallTree(collapsed(TEXT), 0), 4)).map(([n]) => n)).toEqual(['c', 'd', 'b', 'e']);
  });

  it('breaks ties in self by total', () => {
    // b 3, d 2, then a and c with no self: a (total 5) before c (total 2).
    expect(rows(hotspots(new CallTree(collapsed('a;c;d 2\na;b 3\n'), 0)))).toEqual([
      ['b', 3 / 5, 3 / 5],
      ['d', 2 / 5, 2 / 5],
      ['a', 0, 1],
      ['c', 0, 2 / 5],
    ]);
  });

  it('counts a recursive function once per stack, so its total never passes 1', () => {
    expect(rows(hotspots(new CallTree(collapsed('a;a;a 3\na;b 2\n'), 0)))).toEqual([
      ['a', 3 / 5, 1],
      ['b', 2 / 5, 2 / 5],
    ]);
  });

  /** main → f (line 10) → f (line 20), and f (line 20) from main directly. */
  function lines() {
    const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
    const main = b.frame({ name: 'main', file: '/srv/app/main.js', line: 3, startLine: 1 });
    const f10 = b.frame({ name: 'f', file: '/srv/app/f.js', line: 10, startLine: 8 });
    const f20 = b.frame({ name: 'f', file: '/srv/app/f.js', line: 20, startLine: 8 });
    b.addSample([f20, f10, main], [5]);
    b.addSample([f20, main], [3]);
    b.addSample([main], [2]);
    return b.build();
  }

  it.each(['function', 'line'] as const)('adds up a function over its lines, recursion once (%s granularity)', (granularity) => {
    const list = hotspots(new CallTree(lines(), 0, { granularity }));
    expect(rows(list)).toEqual([
      ['f', 8 / 10, 8 / 10],
      ['main', 2 / 10, 1],
    ]);
    // The line of a hotspot is where its function starts.
    expect(list.map((h) => [h.file, h.line])).toEqual([
      ['/srv/app/f.js', 8],
      ['/srv/app/main.js', 1],
    ]);
  });

  it('keeps unsymbolised locations apart, named by address', () => {
    const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
    const lib = b.mappingId('/usr/lib/libc.so.6');
    const main = b.frame({ name: 'main' });
    b.addSample([b.addLocation([], lib, 0x10), main], [1]);
    b.addSample([b.addLocation([], lib, 0x20), main], [3]);
    expect(rows(hotspots(new CallTree(b.build(), 0)))).toEqual([
      ['0x20', 3 / 4, 3 / 4],
      ['0x10', 1 / 4, 1 / 4],
      ['main', 0, 1],
    ]);
  });

  it('handles negative (delta) values: shares of the net total', () => {
    const b = new ProfileBuilder('test', [{ type: 'inuse_space', unit: 'bytes' }]);
    const main = b.frame({ name: 'main' });
    b.addSample([b.frame({ name: 'up' }), main], [60]);
    b.addSample([b.frame({ name: 'down' }), main], [-20]);
    const list = hotspots(new CallTree(b.build(), 0));
    expect(rows(list)).toEqual([
      ['up', 60 / 40, 60 / 40],
      ['main', 0, 1],
      ['down', -20 / 40, -20 / 40],
    ]);
    expect(selfSum(list)).toBe(1);
  });

  it.each([1, 2, 5, 10, 20])('self sums to 1 on a random profile with limit %i', (limit) => {
    const { text } = randomCollapsed(1000 + limit, 80);
    const list = hotspots(new CallTree(collapsed(text), 0), limit);
    expect(list.length).toBeLessThanOrEqual(limit + 1);
    expect(selfSum(list)).toBeCloseTo(1, 12);
    for (const h of list) {
      expect(h.self).toBeGreaterThanOrEqual(0);
      expect(h.total).toBeLessThanOrEqual(1 + 1e-12);
      expect(h.self).toBeLessThanOrEqual(h.total + 1e-12);
    }
    const named = list.filter((h) => h.function !== OTHER);
    for (let i = 1; i < named.length; i++) expect(named[i].self).toBeLessThanOrEqual(named[i - 1].self);
  });
});
