import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkProfile,
  importProfile,
  MalformedProfileError,
  type Profile,
  toCollapsed,
  totalOf,
  UnsupportedFormatError,
} from '@hotpath/profile';
import { CallTree, selectSampleType } from '@hotpath/analysis';
import { CORPUS_DIR, hasCorpus } from './support/corpus';
import { stacksOf } from './support/profiles';

/**
 * Every file of the corpus, as a path relative to it. Left out: the README
 * files, `golden/` folders (other tools' reference outputs, not profiles) and
 * the source map beside the webpack profile (input for source mapping, not a
 * profile). `*.expected-*.pb.gz` files are pprof and stay in.
 */
function corpusFiles(dir = CORPUS_DIR): string[] {
  if (!hasCorpus) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.name.startsWith('.')) return [];
      if (e.isDirectory()) return e.name === 'golden' ? [] : corpusFiles(path);
      if (/^README/i.test(e.name) || e.name.endsWith('.js.map')) return [];
      return [relative(CORPUS_DIR, path)];
    })
    .sort();
}

/** Documented in the corpus README as invalid: each must fail as malformed. */
const INVALID = new Set(['speedscope/invalid-incomplete-trace.json']);

/**
 * Profiles in a format no importer reads yet. The README lists this one as a
 * profile (a Chrome DevTools trace: `ProfileChunk` trace events); the V8
 * importer deliberately refuses traces. It is pinned here so that the day an
 * importer accepts it, this list has to shrink and the file joins the others.
 */
const NOT_YET_SUPPORTED = new Set<string>([]);

const FILES = corpusFiles();
const PROFILES = FILES.filter((f) => !INVALID.has(f) && !NOT_YET_SUPPORTED.has(f));

const cache = new Map<string, Profile>();
function load(file: string): Profile {
  let p = cache.get(file);
  if (!p) {
    p = importProfile(readFileSync(join(CORPUS_DIR, file)), { fileName: basename(file) });
    cache.set(file, p);
  }
  return p;
}

function expectSameStacks(actual: Map<string, number>, expected: Map<string, number>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [stack, value] of expected) {
    const got = actual.get(stack)!;
    // Exact for integers; fractional values (milliseconds, weights) may differ in the last bit.
    if (Number.isInteger(value)) expect(got, stack).toBe(value);
    else expect(Math.abs(got - value), stack).toBeLessThanOrEqual(Math.abs(value) * 1e-12);
  }
}

describe.skipIf(!hasCorpus)('every corpus file', () => {
  it('is found: all folders are walked', () => {
    const folders = new Set(FILES.map((f) => f.split('/')[0]));
    expect([...folders].sort()).toEqual(['collapsed', 'cpuprofile', 'jfr', 'perf-script', 'pprof', 'source-maps', 'speedscope']);
    expect(FILES).toContain('pprof/series/1644509272337470000.pb.gz');
    expect(FILES).toContain('jfr/kafka-cpu.expected-cpu.pb.gz');
    expect(FILES.some((f) => f.includes('golden/') || /README/.test(f))).toBe(false);
  });

  it.each(PROFILES)('%s imports, with and without its name, into a valid profile', (file) => {
    const bytes = readFileSync(join(CORPUS_DIR, file));
    const named = load(file);
    const anonymous = importProfile(bytes);
    checkProfile(named);
    checkProfile(anonymous);
    expect(named.samples.length).toBeGreaterThan(0);
    // Detection from content alone reaches the same result.
    expect(anonymous.format).toBe(named.format);
    expect(anonymous.sampleTypes).toEqual(named.sampleTypes);
    expect(anonymous.samples.length).toBe(named.samples.length);
    named.sampleTypes.forEach((_, t) => expect(totalOf(anonymous, t)).toBe(totalOf(named, t)));
  });

  it.each(PROFILES)('%s: the call tree total is the total of the selected sample type', (file) => {
    const p = load(file);
    const typeIndex = selectSampleType(p);
    const tree = new CallTree(p, typeIndex);
    expect(tree.total).toBe(totalOf(p, typeIndex));
    const rootTotal = tree.totals[0];
    expect(Math.abs(rootTotal - tree.total)).toBeLessThanOrEqual(Math.abs(tree.total) * 1e-12);
    expect(tree.size).toBeGreaterThan(1);
  });

  it.each(PROFILES)('%s → collapsed → import: the same stacks and values of the selected type', (file) => {
    const p = load(file);
    const typeIndex = selectSampleType(p);
    const expected = stacksOf(p, typeIndex);
    const text = toCollapsed(p, typeIndex);
    expect(expected.size).toBeGreaterThan(0);
    const back = importProfile(Buffer.from(text));
    checkProfile(back);
    expect(back.format).toBe('collapsed');
    expect(back.warnings).toEqual([]);
    expectSameStacks(stacksOf(back, 0), expected);
  });

  it.each([...INVALID])('%s (documented invalid) fails as malformed, with and without its name', (file) => {
    const bytes = readFileSync(join(CORPUS_DIR, file));
    expect(() => importProfile(bytes, { fileName: basename(file) })).toThrow(MalformedProfileError);
    expect(() => importProfile(bytes)).toThrow(MalformedProfileError);
  });

  it.skipIf(NOT_YET_SUPPORTED.size === 0).each([...NOT_YET_SUPPORTED])('%s is not read yet (a known gap): unsupported, not malformed', (file) => {
    const bytes = readFileSync(join(CORPUS_DIR, file));
    expect(() => importProfile(bytes, { fileName: basename(file) })).toThrow(UnsupportedFormatError);
    expect(() => importProfile(bytes)).toThrow(UnsupportedFormatError);
  });
});

/**
 * The README's table of pprof files, read with an independent decoder:
 * `| file | samples | locations | functions | sample types | total of first type |`.
 */
function readmeTable(): { file: string; samples: number; locations: number; functions: number; types: string[]; total: number }[] {
  if (!hasCorpus) return [];
  const readme = readFileSync(join(CORPUS_DIR, 'README.md'), 'utf8');
  return readme
    .split('\n')
    .map((line) => line.match(/^\| ((?:pprof|jfr)\/\S+) \| (\d+) \| (\d+) \| (\d+) \| ([^|]+) \| (\d+) \|$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({
      file: m[1],
      samples: Number(m[2]),
      locations: Number(m[3]),
      functions: Number(m[4]),
      types: m[5].split(',').map((t) => t.trim()),
      total: Number(m[6]),
    }));
}

const TABLE = readmeTable();

describe.skipIf(!hasCorpus)('the corpus README sample table', () => {
  it('has its fifteen rows', () => {
    expect(TABLE).toHaveLength(15);
  });

  it.each(TABLE)('$file: $samples samples, total $total', (row) => {
    const p = load(row.file);
    expect(p.format).toBe('pprof');
    expect(p.samples.length).toBe(row.samples);
    expect(p.locations.length).toBe(row.locations);
    // Equal functions may be merged on import, never added.
    expect(p.functions.length).toBeLessThanOrEqual(row.functions);
    // The table writes `type/unit`, or only the type.
    expect(p.sampleTypes.map((t, i) => (row.types[i]?.includes('/') ? `${t.type}/${t.unit}` : t.type))).toEqual(row.types);
    expect(totalOf(p, 0)).toBe(row.total);
  });
});
