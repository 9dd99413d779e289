import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkProfile, importProfile, MalformedProfileError, totalOf, UnsupportedFormatError } from '@hotpath/profile';
import { hasCorpus, readCorpus } from '../../../../test/support/corpus';

// Totals from ../shared/corpus/README.md, read there with an independent decoder.
const EXPECTED: [string, number, number, number, number][] = [
  // file, samples, locations, functions, total of the first sample type
  ['go-cpu.pb.gz', 7, 29, 28, 47],
  ['go-cpu-labels.pprof', 480, 32, 22, 873],
  ['go-cpu-truncated.pb.gz', 647, 1922, 1248, 756],
  ['go-heap-truncated.pb.gz', 12015, 8197, 4082, 323743891097728],
  ['go-profile-symdb.pb.gz', 1150, 762, 507, 196607841],
  ['nodejs-cpu.pb.gz', 50, 197, 140, 8849],
  ['nodejs-wall.pb.gz', 16, 87, 67, 898],
  ['pyspy.pb.gz', 16, 12, 7, 781],
  ['dotnet.pb.gz', 579, 41, 41, 5653000000],
  ['dotnet-labels.pprof', 2814, 48, 48, 9093000000],
  ['malformed-no-addr-no-line.pb.gz', 2, 36, 30, 105263156],
  ['req_2.pprof', 6, 29, 31, 10],
  ['speedscope-simple.prof', 9, 30, 25, 150],
];

describe.skipIf(!hasCorpus)('pprof importer on the corpus', () => {
  it.each(EXPECTED)('%s: %i samples, %i locations, %i functions, total %d', (file, samples, locations, functions, total) => {
    const bytes = readCorpus('pprof', file);
    for (const fileName of [file, undefined]) {
      const p = importProfile(bytes, { fileName });
      checkProfile(p);
      expect(p.format).toBe('pprof');
      expect(p.samples.length).toBe(samples);
      // Locations and functions may only shrink: equal functions are merged.
      expect(p.locations.length).toBe(locations);
      expect(p.functions.length).toBeLessThanOrEqual(functions);
      expect(totalOf(p, 0)).toBe(total);
    }
  });

  it('keeps every sample type of a .NET profile, and its labels', () => {
    const p = importProfile(readCorpus('pprof', 'dotnet-labels.pprof'));
    expect(p.sampleTypes.map((t) => t.type)).toEqual(['cpu', 'exception', 'alloc_samples', 'alloc_size', 'lock_count', 'lock_time']);
    expect(p.labelSets.length).toBeGreaterThan(1);
  });

  it("unpacks the file and line Pyroscope's Node agent puts in function names", () => {
    const p = importProfile(readCorpus('pprof', 'nodejs-wall.pb.gz'));
    const emit = p.functions.find((f) => p.strings[f.name] === 'emit' && p.strings[f.filename] === 'node:events');
    expect(emit?.startLine).toBe(532);
    expect(p.functions.some((f) => p.strings[f.name].startsWith('node:'))).toBe(false);
    const names = p.functions.map((f) => p.strings[f.name]);
    expect(names).toContain('(idle)'); // `:(idle):0`
    expect(names).not.toContain(':(idle):0');
  });

  it('reads default_sample_type', () => {
    const p = importProfile(readCorpus('pprof', 'parca-alloc_objects.pb.gz'));
    expect(p.defaultSampleType).not.toBeNull();
    expect(p.sampleTypes[p.defaultSampleType!].type).toBe('alloc_space');
  });

  it('never returns an invalid profile from a cut one', () => {
    // A cut on a field boundary is a valid, smaller message (protobuf cannot tell);
    // every other cut must be reported as malformed, never crash or mislead.
    const raw = importBytes('go-cpu-truncated.pb.gz');
    let malformed = 0;
    for (let k = 1; k < 200; k++) {
      const cut = raw.subarray(0, Math.floor((raw.length * k) / 200) + 1);
      try {
        checkProfile(importProfile(cut));
      } catch (err) {
        expect(err, `cut at ${cut.length}`).toBeInstanceOf(MalformedProfileError);
        malformed++;
      }
    }
    expect(malformed).toBeGreaterThan(190);
    // Cut inside the last field: the message says where.
    expect(() => importProfile(raw.subarray(0, raw.length - 1))).toThrow(/byte \d+/);
  });

  it('reports a truncated gzip stream as malformed gzip', () => {
    const gz = readCorpus('pprof', 'go-cpu.pb.gz');
    expect(() => importProfile(gz.subarray(0, gz.length - 20))).toThrow(/malformed gzip/);
  });
});

function importBytes(file: string): Buffer {
  const { gunzipSync } = require('node:zlib') as typeof import('node:zlib');
  const b = readCorpus('pprof', file);
  return b[0] === 0x1f ? gunzipSync(b) : b;
}

describe('pprof importer on synthetic input', () => {
  it('refuses bytes that are no format at all', () => {
    expect(() => importProfile(Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00]))).toThrow(UnsupportedFormatError);
  });

  it('refuses a gzip bomb without inflating it', () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const before = process.memoryUsage().rss;
    expect(() => importProfile(bomb, { limits: { maxDecompressedBytes: 1024 * 1024 } })).toThrow(/maxDecompressedBytes exceeded/);
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });
});
