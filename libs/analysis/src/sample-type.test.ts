import { describe, expect, it } from 'vitest';
import { importProfile, type Profile, ProfileBuilder, ProfileError, type ValueType } from '@hotpath/profile';
import { describeType, selectSampleType } from '@hotpath/analysis';
import { hasCorpus, readCorpus } from '../../../test/support/corpus';

function typed(spec: string, defaultSampleType: number | null = null): Profile {
  const types: ValueType[] = spec.split(',').map((t) => {
    const [type, unit] = t.trim().split('/');
    return { type, unit };
  });
  return new ProfileBuilder('test', types, undefined, { defaultSampleType }).build();
}

function errorOf(fn: () => unknown): ProfileError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ProfileError);
    return err as ProfileError;
  }
  throw new Error('expected an error');
}

const GO_HEAP = 'alloc_objects/count, alloc_space/bytes, inuse_objects/count, inuse_space/bytes';

describe('selectSampleType', () => {
  it('takes an explicit request by type, type/unit or index', () => {
    const p = typed(GO_HEAP);
    expect(selectSampleType(p, 'alloc_space')).toBe(1);
    expect(selectSampleType(p, 'inuse_objects/count')).toBe(2);
    expect(selectSampleType(p, '0')).toBe(0);
    expect(selectSampleType(p, '3')).toBe(3);
  });

  it('prefers an explicit request to the declared default', () => {
    expect(selectSampleType(typed(GO_HEAP, 3), 'alloc_objects')).toBe(0);
  });

  it('uses the default_sample_type the profile declares', () => {
    expect(selectSampleType(typed(GO_HEAP, 1))).toBe(1);
    // Even over a CPU type.
    expect(selectSampleType(typed('samples/count, cpu/nanoseconds', 0))).toBe(0);
  });

  it.each([
    ['samples/count, cpu/nanoseconds', 1], // Go CPU
    ['wall/nanoseconds, cpu/nanoseconds', 1], // CPU before wall, wherever it sits
    ['cpu/nanoseconds, wall/nanoseconds', 0],
    ['sample/count, wall/microseconds', 1], // Node wall time
    ['samples/count, wall/nanoseconds', 1],
    ['cpu/count, wall/nanoseconds', 1], // a count of CPU samples is not CPU time
    ['samples/count', 0],
    [GO_HEAP, 3], // else the last, as pprof does
    ['cpu/nanoseconds, exception/count, alloc-samples/count, alloc-size/bytes, lock-count/count, lock-time/nanoseconds', 0],
  ])('picks by default from %s: %i', (spec, index) => {
    expect(selectSampleType(typed(spec))).toBe(index);
  });

  it('refuses an unknown type, listing the available ones', () => {
    const p = typed('samples/count, cpu/nanoseconds');
    for (const request of ['wall', 'cpu/microseconds', '2']) {
      const err = errorOf(() => selectSampleType(p, request));
      expect(err.code).toBe('sample_type_not_found');
      expect(err.message).toContain(`"${request}"`);
      expect(err.message).toContain('samples/count, cpu/nanoseconds');
    }
  });

  it('treats an empty request as none', () => {
    expect(selectSampleType(typed('samples/count, cpu/nanoseconds'), '')).toBe(1);
  });

  it('describes a type as type/unit', () => {
    expect(describeType({ type: 'alloc_space', unit: 'bytes' })).toBe('alloc_space/bytes');
  });
});

describe.skipIf(!hasCorpus)('selectSampleType on corpus profiles', () => {
  // Sample types from ../shared/corpus/README.md.
  it.each([
    ['pprof/go-cpu.pb.gz', 'cpu/nanoseconds'],
    ['pprof/nodejs-cpu.pb.gz', 'wall/microseconds'],
    ['pprof/pyspy.pb.gz', 'samples/count'],
    ['pprof/dotnet.pb.gz', 'cpu/nanoseconds'],
    ['pprof/go-heap-truncated.pb.gz', 'inuse_space/bytes'],
    ['jfr/kafka-cpu.expected-cpu.pb.gz', 'cpu/nanoseconds'],
  ])('%s → %s', (file, expected) => {
    const [folder, name] = file.split('/');
    const p = importProfile(readCorpus(folder, name));
    expect(describeType(p.sampleTypes[selectSampleType(p)])).toBe(expected);
  });
});
