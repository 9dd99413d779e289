import { describe, expect, it } from 'vitest';
import { ProfileBuilder } from '@hotpath/profile';
import { CallTree, OTHER, pruneTree, type TreeNode } from '@hotpath/analysis';
import { collapsed, randomCollapsed } from '../../../test/support/profiles';

/** name(self/total)[children], to compare shapes at a glance. */
function shape(n: TreeNode): string {
  const kids = n.children.length ? `[${n.children.map(shape).join(' ')}]` : '';
  return `${n.name}(${n.self}/${n.total})${kids}`;
}

function count(n: TreeNode, pred: (n: TreeNode) => boolean): number {
  return (pred(n) ? 1 : 0) + n.children.reduce((s, c) => s + count(c, pred), 0);
}

function checkSums(n: TreeNode): void {
  const children = n.children.reduce((s, c) => s + c.total, 0);
  expect(n.total, n.name).toBe(n.self + children);
  n.children.forEach(checkSums);
}

// Node totals: a 13, a;b 10, a;b;c 6, a;b;d 4, a;e 3, f 2, g 1, g;h 1; total 16.
const TEXT = 'a;b;c 6\na;b;d 4\na;e 3\nf 2\ng;h 1\n';

describe('pruneTree', () => {
  it('keeps the whole tree when it fits', () => {
    const root = pruneTree(new CallTree(collapsed(TEXT), 0), 100);
    expect(shape(root)).toBe('(root)(0/16)[a(0/13)[b(0/10)[c(6/6) d(4/4)] e(3/3)] f(2/2) g(0/1)[h(1/1)]]');
    expect(count(root, (n) => n.name === OTHER)).toBe(0);
  });

  it('keeps the heaviest nodes and folds the rest under each kept parent into (other)', () => {
    // Root plus the three heaviest reachable nodes: a (13), b (10), c (6).
    const root = pruneTree(new CallTree(collapsed(TEXT), 0), 4);
    expect(shape(root)).toBe('(root)(0/16)[a(0/13)[b(0/10)[c(6/6) (other)(4/4)] (other)(3/3)] (other)(3/3)]');
    expect(count(root, (n) => n.name !== OTHER)).toBe(4);
    checkSums(root);
  });

  it('never keeps a node without its parent', () => {
    // With room for 6 nodes, f (2) and g (1) are cut, and h (1) goes with g: no orphan under the root.
    const root = pruneTree(new CallTree(collapsed(TEXT), 0), 6);
    expect(shape(root)).toBe('(root)(0/16)[a(0/13)[b(0/10)[c(6/6) d(4/4)] e(3/3)] (other)(3/3)]');
  });

  it('keeps only the root with maxNodes 1, everything else in one (other)', () => {
    expect(shape(pruneTree(new CallTree(collapsed(TEXT), 0), 1))).toBe('(root)(0/16)[(other)(16/16)]');
  });

  it('carries names, files and lines of kept frames', () => {
    const b = new ProfileBuilder('test', [{ type: 'cpu', unit: 'nanoseconds' }]);
    const main = b.frame({ name: 'main', file: 'main.go', line: 12, startLine: 10 });
    b.addSample([b.frame({ name: 'work', file: 'work.go', line: 7, startLine: 5 }), main], [9]);
    const root = pruneTree(new CallTree(b.build(), 0, { granularity: 'line' }));
    expect(root.children[0]).toMatchObject({ name: 'main', file: 'main.go', line: 12, self: 0, total: 9 });
    expect(root.children[0].children[0]).toMatchObject({ name: 'work', file: 'work.go', line: 7, self: 9, total: 9, children: [] });
  });

  it('keeps the sums with negative (delta) values, choosing nodes by magnitude', () => {
    const b = new ProfileBuilder('test', [{ type: 'inuse_space', unit: 'bytes' }]);
    const main = b.frame({ name: 'main' });
    b.addSample([b.frame({ name: 'small' }), main], [5]);
    b.addSample([b.frame({ name: 'freed' }), main], [-50]);
    b.addSample([b.frame({ name: 'kept' }), main], [20]);
    const root = pruneTree(new CallTree(b.build(), 0), 3);
    expect(shape(root)).toBe('(root)(0/-25)[main(0/-25)[freed(-50/-50) (other)(25/25)]]');
    checkSums(root);
  });

  it.each([
    [1, 5],
    [2, 20],
    [3, 50],
    [4, 200],
    [5, 2],
  ])('seed %i, maxNodes %i: at most maxNodes kept, and every total is self plus children', (seed, maxNodes) => {
    const { text, stacks } = randomCollapsed(seed, 120);
    const tree = new CallTree(collapsed(text), 0);
    const root = pruneTree(tree, maxNodes);
    expect(count(root, (n) => n.name !== OTHER)).toBe(Math.min(maxNodes, tree.size));
    expect(root.total).toBe(stacks.reduce((s, [, v]) => s + v, 0));
    checkSums(root);
    // (other) is a leaf, and there is at most one under each node.
    const check = (n: TreeNode): void => {
      expect(n.children.filter((c) => c.name === OTHER).length).toBeLessThanOrEqual(1);
      for (const c of n.children) if (c.name === OTHER) expect(c.children).toEqual([]);
      n.children.forEach(check);
    };
    check(root);
  });
});
