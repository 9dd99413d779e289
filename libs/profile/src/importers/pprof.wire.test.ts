import { describe, expect, it } from 'vitest';
import * as protobuf from 'protobufjs';
import { importProfile, MalformedProfileError, sampleStack } from '@hotpath/profile';

/** A hand-built pprof: strings "", cpu, nanoseconds, f; function 1; locations 1 and 50; then `tail`. */
function pprofWith(sample: number[], tail: number[] = []): Buffer {
  const w = protobuf.Writer.create();
  w.uint32((1 << 3) | 2).fork().uint32(8).int64(1).uint32(16).int64(2).ldelim(); // sample_type cpu/nanoseconds
  for (const s of ['', 'cpu', 'nanoseconds', 'f']) w.uint32((6 << 3) | 2).string(s);
  w.uint32((5 << 3) | 2).fork().uint32(8).uint64(1).uint32(16).int64(3).ldelim(); // function 1 "f"
  for (const id of [1, 50]) {
    w.uint32((4 << 3) | 2).fork().uint32(8).uint64(id).uint32((4 << 3) | 2).fork().uint32(8).uint64(1).ldelim().ldelim();
  }
  w.uint32((2 << 3) | 2).uint32(sample.length);
  const head = Buffer.from(w.finish());
  return Buffer.concat([head, Buffer.from(sample), Buffer.from(tail)]);
}

describe('pprof sample wire bounds', () => {
  it('reads a well-formed sample', () => {
    // location_id packed [1], value 5
    const p = importProfile(pprofWith([0x0a, 0x01, 0x01, 0x10, 0x05]));
    expect(Array.from(sampleStack(p.samples, 0))).toHaveLength(1);
    expect(p.samples.values[0]).toBe(5);
  });

  it('refuses a packed field that runs past the end of its sample', () => {
    // value 5, then location_id packed with 2 bytes declared but only 1 inside the sample;
    // the next byte (0x32, a string_table tag = 50) belongs to the next field and names location 50.
    const bytes = pprofWith([0x10, 0x05, 0x0a, 0x02, 0x01], [0x32, 0x01, 0x78]);
    expect(() => importProfile(bytes)).toThrow(MalformedProfileError);
  });

  it('refuses a label that runs past the end of its sample', () => {
    const bytes = pprofWith([0x0a, 0x01, 0x01, 0x10, 0x05, 0x1a, 0x02, 0x08], [0x32, 0x01, 0x78]);
    expect(() => importProfile(bytes)).toThrow(MalformedProfileError);
  });

  it('accepts an empty packed value field', () => {
    // location_id [1], value packed [] then value 5 unpacked: legal protobuf, one value.
    const p = importProfile(pprofWith([0x0a, 0x01, 0x01, 0x12, 0x00, 0x10, 0x05]));
    expect(p.samples.values[0]).toBe(5);
  });

  it('names a location or function whose inner fields do not decode', () => {
    // A location whose line field declares 5 bytes inside a message that has 2 left: the location's
    // own length fits the input, so only decoding it (after the first pass) finds the fault.
    const badLocation = protobuf.Writer.create();
    badLocation.uint32((4 << 3) | 2).fork().uint32(8).uint64(7).uint32((4 << 3) | 2).uint32(5).uint32(8).uint32(1).ldelim();
    const bytes = Buffer.concat([pprofWith([0x0a, 0x01, 0x01, 0x10, 0x05]), Buffer.from(badLocation.finish())]);
    expect(() => importProfile(bytes)).toThrow(MalformedProfileError);
    expect(() => importProfile(bytes)).toThrow(/location at byte \d+/);
    const badFunction = protobuf.Writer.create();
    badFunction.uint32((5 << 3) | 2).fork().uint32(8).uint64(2).uint32((9 << 3) | 2).uint32(5).uint32(0).ldelim();
    const fn = Buffer.concat([pprofWith([0x0a, 0x01, 0x01, 0x10, 0x05]), Buffer.from(badFunction.finish())]);
    expect(() => importProfile(fn)).toThrow(/function at byte \d+/);
  });
});
