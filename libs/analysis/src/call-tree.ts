import { Profile, sampleStack } from '@hotpath/profile';
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
  private childrenIndex: Uint32Array[] | null = null;

  constructor(
    readonly profile: Profile,
    readonly typeIndex: number,
    options: CallTreeOptions = {},
  ) {
    this.frames = new FrameTable(profile, options.granularity);
    const capacity = 1024;
    this.frame = new Uint32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.self = new Float64Array(capacity);
    this.totals = new Float64Array(capacity);
    this.parent[0] = -1;
    this.frameSelf = new Float64Array(this.frames.size);
    this.frameTotal = new Float64Array(this.frames.size);
    const { total, samples } = this.insertAll();
    this.total = total;
    this.samples = samples;
  }

  private insertAll(): { total: number; samples: number } {
    const { samples } = this.profile;
    const stride = this.profile.sampleTypes.length;
    const locationFrames = this.frames.locationFrames;
    const nFrames = this.frames.size;
    const child = new Map<number, number>();
    const seen = new Uint32Array(nFrames);
    let total = 0;
    let count = 0;
    for (let i = 0; i < samples.length; i++) {
      const value = samples.values[i * stride + this.typeIndex];
      if (value === 0) continue;
      count++;
      total += value;
      const stack = sampleStack(samples, i);
      let node = 0;
      this.totals[0] += value;
      const stamp = count;
      for (let k = stack.length - 1; k >= 0; k--) {
        const ids = locationFrames[stack[k]];
        for (let j = 0; j < ids.length; j++) {
          const f = ids[j];
          const key = node * nFrames + f;
          let next = child.get(key);
          if (next === undefined) {
            next = this.addNode(node, f);
            child.set(key, next);
          }
          node = next;
          this.totals[node] += value;
          if (seen[f] !== stamp) {
            seen[f] = stamp;
            this.frameTotal[f] += value;
          }
        }
      }
      this.self[node] += value;
      if (node !== 0) this.frameSelf[this.frame[node]] += value;
    }
    return { total, samples: count };
  }

  private addNode(parent: number, frame: number): number {
    const id = this.size++;
    if (id === this.frame.length) {
      const cap = id * 2;
      this.frame = grow(this.frame, cap);
      this.parent = grow(this.parent, cap);
      this.self = grow(this.self, cap);
      this.totals = grow(this.totals, cap);
    }
    this.frame[id] = frame;
    this.parent[id] = parent;
    return id;
  }

  /** Children of a node, heaviest first. */
  children(node: number): Uint32Array {
    if (!this.childrenIndex) this.childrenIndex = this.indexChildren();
    return this.childrenIndex[node];
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

  private indexChildren(): Uint32Array[] {
    const counts = new Uint32Array(this.size);
    for (let n = 1; n < this.size; n++) counts[this.parent[n]]++;
    const lists = Array.from(counts, (c) => new Uint32Array(c));
    const fill = new Uint32Array(this.size);
    for (let n = 1; n < this.size; n++) {
      const p = this.parent[n];
      lists[p][fill[p]++] = n;
    }
    for (const l of lists) if (l.length > 1) l.sort((a, b) => this.totals[b] - this.totals[a] || a - b);
    return lists;
  }
}

function grow<T extends Uint32Array | Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
