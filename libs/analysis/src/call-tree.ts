import { Profile, stackLocations } from '@hotpath/profile';
import { FrameTable, Granularity } from './frames';

export interface CallTreeOptions {
  granularity?: Granularity;
}

/**
 * The samples of one value type merged into a prefix tree (root = node 0),
 * with self and total per node and per frame, as Pyroscope's trie holds them.
 * Stored in columns: node i's frame, parent, self and total.
 *
 * Per-frame totals count a frame once per sample even when it recurses, so a
 * recursive function never exceeds 100 % of the profile.
 */
export class CallTree {
  readonly frames: FrameTable;
  readonly total: number;
  size = 1;
  frame: Uint32Array;
  parent: Int32Array;
  self: Float64Array;
  totals: Float64Array;
  readonly frameSelf: Float64Array;
  readonly frameTotal: Float64Array;
  /** Samples with a non-zero value of the chosen type. */
  readonly samples: number;
  /**
   * The samples the profiler took that have a value of the chosen type. Importers
   * merge equal samples into one record (a V8 node, a pprof sample with a count),
   * so where the profile has a `samples`/`sample` count type this sums it over
   * those records; without one (JFR) each record is a sample, as in `samples`.
   */
  readonly samplesTaken: number;
  private childrenIndex: { offsets: Uint32Array; ids: Uint32Array } | null = null;
  private ends: Uint32Array | null = null;

  constructor(
    readonly profile: Profile,
    readonly typeIndex: number,
    options: CallTreeOptions = {},
  ) {
    this.frames = new FrameTable(profile, options.granularity);
    this.frame = new Uint32Array(1);
    this.parent = new Int32Array([-1]);
    this.self = new Float64Array(1);
    this.totals = new Float64Array(1);
    this.frameSelf = new Float64Array(this.frames.size);
    this.frameTotal = new Float64Array(this.frames.size);
    const { total, samples, taken } = this.insertAll();
    this.total = total;
    this.samples = samples;
    this.samplesTaken = taken;
  }

  private insertAll(): { total: number; samples: number; taken: number } {
    const { samples } = this.profile;
    const { stacks } = samples;
    const types = this.profile.sampleTypes;
    const stride = types.length;
    const countType = types.findIndex((t) => (t.type === 'samples' || t.type === 'sample') && t.unit === 'count');
    // Samples share stacks: sum per stack first, then walk each distinct stack once.
    const perStack = new Float64Array(stacks.length);
    let total = 0;
    let count = 0;
    let taken = 0;
    for (let i = 0; i < samples.length; i++) {
      const value = samples.values[i * stride + this.typeIndex];
      if (value === 0) continue;
      count++;
      total += value;
      perStack[samples.stack[i]] += value;
      if (countType >= 0) taken += Math.abs(samples.values[i * stride + countType]);
    }
    // Sorted root-first, stacks that share a prefix are adjacent, so each one
    // reuses the nodes of its predecessor up to their common prefix: the trie
    // is built without a hash map of children (the largest structure it would
    // otherwise need for a profile of many distinct stacks).
    const paths: Uint32Array[] = [];
    const values: number[] = [];
    for (let j = 0; j < stacks.length; j++) {
      if (perStack[j] === 0) continue;
      paths.push(this.framePath(stackLocations(stacks, j)));
      values.push(perStack[j]);
    }
    const order = Array.from(paths.keys()).sort((a, b) => comparePaths(paths[a], paths[b]));
    // The prefix each path shares with its predecessor tells exactly how many nodes the tree has.
    const common = new Uint32Array(order.length);
    let nodeCount = 1;
    for (let o = 0; o < order.length; o++) {
      const path = paths[order[o]];
      common[o] = o === 0 ? 0 : commonPrefix(path, paths[order[o - 1]]);
      nodeCount += path.length - common[o];
    }
    this.allocate(nodeCount);
    const seen = new Uint32Array(this.frames.size);
    let nodes: Uint32Array = new Uint32Array(64); // nodes[d] = node at depth d+1 of the previous path
    for (let o = 0; o < order.length; o++) {
      const path = paths[order[o]];
      const value = values[order[o]];
      if (nodes.length < path.length) nodes = growTo(nodes, path.length * 2);
      this.totals[0] += value;
      let node = 0;
      for (let d = 0; d < path.length; d++) {
        node = d < common[o] ? nodes[d] : this.addNode(node, path[d]);
        nodes[d] = node;
        this.totals[node] += value;
        const f = path[d];
        if (seen[f] !== o + 1) {
          seen[f] = o + 1;
          this.frameTotal[f] += value;
        }
      }
      this.self[node] += value;
      if (node !== 0) this.frameSelf[this.frame[node]] += value;
    }
    return { total, samples: count, taken: countType >= 0 ? taken : count };
  }

