import type { CallTree } from './call-tree';
import { OTHER } from './hotspots';

export interface TreeNode {
  name: string;
  file: string;
  line: number;
  self: number;
  total: number;
  children: TreeNode[];
}

/**
 * A nested copy of the call tree with at most `maxNodes` nodes, for views
 * (flame graphs, exports). The heaviest nodes are kept (a node only with its
 * parent); what is cut under a kept node folds into one `(other)` child, so
 * every kept node's total still equals self plus its children's totals.
 */
export function pruneTree(tree: CallTree, maxNodes = 2000): TreeNode {
  const keep = new Uint8Array(tree.size);
  keep[0] = 1;
  let kept = 1;
  const heap = new MaxHeap((n) => Math.abs(tree.totals[n]));
  for (const c of tree.children(0)) heap.push(c);
  while (kept < maxNodes && heap.size > 0) {
    const n = heap.pop();
    keep[n] = 1;
    kept++;
    for (const c of tree.children(n)) heap.push(c);
  }
  // Built top-down with a work list, not by recursion: kept paths can be thousands of frames deep.
  const copy = (n: number): TreeNode => ({
    name: tree.frames.name(tree.frame[n]),
    file: tree.frames.file(tree.frame[n]),
    line: tree.frames.line(tree.frame[n]),
    self: tree.self[n],
    total: tree.totals[n],
    children: [],
  });
  const root = copy(0);
  const work: [number, TreeNode][] = [[0, root]];
  while (work.length > 0) {
    const [n, node] = work.pop()!;
    let folded = 0;
    for (const c of tree.children(n)) {
      if (keep[c]) {
        const child = copy(c);
        node.children.push(child);
        work.push([c, child]);
      } else folded += tree.totals[c];
    }
    if (folded !== 0) node.children.push({ name: OTHER, file: '', line: 0, self: folded, total: folded, children: [] });
  }
  return root;
}

/** A binary max-heap of node ids by a weight. */
class MaxHeap {
  private readonly items: number[] = [];
  constructor(private readonly weight: (n: number) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(n: number): void {
    const a = this.items;
    a.push(n);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.weight(a[p]) >= this.weight(a[i])) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }

  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.weight(a[l]) > this.weight(a[m])) m = l;
        if (r < a.length && this.weight(a[r]) > this.weight(a[m])) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
