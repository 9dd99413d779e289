import { describe, expect, it } from 'vitest';
import { CallTree, pruneTree, type TreeNode } from '@hotpath/analysis';
import { collapsed } from '../../../test/support/profiles';

describe('pruneTree on a deep tree', () => {
  it('copies a stack as deep as the limits admit without overflowing the call stack', () => {
    const depth = 16_000; // under the default maxStackDepth (16,384)
    const tree = new CallTree(collapsed(`${Array.from({ length: depth }, (_, i) => `f${i % 7}`).join(';')} 1\n`), 0);
    const root = pruneTree(tree, 20_000);
    let d = 0;
    for (let n: TreeNode | undefined = root; n; n = n.children[0]) d++;
    expect(d).toBe(depth + 1);
  });
});
