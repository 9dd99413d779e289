import { JfrClass, Kind, Metadata, valueKind } from './metadata';
import { JfrReader, JfrString } from './reader';
import { makePlan, num, Plan, Scalar, ValueReader } from './values';

/**
 * The constant pools of one chunk. Events refer to stack traces, threads,
 * classes and so on by key; the values are written in checkpoint events (type
 * id 1), chained from the chunk header's constant-pool offset: each holds the
 * offset of the next relative to itself (`delta`; 0 ends the chain; the JDK
 * chains backwards, so deltas may be negative). A checkpoint is: size, type
 * id 1, start time, duration, delta (longs), a one-byte flags field, a pool
 * count, then per pool a type id, an entry count and the entries, each a key
 * (long) followed by the value laid out as the metadata describes the type
 * (OpenJDK `ChunkParser.fillConstantPools`).
 *
 * Only the types that frames and labels need are kept; values refer to one
 * another by key (a method to its class and name symbol…) and are resolved
 * on use, so the order of pools in the file does not matter and no reference
 * chain is followed further than the fixed shapes below.
 */

export const CHECKPOINT_EVENT_TYPE = 1;

export interface MethodConstant {
  readonly cls: number;
  readonly name: number;
}

export interface ClassConstant {
  readonly name: number;
  readonly pkg: number;
}

export interface ThreadConstant {
  readonly javaName: JfrString;
  readonly osName: JfrString;
  readonly javaThreadId: number;
}

/** Stack traces in columns: trace i's frames are `[start[i], start[i+1])`, top (leaf) frame first, as JFR writes them. */
export class StackTable {
  readonly index = new Map<number, number>();
  readonly start: number[] = [0];
  readonly method: number[] = [];
  readonly line: number[] = [];
  readonly type: number[] = [];
  readonly truncated: boolean[] = [];

  get size(): number {
    return this.truncated.length;
  }
}

export class ConstantPools {
  readonly strings = new Map<number, JfrString>();
  readonly symbols = new Map<number, JfrString>();
  readonly packages = new Map<number, number>();
  readonly classes = new Map<number, ClassConstant>();
  readonly methods = new Map<number, MethodConstant>();
  readonly threads = new Map<number, ThreadConstant>();
  readonly threadStates = new Map<number, JfrString>();
  readonly frameTypes = new Map<number, JfrString>();
  readonly stacks = new StackTable();

  /**
   * Resolves a string read as a reference into the `java.lang.String` pool.
   * Such an entry could itself be a reference; a few hops are followed, so a
   * cycle in a corrupt file ends as null rather than a hang.
   */
  text(s: JfrString): string | null {
    for (let hops = 0; typeof s === 'number' && hops < 8; hops++) s = this.strings.get(s) ?? null;
    return typeof s === 'string' ? s : null;
  }

  symbol(id: number): string | null {
    const s = this.symbols.get(id);
    return s === undefined ? null : this.text(s);
  }
}

/** Checkpoints per chunk are a handful (one per flush); this bounds a corrupt chain. */
const MAX_CHECKPOINTS = 1_000_000;
/** The chunk header's size (see chunk.ts); nothing of the chain can start inside it. */
const HEADER_SIZE = 68;

/**
 * Reads every checkpoint of the chunk `[chunkStart, chunkEnd)` starting at
 * `chunkStart + firstOffset`. `onSegment` is told where each checkpoint
 * starts, for error messages.
 */
export function readConstantPools(r: JfrReader, meta: Metadata, chunkStart: number, chunkEnd: number, firstOffset: number, onSegment: (pos: number) => void): ConstantPools {
  const pools = new ConstantPools();
  const reader = new PoolReader(new ValueReader(r, meta), pools);
  const seen = new Set<number>();
  let pos = chunkStart + firstOffset;
  for (;;) {
    if (pos < chunkStart + HEADER_SIZE || pos >= chunkEnd) r.fail(`constant pool offset ${pos - chunkStart} is outside the chunk`, pos);
    if (seen.has(pos)) r.fail(`constant pool chain loops back to byte ${pos}`, pos);
    if (seen.size >= MAX_CHECKPOINTS) r.fail(`more than ${MAX_CHECKPOINTS} checkpoints in one chunk`, pos);
    seen.add(pos);
    onSegment(pos);
    r.pos = pos;
    r.end = chunkEnd;
    const size = r.int();
    if (size <= 0 || size > chunkEnd - pos) r.fail(`checkpoint declares ${size} bytes, but ${chunkEnd - pos} remain in the chunk`, pos);
    r.end = pos + size;
    const type = r.long();
    if (type !== CHECKPOINT_EVENT_TYPE) r.fail(`expected a checkpoint event (type 1), found type ${type}`, pos);
    r.long(); // start time
    r.long(); // duration
    const delta = r.long();
    r.u8(); // flags: flush, chunk header, statics, thread (informational)
    const nPools = r.count('constant pool count');
    for (let i = 0; i < nPools; i++) reader.readPool();
    if (delta === 0) break;
    pos += delta;
  }
  return pools;
}

