import type { CallTree } from './call-tree';

export interface HotStack {
  /** The call tree node where the stack ends. */
  readonly node: number;
  /** Frame ids, root first. */
  readonly frames: number[];
  /** Value spent in exactly this stack (the leaf's self). */
  readonly value: number;
  /** value / tree total. */
  readonly share: number;
}

export interface HotStackOptions {
  limit?: number;
  /** Stacks below this share of the total are left out. */
  minShare?: number;
}

/**
 * The heaviest root-to-leaf paths: the distinct stacks with the most self
 * value, heaviest first. Bounded by `limit` (default 100).
 */
export function hotStacks(tree: CallTree, options: HotStackOptions = {}): HotStack[] {
  const limit = options.limit ?? 100;
  const minShare = options.minShare ?? 0;
  const total = Math.abs(tree.total);
  const nodes: number[] = [];
  // Compare shares, not values with minShare × total: 0.28 × 25 is 7.000000000000001,
  // which would leave out a stack of exactly 28 %.
  for (let n = 1; n < tree.size; n++) {
    if (tree.self[n] !== 0 && (total === 0 || Math.abs(tree.self[n]) / total >= minShare)) nodes.push(n);
  }
  nodes.sort((a, b) => tree.self[b] - tree.self[a] || a - b);
  return nodes.slice(0, limit).map((node) => ({
    node,
    frames: tree.path(node),
    value: tree.self[node],
    share: tree.total ? tree.self[node] / tree.total : 0,
  }));
}
