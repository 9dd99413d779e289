/**
 * Primitive reads of the JFR binary format (format versions 1.x and 2.x, the
 * ones JDK 11+ and async-profiler write; the layout is documented by the
 * readers in OpenJDK, `jdk.jfr.internal.consumer.RecordingInput`, and JMC,
 * `flightrecorder.internal.parser.v1.SeekableInputStream`).
 *
 * - Integers are big-endian, or, when the chunk header's feature bit 0
 *   ("compressed integers") is set, as every current writer does, LEB128-like
 *   varints: 7 bits per byte, low bits first, at most 9 bytes, the ninth
 *   contributing all 8 of its bits (so a long never needs a tenth byte).
 *   short, char, int and long all use the same varint; an int is the low 32
 *   bits of the value (a negative int is written sign-extended or not, both
 *   read back correctly that way).
 * - byte and boolean are one byte; float and double are always raw IEEE 754.
 * - A string starts with an encoding byte: 0 null, 1 empty, 2 index into the
 *   chunk's `java.lang.String` constant pool, 3 UTF-8 bytes, 4 UTF-16 code
 *   units (each read as a char), 5 Latin-1 bytes; 3, 4 and 5 are preceded by
 *   their length (an int).
 *
 * Every read is bounded by `end` (the end of the event, pool or chunk being
 * read); running past it throws `JfrDecodeError` with the byte offset, which
 * the chunk parser turns into a `MalformedProfileError` that says where.
 */

/** A decode failure at a byte offset; the caller adds which chunk and event. */
export class JfrDecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JfrDecodeError';
  }
}

/**
 * A string value as read: the text, null (JFR's null string), or, when it was
 * written as a reference into the `java.lang.String` constant pool, that
 * constant's id as a number (resolved once the pools are read).
 */
export type JfrString = string | null | number;

const TWO_32 = 4294967296;
/** Ids at or above 2^53 cannot be JS numbers exactly; they get negative stand-ins (see `id`). */
const TWO_21 = 2097152;

const utf8 = new TextDecoder('utf-8');

export class JfrReader {
  pos: number;
  /** Exclusive bound for every read; callers narrow it to the event or segment they read. */
  end: number;
  /** Set per chunk from its header's features. */
  compressed = true;
  /** High 32 bits of the last varint, for `id()`. */
  private hi = 0;
  private readonly bigIds: Map<string, number>;

  constructor(
    readonly buf: Uint8Array,
    bigIds: Map<string, number> = new Map(),
  ) {
    this.pos = 0;
    this.end = buf.length;
    this.bigIds = bigIds;
  }

  fail(message: string, at = this.pos): never {
    throw new JfrDecodeError(message, at);
  }

  /** Bytes left before `end`. */
  get remaining(): number {
    return this.end - this.pos;
  }

  u8(): number {
    if (this.pos >= this.end) this.fail('unexpected end of data');
    return this.buf[this.pos++];
  }

  bool(): boolean {
    return this.u8() !== 0;
  }

  /** Raw big-endian unsigned 16 bits. */
  rawU16(): number {
    if (this.pos + 2 > this.end) this.fail('unexpected end of data');
    const b = this.buf;
    const p = this.pos;
    this.pos = p + 2;
    return (b[p] << 8) | b[p + 1];
  }

  /** Raw big-endian signed 32 bits. */
  rawI32(): number {
    if (this.pos + 4 > this.end) this.fail('unexpected end of data');
    const b = this.buf;
    const p = this.pos;
    this.pos = p + 4;
    return (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
  }

  /** Raw big-endian 64 bits; sets `hi` and returns the low 32 bits unsigned. */
  private raw64(): number {
    this.hi = this.rawI32();
    return this.rawI32() >>> 0;
  }

  /**
   * A compressed varint of up to 64 bits: returns the low 32 bits unsigned and
   * leaves the high 32 bits in `hi`.
   */
  private varint(): number {
    const b = this.buf;
    let p = this.pos;
    const end = this.end;
    if (p < end && b[p] < 0x80) {
      this.pos = p + 1;
      this.hi = 0;
      return b[p];
    }
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 9; i++) {
      if (p >= end) this.fail('varint runs past the end of its data', this.pos);
      const byte = b[p++];
      if (i === 8) {
        // Ninth byte: all 8 bits, as bits 56..63.
        hi |= byte << 24;
        break;
      }
      const bits = byte & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (7 * i - 32);
      if (byte < 0x80) break;
    }
    this.pos = p;
    this.hi = hi;
    return lo >>> 0;
  }