class PoolReader {
  private readonly plans = new Map<number, Plan>();
  private readonly out: Scalar[] = [null, null, null, null];
  private framePlan: Plan | null = null;

  constructor(
    private readonly v: ValueReader,
    private readonly pools: ConstantPools,
  ) {}

  readPool(): void {
    const r: JfrReader = this.v.r;
    const at = r.pos;
    const typeId = r.id();
    const cls = this.v.meta.byId.get(typeId);
    if (!cls) r.fail(`constant pool of undeclared type ${typeId}`, at);
    const n = r.count(`number of ${cls.name} constants`);
    for (let i = 0; i < n; i++) {
      const key = r.id();
      this.readConstant(cls, key);
    }
  }

  private plan(cls: JfrClass, wanted: readonly string[]): Plan {
    let p = this.plans.get(cls.id);
    if (!p) this.plans.set(cls.id, (p = makePlan(cls, wanted)));
    return p;
  }

  private readConstant(cls: JfrClass, key: number): void {
    const { v, pools, out } = this;
    const kind = valueKind(cls);
    if (kind !== Kind.Struct) {
      // A pool of primitives: in practice only java.lang.String's.
      const value = v.scalar({ name: cls.name, typeId: cls.id, constantPool: false, array: false, timeUnit: '', kind });
      if (kind === Kind.String) pools.strings.set(key, value as JfrString);
      return;
    }
    switch (cls.name) {
      case 'jdk.types.StackTrace':
        this.readStackTrace(cls, key);
        return;
      case 'jdk.types.Method':
        v.read(this.plan(cls, ['type', 'name']), out, true);
        pools.methods.set(key, { cls: num(out[0], -1), name: num(out[1], -1) });
        return;
      case 'java.lang.Class':
        v.read(this.plan(cls, ['name', 'package']), out, true);
        pools.classes.set(key, { name: num(out[0], -1), pkg: num(out[1], -1) });
        return;
      case 'jdk.types.Package':
        v.read(this.plan(cls, ['name']), out, true);
        pools.packages.set(key, num(out[0], -1));
        return;
      case 'jdk.types.Symbol':
        v.read(this.plan(cls, ['string']), out, true);
        pools.symbols.set(key, out[0]);
        return;
      case 'java.lang.Thread':
        v.read(this.plan(cls, ['javaName', 'osName', 'javaThreadId']), out, true);
        pools.threads.set(key, { javaName: out[0], osName: out[1], javaThreadId: num(out[2]) });
        return;
      case 'jdk.types.ThreadState':
        v.read(this.plan(cls, ['name']), out, true);
        pools.threadStates.set(key, out[0]);
        return;
      case 'jdk.types.FrameType':
        v.read(this.plan(cls, ['description']), out, true);
        pools.frameTypes.set(key, out[0]);
        return;
      default:
        v.skipStruct(cls.id, 0);
    }
  }

  /** A stack trace: `truncated` (boolean) and `frames`, an inline array of jdk.types.StackFrame. */
  private readStackTrace(cls: JfrClass, key: number): void {
    const { v, pools } = this;
    const r = v.r;
    const st = pools.stacks;
    let truncated = false;
    for (const f of cls.wire) {
      if (f.name === 'truncated' && !f.array && f.kind === Kind.Boolean) truncated = r.u8() !== 0;
      else if (f.name === 'frames' && f.array && f.kind === Kind.Struct) this.readFrames(f.typeId);
      else v.skip(f, 0);
    }
    // A key defined twice keeps its last definition; its earlier frames stay unreferenced.
    st.index.set(key, st.truncated.length);
    st.truncated.push(truncated);
    st.start.push(st.method.length);
  }

  private readFrames(frameTypeId: number): void {
    const { v, pools, out } = this;
    const r = v.r;
    const frameCls = v.meta.byId.get(frameTypeId)!;
    const plan = (this.framePlan ??= makePlan(frameCls, ['method', 'lineNumber', 'type']));
    const st = pools.stacks;
    const n = r.count('stack frame count');
    for (let i = 0; i < n; i++) {
      v.read(plan, out, true);
      st.method.push(num(out[0], -1));
      st.line.push(num(out[1], -1));
      st.type.push(num(out[2], -1));
    }
  }
}
