import { describe, expect, it } from 'vitest';
import { checkProfile, importProfile, MalformedProfileError, ProfileError, sampleStack, totalOf, type Profile } from '@hotpath/profile';

/**
 * A minimal JFR writer, to build recordings with the features real files in
 * the corpus do not show: fixed-size integers, strings by constant-pool
 * reference, 64-bit ids, several chained checkpoints, and corrupt type graphs.
 * It follows the same layout the reader documents (see chunk.ts).
 */
class Out {
  readonly bytes: number[] = [];
  constructor(readonly compressed: boolean) {}
  u8(v: number): this {
    this.bytes.push(v & 0xff);
    return this;
  }
  long(value: bigint | number): this {
    let v = BigInt.asUintN(64, BigInt(value));
    if (!this.compressed) {
      for (let s = 56n; s >= 0n; s -= 8n) this.u8(Number((v >> s) & 0xffn));
      return this;
    }
    for (let i = 0; i < 8 && v >= 0x80n; i++, v >>= 7n) this.u8(Number(v & 0x7fn) | 0x80);
    return this.u8(Number(v));
  }
  int(value: number): this {
    if (this.compressed) return this.long(value >>> 0);
    for (let s = 24; s >= 0; s -= 8) this.u8((value >>> s) & 0xff);
    return this;
  }
  char(v: number): this {
    return this.compressed ? this.long(v) : this.u8(v >> 8).u8(v);
  }
  str(s: string | null | { ref: number }, encoding: 3 | 4 | 5 = 3): this {
    if (s === null) return this.u8(0);
    if (typeof s === 'object') return this.u8(2).long(s.ref);
    if (s === '') return this.u8(1);
    if (encoding === 4) {
      this.u8(4).int(s.length);
      for (const ch of s) this.char(ch.charCodeAt(0));
      return this;
    }
    const b = encoding === 3 ? Buffer.from(s, 'utf8') : Buffer.from(s, 'latin1');
    this.u8(encoding).int(b.length);
    for (const x of b) this.u8(x);
    return this;
  }
  /** An event: its size (fixed 5-byte varint when compressed, so it can be written first) and body. */
  event(type: number, body: (o: Out) => void): this {
    const inner = new Out(this.compressed);
    inner.long(type);
    body(inner);
    const size = inner.bytes.length + (this.compressed ? 5 : 4);
    if (this.compressed) this.u8(0x80 | (size & 0x7f)).u8(0x80 | ((size >> 7) & 0x7f)).u8(0x80 | ((size >> 14) & 0x7f)).u8(0x80 | ((size >> 21) & 0x7f)).u8(size >> 28);
    else this.int(size);
    this.bytes.push(...inner.bytes);
    return this;
  }
}

interface FieldDef {
  name: string;
  type: number;
  cp?: boolean;
  array?: boolean;
  ticks?: boolean;
}
type ClassDef = [id: number, name: string, fields: FieldDef[]];

const T = { boolean: 4, int: 8, long: 9, string: 20, cls: 21, thread: 22, frameType: 24, state: 25, stackTrace: 26, frame: 27, method: 28, pkg: 31, symbol: 32, timespan: 40, exec: 101, park: 102 };

