import { describe, expect, it } from 'vitest';
import { checkProfile, ProfileBuilder, totalOf } from '@hotpath/profile';
import { CallTree } from '@hotpath/analysis';
import { collapsed, framesNamed, nodeAt, nodesOf, randomCollapsed } from '../../../test/support/profiles';

/** Self and total per frame name (function granularity: one frame per name). */
function perFrame(tree: CallTree): Record<string, [self: number, total: number]> {
  const out: Record<string, [number, number]> = {};
  for (let f = 1; f < tree.frames.size; f++) out[tree.frames.name(f)] = [tree.frameSelf[f], tree.frameTotal[f]];
  return out;
}

function sumOfSelf(tree: CallTree): number {
  let s = 0;
  for (let n = 0; n < tree.size; n++) s += tree.self[n];
  return s;
}

describe('CallTree', () => {
  it('sums self and total per node and per frame (a;b;c 5, a;b;d 4, a;b 5)', () => {
    const tree = new CallTree(collapsed('a;b;c 5\na;b;d 4\na;b 5\n'), 0);
    expect(tree.total).toBe(14);
    expect(tree.samples).toBe(3);
    expect(tree.size).toBe(5); // root, a, b, c, d
    expect(tree.totals[0]).toBe(14);
    expect(tree.self[0]).toBe(0);
    expect(nodesOf(tree)).toEqual(
      new Map([
        ['a', [0, 14]],
        ['a;b', [5, 14]],
        ['a;b;c', [5, 5]],
        ['a;b;d', [4, 4]],
      ]),
    );
    expect(perFrame(tree)).toEqual({ a: [0, 14], b: [5, 14], c: [5, 5], d: [4, 4] });
  });

  it('counts the samples taken from the count type, over the records with a value of the chosen type', () => {
    // Records merge samples: 3 + 5 samples of cpu, and 2 idle samples with no cpu.
    const b = new ProfileBuilder('test', [
      { type: 'samples', unit: 'count' },
      { type: 'cpu', unit: 'microseconds' },
    ]);
    const main = b.frame({ name: 'main' });
    const work = b.frame({ name: 'work' });
    b.addSample([work, main], [3, 3000]);
    b.addSample([main], [5, 5000]);
    b.addSample([main], [2, 0]);
    const tree = new CallTree(b.build(), 1);
    expect(tree.samples).toBe(2);
    expect(tree.samplesTaken).toBe(8);
    // Without a count type (JFR) each record is a sample.
    const j = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
    const f = j.frame({ name: 'f' });
    j.addSample([f], [10_000_000]);
    j.addSample([f], [20_000_000]);
    expect(new CallTree(j.build(), 0).samplesTaken).toBe(2);
  });

  it('merges equal stacks and lines into one node', () => {
    const tree = new CallTree(collapsed('x;y 2\nx;y 3\nx 1\n'), 0);
    expect(tree.samples).toBe(3);
    expect(nodesOf(tree)).toEqual(
      new Map([
        ['x', [1, 6]],
        ['x;y', [5, 5]],
      ]),
    );
  });

  it('counts a recursive frame once per stack in frame totals', () => {
    const tree = new CallTree(collapsed('a;a;a 3\na;b 2\nb;a 1\n'), 0);
    expect(tree.total).toBe(6);
    expect(nodesOf(tree)).toEqual(
      new Map([
        ['a', [0, 5]],
        ['a;a', [0, 3]],
        ['a;a;a', [3, 3]],
        ['a;b', [2, 2]],
        ['b', [0, 1]],
        ['b;a', [1, 1]],
      ]),
    );
    // a appears in every stack (6), not 3×3 + 2 + 1 = 12; b in two (3).
    expect(perFrame(tree)).toEqual({ a: [4, 6], b: [2, 3] });
    for (let f = 1; f < tree.frames.size; f++) expect(tree.frameTotal[f]).toBeLessThanOrEqual(tree.total);
  });

  it('expands inlined frames of one location outermost first', () => {
    const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
    const fn = (name: string) => b.functionId(name);
    const main = b.frame({ name: 'main' });
    // Lines are innermost first: inner was inlined into middle, middle into outer.
    const inlined = b.internLocation([
      { functionId: fn('inner'), line: 30, column: 0 },
      { functionId: fn('middle'), line: 20, column: 0 },
      { functionId: fn('outer'), line: 10, column: 0 },
    ]);
    const leaf = b.frame({ name: 'leaf' });
    b.addSample([inlined, main], [7]);
    b.addSample([leaf, inlined, main], [3]);
    const p = b.build();
    checkProfile(p);
    const tree = new CallTree(p, 0);
    expect(nodesOf(tree)).toEqual(
      new Map([
        ['main', [0, 10]],
        ['main;outer', [0, 10]],
        ['main;outer;middle', [0, 10]],
        ['main;outer;middle;inner', [7, 10]],
        ['main;outer;middle;inner;leaf', [3, 3]],
      ]),
    );
    const deepest = nodeAt(tree, 'main;outer;middle;inner;leaf');
    expect(tree.depth(deepest)).toBe(5);
    expect(tree.path(deepest).map((f) => tree.frames.name(f))).toEqual(['main', 'outer', 'middle', 'inner', 'leaf']);
    // At line granularity each inlined frame keeps its own line.
    const byLine = new CallTree(p, 0, { granularity: 'line' });
    const inner = nodeAt(byLine, 'main;outer;middle;inner');
    expect(byLine.path(inner).map((f) => byLine.frames.line(f))).toEqual([0, 10, 20, 30]);
  });

  it('tells lines of one function apart only at line granularity', () => {
    const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
    const main = b.frame({ name: 'main' });
    const f10 = b.frame({ name: 'f', file: 'f.js', line: 10, startLine: 8 });
    const f20 = b.frame({ name: 'f', file: 'f.js', line: 20, startLine: 8 });
    b.addSample([f10, main], [4]);
    b.addSample([f20, main], [6]);
    const p = b.build();

    const byFunction = new CallTree(p, 0);
    expect(nodesOf(byFunction)).toEqual(
      new Map([
        ['main', [0, 10]],
        ['main;f', [10, 10]],
      ]),
    );
    expect(byFunction.frames.line(framesNamed(byFunction, 'f')[0])).toBe(8); // the function's start

    const byLine = new CallTree(p, 0, { granularity: 'line' });
    const main1 = nodeAt(byLine, 'main');
    const children = Array.from(byLine.children(main1));
    // Heaviest first: line 20 (6) before line 10 (4).
    expect(children.map((c) => [byLine.frames.line(byLine.frame[c]), byLine.self[c]])).toEqual([
      [20, 6],
      [10, 4],
    ]);
    expect(framesNamed(byLine, 'f')).toHaveLength(2);
    expect(byLine.frames.file(byLine.frame[children[0]])).toBe('f.js');
  });

  it('ignores zero-valued samples of the chosen type', () => {
    const b = new ProfileBuilder('test', [
      { type: 'samples', unit: 'count' },
      { type: 'cpu', unit: 'nanoseconds' },
    ]);
    const a = b.frame({ name: 'a' });
    const c = b.frame({ name: 'c' });
    const main = b.frame({ name: 'main' });
    b.addSample([a, main], [1, 0]);
    b.addSample([c, main], [0, 5]);
    b.addSample([main], [0, 0]);
    const p = b.build();

    const counts = new CallTree(p, 0);
    expect([counts.total, counts.samples]).toEqual([1, 1]);
    expect(nodesOf(counts)).toEqual(
      new Map([
        ['main', [0, 1]],
        ['main;a', [1, 1]],
      ]),
    );
    const cpu = new CallTree(p, 1);
    expect([cpu.total, cpu.samples]).toEqual([5, 1]);
    expect(nodesOf(cpu)).toEqual(
      new Map([
        ['main', [0, 5]],
        ['main;c', [5, 5]],
      ]),
    );
    expect(framesNamed(cpu, 'a').map((f) => cpu.frameTotal[f])).toEqual([0]);
  });

  it('sums negative values (delta profiles)', () => {
    const b = new ProfileBuilder('test', [{ type: 'alloc_space', unit: 'bytes' }]);
    const main = b.frame({ name: 'main' });
    const grow = b.frame({ name: 'grow' });
    const shrink = b.frame({ name: 'shrink' });
    b.addSample([grow, main], [100]);
    b.addSample([grow, main], [-30]);
    b.addSample([shrink, main], [-50]);
    b.addSample([main], [10]);
    const p = b.build();
    const tree = new CallTree(p, 0);
    expect(tree.total).toBe(30);
    expect(tree.total).toBe(totalOf(p, 0));
    expect(tree.samples).toBe(4);
    expect(nodesOf(tree)).toEqual(
      new Map([
        ['main', [10, 30]],
        ['main;grow', [70, 70]],
        ['main;shrink', [-50, -50]],
      ]),
    );
    expect(perFrame(tree)).toEqual({ main: [10, 30], grow: [70, 70], shrink: [-50, -50] });
  });

  it('sums negative values written as collapsed text (a delta written by toCollapsed)', () => {
    const tree = new CallTree(collapsed('a;b 10\na;b -4\na;c -3\n'), 0);
    expect(tree.total).toBe(3);
    expect(nodesOf(tree)).toEqual(
      new Map([
        ['a', [0, 3]],
        ['a;b', [6, 6]],
        ['a;c', [-3, -3]],
      ]),
    );
  });

  it('leaves no node for a stack whose values cancel out, but counts its samples', () => {
    const b = new ProfileBuilder('test', [{ type: 'alloc_space', unit: 'bytes' }]);
    const a = b.frame({ name: 'a' });
    const z = b.frame({ name: 'z' });
    b.addSample([z, a], [5]);
    b.addSample([z, a], [-5]);
    b.addSample([a], [2]);
    const tree = new CallTree(b.build(), 0);
    expect([tree.total, tree.samples]).toEqual([2, 3]);
    expect(nodesOf(tree)).toEqual(new Map([['a', [2, 2]]]));
  });

  it('puts the value of a sample without frames on the root', () => {
    const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
    b.addSample([b.frame({ name: 'a' })], [3]);
    b.addSample([], [4]);
    const tree = new CallTree(b.build(), 0);
    expect(tree.total).toBe(7);
    expect(tree.totals[0]).toBe(7);
    expect(tree.self[0]).toBe(4);
    expect(sumOfSelf(tree)).toBe(7);
  });

  it('names an unsymbolised location by its address', () => {
    const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
    const lib = b.mappingId('/usr/lib/libc.so.6');
    const raw = b.addLocation([], lib, 0x7f00beef);
    const other = b.addLocation([], lib, 0x7f00cafe);
    const main = b.frame({ name: 'main' });
    b.addSample([raw, main], [2]);
    b.addSample([other, main], [1]);
    const tree = new CallTree(b.build(), 0);
    expect(nodesOf(tree)).toEqual(
      new Map([
        ['main', [0, 3]],
        ['main;0x7f00beef', [2, 2]],
        ['main;0x7f00cafe', [1, 1]],
      ]),
    );
    expect(tree.frames.file(framesNamed(tree, '0x7f00beef')[0])).toBe('/usr/lib/libc.so.6');
  });

  it('lists children heaviest first and walks nodes parents first', () => {
    const tree = new CallTree(collapsed('r;a 1\nr;b 5\nr;c 3\nr;b;x 2\n'), 0);
    const r = nodeAt(tree, 'r');
    expect(Array.from(tree.children(r)).map((c) => tree.frames.name(tree.frame[c]))).toEqual(['b', 'c', 'a']);
    const entered: number[] = [];
    const exited: number[] = [];
    tree.walk(
      (n, depth) => {
        expect(depth).toBe(tree.depth(n));
        if (tree.parent[n] !== 0) expect(entered).toContain(tree.parent[n]);
        entered.push(n);
      },
      (n) => {
        // Every child of n was entered and left before n is left.
        for (const c of tree.children(n)) expect(exited).toContain(c);
        exited.push(n);
      },
    );
    expect(entered.sort((x, y) => x - y)).toEqual(Array.from({ length: tree.size - 1 }, (_, i) => i + 1));
    expect(exited).toHaveLength(tree.size - 1);
  });
});