  /** Java `int` (also short and char): signed 32 bits. */
  int(): number {
    if (this.compressed) return this.varint() | 0;
    return this.rawI32();
  }

  /** Java `short`/`char` when not compressed are 2 bytes; compressed they are varints like int. */
  short(): number {
    if (this.compressed) return (this.varint() << 16) >> 16;
    return (this.rawU16() << 16) >> 16;
  }

  char(): number {
    if (this.compressed) return this.varint() & 0xffff;
    return this.rawU16();
  }

  /** Java `long`, signed; exact up to ±2^53, which covers sizes, durations and ticks. */
  long(): number {
    const lo = this.compressed ? this.varint() : this.raw64();
    return (this.hi | 0) * TWO_32 + lo;
  }

  /**
   * A constant-pool key or type id: unsigned 64 bits. JFR ids are opaque, and
   * some writers use the full 64 bits; those above 2^53 are mapped to negative
   * stand-ins, one per distinct value (the map is shared by every chunk of a
   * file), so that equal ids stay equal and different ids stay different.
   */
  id(): number {
    const lo = this.compressed ? this.varint() : this.raw64();
    const hi = this.hi >>> 0;
    if (hi < TWO_21) return hi * TWO_32 + lo;
    const key = `${hi}:${lo}`;
    let v = this.bigIds.get(key);
    if (v === undefined) {
      v = -(this.bigIds.size + 1);
      this.bigIds.set(key, v);
    }
    return v;
  }

  float(): number {
    if (this.pos + 4 > this.end) this.fail('unexpected end of data');
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 4).getFloat32(0);
    this.pos += 4;
    return v;
  }

  double(): number {
    if (this.pos + 8 > this.end) this.fail('unexpected end of data');
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8).getFloat64(0);
    this.pos += 8;
    return v;
  }

  /** A length or count: a non-negative int no larger than what is left to read (each item takes at least `minBytes`). */
  count(what: string, minBytes = 1): number {
    const at = this.pos;
    const n = this.int();
    if (n < 0) this.fail(`${what} is negative (${n})`, at);
    if (minBytes > 0 && n * minBytes > this.end - this.pos) {
      this.fail(`${what} of ${n} does not fit in the ${this.end - this.pos} bytes left`, at);
    }
    return n;
  }

  string(): JfrString {
    const at = this.pos;
    const encoding = this.u8();
    switch (encoding) {
      case 0:
        return null;
      case 1:
        return '';
      case 2:
        return this.id();
      case 3: {
        const n = this.count('UTF-8 string length');
        const s = utf8.decode(this.buf.subarray(this.pos, this.pos + n));
        this.pos += n;
        return s;
      }
      case 4: {
        const n = this.count('char array string length');
        let s = '';
        for (let i = 0; i < n; i++) s += String.fromCharCode(this.char());
        return s;
      }
      case 5: {
        const n = this.count('Latin-1 string length');
        let s = '';
        // Latin-1 maps each byte to the code point of the same value.
        for (let i = 0; i < n; i += 4096) {
          s += String.fromCharCode(...this.buf.subarray(this.pos + i, this.pos + Math.min(n, i + 4096)));
        }
        this.pos += n;
        return s;
      }
      default:
        return this.fail(`unknown string encoding ${encoding}`, at);
    }
  }

  /** Skips a string without decoding it. */
  skipString(): void {
    const at = this.pos;
    const encoding = this.u8();
    switch (encoding) {
      case 0:
      case 1:
        return;
      case 2:
        this.long();
        return;
      case 3:
      case 5: {
        // Not `this.pos += this.count()`: that would add to the position from before the length was read.
        const n = this.count('string length');
        this.pos += n;
        return;
      }
      case 4: {
        const n = this.count('char array string length');
        for (let i = 0; i < n; i++) this.char();
        return;
      }
      default:
        this.fail(`unknown string encoding ${encoding}`, at);
    }
  }
}
