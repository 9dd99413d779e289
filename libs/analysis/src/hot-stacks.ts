import type { CallTree } from './call-tree';

export interface HotStack {
  /** The call tree node where the stack ends. */
  readonly node: number;
  /** Frame ids, root first. */
  readonly frames: number[];
  /** Value spent in exactly this stack (the leaf's self; with byFunction, summed over the stack's lines). */
  readonly value: number;
  /** value / tree total. */
  readonly share: number;
  /** With byFunction: the line-level nodes summed into this stack (`node` among them). */
  readonly members?: number[];
}

export interface HotStackOptions {
  limit?: number;
  /** Stacks below this share of the total are left out. */
  minShare?: number;
  /**
   * One stack per path of functions: on a line-level tree, paths that differ
   * only in their lines are summed into one stack, which ends at the
   * heaviest of them by magnitude (its frames carry that node's lines; in a
   * delta profile its sign may differ from the sum's). A pattern spread
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
  const { group, groups } = functionPathGroups(tree);
  const value = new Float64Array(groups);
  const heaviest = new Int32Array(groups).fill(-1);
  for (let n = 1; n < tree.size; n++) {
    const self = tree.self[n];
    if (self === 0) continue;
    const g = group[n];
    value[g] += self;
    if (heaviest[g] < 0 || Math.abs(self) > Math.abs(tree.self[heaviest[g]])) heaviest[g] = n;
  }
  const chosen: number[] = [];
  // In a delta profile lines of one path can cancel: what is left of them is rounding, not a stack.
  const zero = 1e-12 * total;
  for (let g = 0; g < groups; g++) {
    if (heaviest[g] >= 0 && Math.abs(value[g]) > zero && (total === 0 || Math.abs(value[g]) / total >= minShare)) chosen.push(g);
  }
  chosen.sort((a, b) => value[b] - value[a] || heaviest[a] - heaviest[b]);
  const kept = chosen.slice(0, limit);
  const slot = new Int32Array(groups).fill(-1);
  kept.forEach((g, i) => (slot[g] = i));
  const members: number[][] = kept.map(() => []);
  for (let n = 1; n < tree.size; n++) if (tree.self[n] !== 0 && slot[group[n]] >= 0) members[slot[group[n]]].push(n);
  return kept.map((g, i) => ({
    node: heaviest[g],
    frames: tree.path(heaviest[g]),
    value: value[g],
    share: tree.total ? value[g] / tree.total : 0,
    members: members[i],
  }));
}

/**
 * Each node's group, the nodes with the same path of functions from the root
 * (their lines aside), numbered from 0 in order of first appearance. Nodes
 * are numbered in pre-order, so a parent's group is known before its
 * children's. A group is found by (parent's group, function key) in an
 * open-addressing table: a Map over a million-node tree took a second, this
 * about a fifth of it.
 */
function functionPathGroups(tree: CallTree): { group: Int32Array; groups: number } {
  const group = new Int32Array(tree.size);
  let size = 2;
  while (size * 0.75 < tree.size) size *= 2;
  const mask = size - 1;
  // Slot i holds (parent's group + 1, function key, group + 1) at 3i, 0 when free. At most 3/4 full.
  const slots = new Int32Array(size * 3);
  let groups = 0;
  group[0] = -1;
  for (let n = 1; n < tree.size; n++) {
    const up = group[tree.parent[n]] + 1;
    const fn = tree.frames.functionKey(tree.frame[n]);
    let h = Math.imul(up, 0x9e3779b1) ^ fn;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    let i = ((h ^ (h >>> 13)) & mask) * 3;
    while (slots[i + 2] !== 0 && (slots[i] !== up || slots[i + 1] !== fn)) i = i + 3 === size * 3 ? 0 : i + 3;
    if (slots[i + 2] === 0) {
      slots[i] = up;
      slots[i + 1] = fn;
      slots[i + 2] = ++groups;
    }
    group[n] = slots[i + 2] - 1;
  }
  return { group, groups };
}