const CLASSES: ClassDef[] = [
  [T.boolean, 'boolean', []],
  [T.int, 'int', []],
  [T.long, 'long', []],
  [T.string, 'java.lang.String', []],
  [T.cls, 'java.lang.Class', [{ name: 'name', type: T.symbol, cp: true }, { name: 'package', type: T.pkg, cp: true }]],
  [T.thread, 'java.lang.Thread', [{ name: 'osName', type: T.string }, { name: 'javaName', type: T.string }, { name: 'javaThreadId', type: T.long }]],
  [T.frameType, 'jdk.types.FrameType', [{ name: 'description', type: T.string }]],
  [T.state, 'jdk.types.ThreadState', [{ name: 'name', type: T.string }]],
  [T.stackTrace, 'jdk.types.StackTrace', [{ name: 'truncated', type: T.boolean }, { name: 'frames', type: T.frame, array: true }]],
  [T.frame, 'jdk.types.StackFrame', [{ name: 'method', type: T.method, cp: true }, { name: 'lineNumber', type: T.int }, { name: 'type', type: T.frameType, cp: true }]],
  [T.method, 'jdk.types.Method', [{ name: 'type', type: T.cls, cp: true }, { name: 'name', type: T.symbol, cp: true }]],
  [T.pkg, 'jdk.types.Package', [{ name: 'name', type: T.symbol, cp: true }]],
  [T.symbol, 'jdk.types.Symbol', [{ name: 'string', type: T.string }]],
  [T.timespan, 'jdk.jfr.Timespan', [{ name: 'value', type: T.string }]],
  [T.exec, 'jdk.ExecutionSample', [{ name: 'startTime', type: T.long }, { name: 'sampledThread', type: T.thread, cp: true }, { name: 'stackTrace', type: T.stackTrace, cp: true }, { name: 'state', type: T.state, cp: true }]],
  [T.park, 'jdk.ThreadPark', [{ name: 'startTime', type: T.long }, { name: 'duration', type: T.long, ticks: true }, { name: 'eventThread', type: T.thread, cp: true }, { name: 'stackTrace', type: T.stackTrace, cp: true }]],
];

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
}

function metadataEvent(o: Out, classes: ClassDef[]): void {
  const strings: string[] = [];
  const index = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const el = (name: string, attributes: Record<string, string>, children: Element[] = []): Element => ({ name, attributes, children });
  const classElements = classes.map(([id, name, fields]) =>
    el(
      'class',
      { id: String(id), name, ...(id >= 100 ? { superType: 'jdk.jfr.Event' } : {}) },
      fields.map((f) =>
        el(
          'field',
          { name: f.name, class: String(f.type), ...(f.cp ? { constantPool: 'true' } : {}), ...(f.array ? { dimension: '1' } : {}) },
          f.ticks ? [el('annotation', { class: String(T.timespan), value: 'TICKS' })] : [],
        ),
      ),
    ),
  );
  const root = el('root', {}, [el('metadata', {}, classElements), el('region', { gmtOffset: '0' })]);
  const body = new Out(o.compressed);
  const write = (e: Element) => {
    body.int(index(e.name)).int(Object.keys(e.attributes).length);
    for (const [k, v] of Object.entries(e.attributes)) body.int(index(k)).int(index(v));
    body.int(e.children.length);
    e.children.forEach(write);
  };
  write(root); // fills `strings` as a side effect, before the table is written
  o.event(0, (e) => {
    e.long(0).long(0).long(1).int(strings.length);
    for (const s of strings) e.str(s);
    e.bytes.push(...body.bytes);
  });
}

interface Recording {
  compressed?: boolean;
  classes?: ClassDef[];
  /** Writes the events; returns nothing. */
  events: (o: Out) => void;
  /** Writes the checkpoints; each returns its bytes' position is handled by the writer. */
  checkpoints: ((o: Out) => void)[];
  ticksPerSecond?: number;
}

/** One chunk: header, events, checkpoints chained backwards (as the JDK does), metadata last. */
function chunk(r: Recording): Uint8Array {
  const o = new Out(r.compressed ?? true);
  o.bytes.push(...new Array(68).fill(0));
  r.events(o);
  let previous = 0;
  for (const write of r.checkpoints) {
    const at = o.bytes.length;
    o.event(1, (e) => {
      e.long(0).long(0).long(previous ? previous - at : 0).u8(0);
      write(e);
    });
    previous = at;
  }
  const metadataAt = o.bytes.length;
  metadataEvent(o, r.classes ?? CLASSES);
  const b = Buffer.from(o.bytes);
  b.write('FLR\0', 0, 'latin1');
  b.writeUInt16BE(2, 4);
  b.writeBigUInt64BE(BigInt(b.length), 8);
  b.writeBigUInt64BE(BigInt(previous), 16);
  b.writeBigUInt64BE(BigInt(metadataAt), 24);
  b.writeBigUInt64BE(1_700_000_000_000_000_000n, 32);
  b.writeBigUInt64BE(10_000_000_000n, 40);
  b.writeBigUInt64BE(BigInt(r.ticksPerSecond ?? 1_000_000_000), 56);
  b.writeUInt32BE((r.compressed ?? true) ? 1 : 0, 64);
  return b;
}

