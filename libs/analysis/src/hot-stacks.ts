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
  /**
   * One stack per path of functions: on a line-level tree, paths that differ
   * only in their lines are summed into one stack, which ends at the
   * heaviest of them (its frames carry that node's lines). A pattern spread
   * over many lines and call sites of few samples each then weighs what it
   * costs, instead of falling below `limit` one line at a time.
   */
  byFunction?: boolean;
}

/**
 * The heaviest root-to-leaf paths: the distinct stacks with the most self
 * value, heaviest first. Bounded by `limit` (default 100).
 */
export function hotStacks(tree: CallTree, options: HotStackOptions = {}): HotStack[] {
  if (options.byFunction) return hotFunctionStacks(tree, options);
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

/** hotStacks with byFunction: the nodes with self value grouped by their path of function keys. */
function hotFunctionStacks(tree: CallTree, options: HotStackOptions): HotStack[] {
  const limit = options.limit ?? 100;
  const minShare = options.minShare ?? 0;
  const total = Math.abs(tree.total);
  // Nodes are numbered in pre-order, so a node's parent has its group before the node does.
  const group = new Int32Array(tree.size);
  const ids = new Map<string, number>();
  const value: number[] = [];
  const heaviest: number[] = [];
  group[0] = -1;
  for (let n = 1; n < tree.size; n++) {
    const key = `${group[tree.parent[n]]}:${tree.frames.functionKey(tree.frame[n])}`;
    let g = ids.get(key);
    if (g === undefined) {
      ids.set(key, (g = value.length));
      value.push(0);
      heaviest.push(-1);
    }
    group[n] = g;
    const self = tree.self[n];
    if (self === 0) continue;
    value[g] += self;
    if (heaviest[g] < 0 || Math.abs(self) > Math.abs(tree.self[heaviest[g]])) heaviest[g] = n;
  }
  const groups: number[] = [];
  for (let g = 0; g < value.length; g++) {
    if (heaviest[g] >= 0 && value[g] !== 0 && (total === 0 || Math.abs(value[g]) / total >= minShare)) groups.push(g);
  }
  groups.sort((a, b) => value[b] - value[a] || heaviest[a] - heaviest[b]);
  return groups.slice(0, limit).map((g) => ({
    node: heaviest[g],
    frames: tree.path(heaviest[g]),
    value: value[g],
    share: tree.total ? value[g] / tree.total : 0,
  }));
}
