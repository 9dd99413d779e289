import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallTree, selectSampleType } from '@hotpath/analysis';
import { importProfile } from '@hotpath/profile';
import { builtinRules, detect } from '@hotpath/rules';
import { SourceResolver } from '@hotpath/source';

/**
 * The rule library on the project's own recorded examples (real profiles of
 * real programs; the rules were written alongside them, so this guards
 * against regressions — test/rules-holdout.test.ts measures recall on
 * programs the rules were not written from).
 */
const EXAMPLES = join(__dirname, '..', 'examples');
const rules = builtinRules();

function categories(dir: string, profile: string, sampleType?: string): string[] {
  const p = importProfile(readFileSync(join(EXAMPLES, dir, 'profiles', profile)), { fileName: profile });
  const tree = new CallTree(p, selectSampleType(p, sampleType), { granularity: 'line' });
  const found = detect(tree, rules, { source: new SourceResolver(join(EXAMPLES, dir)) });
  return [...new Set(found.map((f) => f.category))].sort();
}

describe('rules on the recorded examples', () => {
  it.each([
    ['orders-api', 'cpu.cpuprofile'],
    ['orders-api', 'wall.pb.gz'],
  ])('%s %s: the planted request-path patterns', (dir, file) => {
    expect(categories(dir, file)).toEqual(
      expect.arrayContaining(['client-construction-in-hot-path', 'regex-compilation-in-hot-path', 'serialization-overhead', 'sync-crypto-on-request-path', 'sync-io-on-request-path']),
    );
  });

  it('invoice-batch: formatters, scans and exceptions', () => {
    expect(categories('invoice-batch', 'cpu.cpuprofile')).toEqual(
      expect.arrayContaining(['exception-as-control-flow', 'locale-formatter-construction', 'quadratic-collection-scan']),
    );
  });

  it.each([
    ['clean-compute', 'cpu.cpuprofile'],
    ['clean-compute', 'wall.pb.gz'],
    ['go/clean', 'cpu.pb.gz'],
    ['go/clean', 'allocs.pb.gz'],
  ])('%s %s: clean, no finding', (dir, file) => {
    expect(categories(dir, file)).toEqual([]);
  });

  it('go/logsvc: regex, formatting, serialization, allocation in CPU; contention in the mutex profile', () => {
    expect(categories('go/logsvc', 'cpu.pb.gz')).toEqual(
      expect.arrayContaining(['excessive-allocation', 'regex-compilation-in-hot-path', 'serialization-overhead', 'string-formatting-overhead']),
    );
    expect(categories('go/logsvc', 'mutex.pb.gz')).toEqual(['lock-contention']);
  });

  it('java (JFR recorded by JDK 17): the Java rules fire on JFR input', () => {
    expect(categories('java', 'rec.jfr.gz')).toEqual(expect.arrayContaining(['regex-compilation-in-hot-path', 'string-formatting-overhead']));
  });
});