const BIG_METHOD = 2n ** 63n + 12345n;

/** Pools: one stack (Pattern.compile ← Main.main) referring to a method by a 64-bit id, strings by reference and in every encoding. */
function standardPools(): ((o: Out) => void)[] {
  return [
    (o) => {
      o.int(3);
      o.long(T.stackTrace).int(1).long(7).u8(0).int(2);
      o.long(BIG_METHOD).int(1069).long(0); // top frame first
      o.long(2).int(-1).long(1);
      o.long(T.method).int(2).long(BIG_METHOD).long(1).long(11).long(2).long(2).long(12);
      o.long(T.cls).int(2).long(1).long(21).long(0).long(2).long(22).long(0);
    },
    (o) => {
      o.int(4);
      o.long(T.symbol).int(4).long(11).str('compile', 4).long(12).str('main', 5).long(21).str({ ref: 100 }).long(22).str('Main');
      o.long(T.string).int(1).long(100).str('java/util/regex/Pattern');
      o.long(T.thread).int(1).long(5).str('worker-1').str(null).long(0);
      o.long(T.state).int(2).long(1).str('STATE_RUNNABLE').long(2).str('STATE_SLEEPING');
    },
  ];
}

function samples(o: Out, n: number, state = 1): void {
  for (let i = 0; i < n; i++) o.event(T.exec, (e) => e.long(i).long(5).long(7).long(state));
}

function stacksOf(p: Profile, type: number): Map<string, number> {
  const stride = p.sampleTypes.length;
  const out = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const key = [...sampleStack(p.samples, i)]
      .map((id) => p.locations[id - 1].lines.map((l) => `${p.strings[p.functions[l.functionId - 1].name]}:${l.line}`).join('|'))
      .join(';');
    out.set(key, (out.get(key) ?? 0) + p.samples.values[i * stride + type]);
  }
  return out;
}