describe('CallTree on random collapsed profiles (seeded)', () => {
  const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

  it.each(SEEDS)('seed %i: totals, self sums, frame totals and nodes match an independent count', (seed) => {
    const { text, stacks } = randomCollapsed(seed, 10 + seed * 3);
    const tree = new CallTree(collapsed(text), 0);

    const sum = stacks.reduce((s, [, v]) => s + v, 0);
    expect(tree.total).toBe(sum);
    expect(tree.totals[0]).toBe(sum);
    expect(sumOfSelf(tree)).toBe(sum);
    expect(tree.samples).toBe(stacks.filter(([, v]) => v !== 0).length);

    // Nodes: the distinct prefixes of the stacks that weigh something.
    const prefixes = new Set<string>();
    for (const [frames, v] of stacks) {
      if (v !== 0) for (let d = 1; d <= frames.length; d++) prefixes.add(frames.slice(0, d).join(';'));
    }
    expect(tree.size - 1).toBe(prefixes.size);

    // Each node's total is its self plus its children's totals.
    for (let n = 0; n < tree.size; n++) {
      const children = Array.from(tree.children(n)).reduce((s, c) => s + tree.totals[c], 0);
      expect(tree.totals[n]).toBe(tree.self[n] + children);
    }

    // Per frame: total counts each stack holding the frame once; self the stacks ending in it.
    const frameTotal = new Map<string, number>();
    const frameSelf = new Map<string, number>();
    for (const [frames, v] of stacks) {
      for (const name of new Set(frames)) frameTotal.set(name, (frameTotal.get(name) ?? 0) + v);
      const leaf = frames[frames.length - 1];
      frameSelf.set(leaf, (frameSelf.get(leaf) ?? 0) + v);
    }
    for (let f = 1; f < tree.frames.size; f++) {
      const name = tree.frames.name(f);
      expect(tree.frameTotal[f], name).toBe(frameTotal.get(name) ?? 0);
      expect(tree.frameSelf[f], name).toBe(frameSelf.get(name) ?? 0);
    }
  });
});