  /** The frames of a stack, root first, inlined frames expanded. */
  private framePath(stack: ArrayLike<number>): Uint32Array {
    const locationFrames = this.frames.locationFrames;
    let n = 0;
    for (let k = 0; k < stack.length; k++) n += locationFrames[stack[k]].length;
    const path = new Uint32Array(n);
    let at = 0;
    for (let k = stack.length - 1; k >= 0; k--) {
      const ids = locationFrames[stack[k]];
      path.set(ids, at);
      at += ids.length;
    }
    return path;
  }

  private allocate(nodes: number): void {
    this.frame = new Uint32Array(nodes);
    this.parent = new Int32Array(nodes);
    this.self = new Float64Array(nodes);
    this.totals = new Float64Array(nodes);
    this.parent[0] = -1;
  }

  private addNode(parent: number, frame: number): number {
    const id = this.size++;
    this.frame[id] = frame;
    this.parent[id] = parent;
    return id;
  }

  /**
   * Visits every node in depth-first pre-order, calling `exit` for a node
   * once its whole subtree has been visited. Nodes are numbered in pre-order
   * (the tree is built from sorted stacks), so this is a scan, not a search.
   */
  walk(enter: (node: number, depth: number) => void, exit?: (node: number) => void): void {
    const ancestors: number[] = [0];
    // Pop first, then report: `exit?.(ancestors.pop())` would skip the pop when there is no `exit`.
    const leave = () => {
      const n = ancestors.pop()!;
      if (exit) exit(n);
    };
    for (let n = 1; n < this.size; n++) {
      while (ancestors[ancestors.length - 1] !== this.parent[n]) leave();
      enter(n, ancestors.length);
      ancestors.push(n);
    }
    while (ancestors.length > 1) leave();
  }

  /**
   * One past the last node of each node's subtree: nodes are numbered in
   * pre-order, so the subtree of n is the range [n, subtreeEnd[n]).
   */
  subtreeEnd(): Uint32Array {
    if (!this.ends) {
      const size = new Uint32Array(this.size).fill(1);
      for (let n = this.size - 1; n > 0; n--) size[this.parent[n]] += size[n];
      this.ends = size.map((s, n) => n + s);
    }
    return this.ends;
  }

  /** Children of a node, heaviest first. */
  children(node: number): Uint32Array {
    if (!this.childrenIndex) this.childrenIndex = this.indexChildren();
    const { offsets, ids } = this.childrenIndex;
    return ids.subarray(offsets[node], offsets[node + 1]);
  }

  /** Frame ids from the root's child down to `node`. */
  path(node: number): number[] {
    const path: number[] = [];
    for (let n = node; n > 0; n = this.parent[n]) path.push(this.frame[n]);
    return path.reverse();
  }

  depth(node: number): number {
    let d = 0;
    for (let n = node; n > 0; n = this.parent[n]) d++;
    return d;
  }

  /**
   * Every node's children in one array, grouped by parent (offsets[p] to
   * offsets[p + 1]), rather than one typed array per node: on a tree of
   * 100,000 nodes those small arrays cost more to allocate and collect than
   * the flame graph that asked for them (measured in bench/service.mjs).
   */
  private indexChildren(): { offsets: Uint32Array; ids: Uint32Array } {
    const offsets = new Uint32Array(this.size + 1);
    for (let n = 1; n < this.size; n++) offsets[this.parent[n] + 1]++;
    for (let n = 0; n < this.size; n++) offsets[n + 1] += offsets[n];
    const ids = new Uint32Array(Math.max(0, this.size - 1));
    const fill = offsets.slice(0, this.size);
    for (let n = 1; n < this.size; n++) ids[fill[this.parent[n]]++] = n;
    const heaviestFirst = (a: number, b: number) => this.totals[b] - this.totals[a] || a - b;
    for (let p = 0; p < this.size; p++) if (offsets[p + 1] - offsets[p] > 1) ids.subarray(offsets[p], offsets[p + 1]).sort(heaviestFirst);
    return { offsets, ids };
  }
}

function comparePaths(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function commonPrefix(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

function growTo(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}