describe('JFR structures the corpus does not show', () => {
  it.each([true, false])('reads a chunk with compressed integers: %s', (compressed) => {
    const p = importProfile(chunk({ compressed, events: (o) => samples(o, 3), checkpoints: standardPools() }));
    checkProfile(p);
    expect(p.format).toBe('jfr');
    expect(p.sampleTypes).toEqual([{ type: 'cpu', unit: 'nanoseconds' }]);
    expect(totalOf(p, 0)).toBe(3 * 10_000_000);
    expect(stacksOf(p, 0)).toEqual(new Map([['java.util.regex.Pattern.compile:1069;Main.main:0', 30_000_000]]));
    expect(p.labelSets[p.samples.labelSet[0]].map((l) => p.strings[l.str])).toEqual(['worker-1']);
    expect(p.warnings.join(' ')).toMatch(/does not say the sampling period/);
    expect(p.timeNanos).toBeCloseTo(1.7e18, -6);
  });

  it('converts durations in ticks to nanoseconds', () => {
    const p = importProfile(
      chunk({
        ticksPerSecond: 2_000_000_000,
        events: (o) => o.event(T.park, (e) => e.long(0).long(3_000_000_001).long(5).long(7)),
        checkpoints: standardPools(),
      }),
    );
    expect(p.sampleTypes.map((t) => t.type)).toEqual(['park_contentions', 'park_delay']);
    expect(totalOf(p, 0)).toBe(1);
    expect(totalOf(p, 1)).toBe(1_500_000_001); // 3e9+1 ticks at 2 GHz, rounded to whole nanoseconds
  });

  it('leaves out events whose stack trace is missing, and says so', () => {
    const p = importProfile(chunk({ events: (o) => o.event(T.exec, (e) => e.long(0).long(5).long(99).long(1)).event(T.exec, (e) => e.long(0).long(5).long(7).long(1)), checkpoints: standardPools() }));
    expect(p.samples.length).toBe(1);
    expect(p.warnings.join(' ')).toMatch(/1 event has no stack trace/);
  });

  it('reports a recording with nothing to show as an empty profile, naming what it holds', () => {
    const attempt = () => importProfile(chunk({ events: (o) => samples(o, 2, 2), checkpoints: standardPools() }));
    expect(attempt).toThrow(ProfileError);
    expect(attempt).toThrow(/samples are all of sleeping threads/);
  });

  it('refuses a type that contains itself', () => {
    // (A type holding only itself takes no bytes and reads as nothing; with a byte of its own it never ends.)
    const loop: ClassDef = [50, 'Loop', [{ name: 'value', type: T.int }, { name: 'next', type: 50 }]];
    const classes: ClassDef[] = [...CLASSES, loop];
    const values = (o: Out) => {
      o.int(1).long(50).int(1).long(1);
      for (let i = 0; i < 40; i++) o.u8(1);
    };
    const attempt = () => importProfile(chunk({ classes, events: (o) => samples(o, 1), checkpoints: [...standardPools(), values] }));
    expect(attempt).toThrow(MalformedProfileError);
    expect(attempt).toThrow(/nest deeper than 16/);
  });

  it('skips values of types made only of empty types at once, however wide and deep', () => {
    // Empty ← 64 × Empty ← 64 × that ← … six levels: 64^6 fields to visit, none taking a byte.
    const levels: ClassDef[] = [[60, 'Empty', []]];
    for (let d = 1; d <= 6; d++) levels.push([60 + d, `L${d}`, Array.from({ length: 64 }, (_, i) => ({ name: `f${i}`, type: 60 + d - 1 }))]);
    const started = Date.now();
    const p = importProfile(chunk({ classes: [...CLASSES, ...levels], events: (o) => samples(o, 1), checkpoints: [...standardPools(), (o) => o.int(1).long(66).int(2).long(1).long(2)] }));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(p.samples.length).toBe(1);
  });

  it('refuses a constant-pool chain that loops', () => {
    // With fixed-size integers every field has a known place: size (4), type, start, duration, then delta (8 each).
    const b = Buffer.from(chunk({ compressed: false, events: (o) => samples(o, 1), checkpoints: standardPools() }));
    const last = Number(b.readBigUInt64BE(16));
    const first = last + Number(b.readBigInt64BE(last + 28));
    expect(b.readBigInt64BE(first + 28)).toBe(0n); // the first checkpoint ends the chain…
    b.writeBigInt64BE(BigInt(last - first), first + 28); // …until it points back at the last one
    expect(() => importProfile(b)).toThrow(MalformedProfileError);
    expect(() => importProfile(b)).toThrow(/constant pool chain loops back to byte \d+/);
  });

  it('reads chunks laid end to end as one recording', () => {
    const one = chunk({ events: (o) => samples(o, 2), checkpoints: standardPools() });
    const p = importProfile(Buffer.concat([one, one, one]));
    expect(totalOf(p, 0)).toBe(6 * 10_000_000);
  });

  it('says which chunk and byte are wrong', () => {
    const one = chunk({ events: (o) => samples(o, 2), checkpoints: standardPools() });
    expect(() => importProfile(Buffer.concat([one, Buffer.from('garbage after the chunk, long enough to be a header………………………………')]))).toThrow(
      /malformed jfr profile: chunk 1 \(at byte \d+\): chunk header: no "FLR\\0" magic/,
    );
    expect(() => importProfile(one.subarray(0, one.length - 10))).toThrow(/chunk 0 \(at byte 0\): chunk header: chunk size \d+ does not fit/);
  });
});
