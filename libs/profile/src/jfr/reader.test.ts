import { describe, expect, it } from 'vitest';
import { JfrDecodeError, JfrReader } from './reader';

/** JFR's varint: 7 bits per byte, low first; the ninth byte carries 8 bits. */
function varint(value: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < 8; i++) {
    if (v < 0x80n) return [...out, Number(v)];
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  return [...out, Number(v)];
}

const reader = (bytes: number[], compressed = true) => {
  const r = new JfrReader(Uint8Array.from(bytes));
  r.compressed = compressed;
  return r;
};

describe('JfrReader', () => {
  it.each([0n, 1n, 127n, 128n, 300n, 2n ** 31n - 1n, 2n ** 32n + 5n, 2n ** 49n + 3n, 2n ** 53n - 1n])('reads the varint long %s', (v) => {
    const r = reader(varint(v));
    expect(r.long()).toBe(Number(v));
    expect(r.pos).toBe(varint(v).length);
  });

  it('reads negative longs from all 9 bytes, and ints from their low 32 bits', () => {
    expect(varint(-1n)).toHaveLength(9);
    expect(reader(varint(-1n)).long()).toBe(-1);
    expect(reader(varint(-123456789n)).long()).toBe(-123456789);
    // A line number of -1 written as an unsigned 32-bit varint (5 bytes) or sign-extended (9 bytes).
    expect(reader(varint(0xffffffffn)).int()).toBe(-1);
    expect(reader(varint(-1n)).int()).toBe(-1);
  });

  it('keeps ids above 2^53 distinct and stable', () => {
    const a = varint(2n ** 63n + 1n);
    const b = varint(2n ** 63n + 2n);
    const r = reader([...a, ...b, ...a]);
    const [x, y, z] = [r.id(), r.id(), r.id()];
    expect(x).not.toBe(y);
    expect(x).toBe(z);
    expect(x).toBeLessThan(0);
  });

  it('reads fixed-size big-endian integers when integers are not compressed', () => {
    const r = reader([0, 0, 1, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 1, 0, 0, 0, 2, 0x12, 0x34], false);
    expect(r.int()).toBe(256);
    expect(r.int()).toBe(-1);
    expect(r.long()).toBe(2 ** 32 + 2);
    expect(r.char()).toBe(0x1234);
  });

  it('reads every string encoding', () => {
    const utf8 = [...Buffer.from('Pattern.compile→')];
    const r = reader([0, 1, 2, 7, 3, utf8.length, ...utf8, 4, 2, 0x68, ...varint(0x20acn), 5, 2, 0x63, 0xe9]);
    expect(r.string()).toBeNull();
    expect(r.string()).toBe('');
    expect(r.string()).toBe(7); // a reference into the string constant pool
    expect(r.string()).toBe('Pattern.compile→');
    expect(r.string()).toBe('h€');
    expect(r.string()).toBe('cé');
  });

  it('refuses to read past its end, saying where', () => {
    const r = reader([3, 10, 0x41]);
    expect(() => r.string()).toThrow(JfrDecodeError);
    expect(() => reader([0x80, 0x80]).long()).toThrow(/varint runs past the end/);
    const bounded = reader([1, 2, 3, 4]);
    bounded.end = 2;
    bounded.pos = 2;
    expect(() => bounded.u8()).toThrow(/unexpected end/);
    expect(() => reader([9]).string()).toThrow(/unknown string encoding 9/);
    try {
      reader([5, 0x7f]).string();
    } catch (err) {
      expect((err as JfrDecodeError).offset).toBe(1);
    }
  });
});
