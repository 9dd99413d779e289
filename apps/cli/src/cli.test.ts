import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProfile, MalformedProfileError } from '@hotpath/profile';
import { corpusPath, hasCorpus } from '../../../test/support/corpus';
import { readPprofReference } from '../../../test/support/pprof-reference';

/**
 * The built command, run as a user runs it: `node apps/cli/bin/hotpath.js`.
 * It runs the compiled code, so `npx tsc -b` must come first (as `npm test` does).
 */
const ROOT = resolve(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'apps', 'cli', 'bin', 'hotpath.js');
const EXAMPLES = ['clean-compute', 'invoice-batch', 'orders-api'].filter((e) => existsSync(join(ROOT, 'examples', e, 'profiles')));
const example = (name: string, file: string) => join(ROOT, 'examples', name, 'profiles', file);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function hotpath(args: string[], input?: Buffer): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, maxBuffer: 256 << 20, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

function json(r: Run): any {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

/** Exit 2, one line on stderr, no stack trace; returns the line. */
function expectBadInput(r: Run): string {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^hotpath: [^\n]+\n$/);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/); // a stack frame
  expect(r.stderr).not.toMatch(/internal error/);
  return r.stderr.trimEnd();
}

let tmp = '';
beforeAll(() => {
  if (!existsSync(join(ROOT, 'apps', 'cli', 'dist', 'main.js'))) throw new Error('build first: npx tsc -b');
  tmp = mkdtempSync(join(tmpdir(), 'hotpath-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!hasCorpus)('hotpath analyze on corpus pprof files', () => {
  const GO_CPU = corpusPath('pprof', 'go-cpu.pb.gz');
  const KAFKA = corpusPath('jfr', 'kafka-cpu.expected-cpu.pb.gz');
  const KAFKA_2 = corpusPath('jfr', 'kafka-cpu-lock-alloc.expected-cpu.pb.gz');

  it('writes the report JSON contract (go-cpu.pb.gz, checked against an independent decoder)', () => {
    const ref = readPprofReference(GO_CPU);
    expect(ref.types).toEqual(['samples/count', 'cpu/nanoseconds']);
    const report = json(hotpath(['analyze', GO_CPU, '--format', 'json']));
    expect(report.schemaVersion).toBe(1);
    expect(report.profile).toMatchObject({
      format: 'pprof',
      sampleType: 'cpu', // CPU before the sample count
      unit: 'nanoseconds',
      total: ref.totals[1], // 470000000
      samples: ref.totals[0], // the profiler's 47 samples (README), in 7 pprof samples
      durationNanos: ref.durationNanos,
    });
    expect(ref.totals[0]).toBe(47);
    expect(report.findings).toEqual([]);
  });

  it('matches the README on the JFR-converted pprof (the contract example: 359 samples, 4780000000 ns), with the findings of the recording it came from', () => {
    const report = json(hotpath(['analyze', KAFKA, '--format', 'json']));
    expect(report.profile).toMatchObject({ format: 'pprof', sampleType: 'cpu', unit: 'nanoseconds', total: 4780000000, samples: 359 });
    // The conversion writes Java names slashed (`org/xerial/snappy/Snappy.uncompress`); read as the
    // JFR recording's dotted names, they give the same findings: no rule's, and the same model sites.
    const original = json(hotpath(['analyze', corpusPath('jfr', 'kafka-cpu.jfr.gz'), '--format', 'json']));
    const sites = (r: { findings: { detector: string; category: string; impact: { share: number }; blame?: { function: string } }[] }) =>
      r.findings.map((f) => [f.detector, f.category, f.impact.share.toFixed(6), f.blame?.function.replace(/\//g, '.')]);
    expect(report.findings.filter((f: { detector: string }) => f.detector === 'rule')).toEqual([]);
    expect(sites(report)).toEqual(sites(original));
  });

  it.each([
    ['pprof', 'go-cpu.pb.gz'],
    ['jfr', 'kafka-cpu.expected-cpu.pb.gz'],
    ['pprof', 'go-profile-symdb.pb.gz'],
  ])('lists hotspots %s/%s: self shares of the innermost frames, sorted, summing to 1', (folder, file) => {
    const path = corpusPath(folder, file);
    const report = json(hotpath(['analyze', path, '--format', 'json']));
    const ref = readPprofReference(path);
    const typeIndex = ref.types.indexOf(`${report.profile.sampleType}/${report.profile.unit}`);
    const total = ref.totals[typeIndex];
    const self = ref.selfByFunction(typeIndex);
    const rows = report.hotspots as { function: string; file: string; self: number; total: number }[];
    expect(rows.length).toBeGreaterThan(0);
    let sum = 0;
    rows.forEach((h, i) => {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['function', 'file', 'self', 'total']));
      expect(typeof h.function).toBe('string');
      expect(typeof h.file).toBe('string');
      expect(h.self).toBeGreaterThanOrEqual(0);
      expect(h.self).toBeLessThanOrEqual(1);
      expect(h.total).toBeLessThanOrEqual(1 + 1e-12);
      expect(h.self).toBeLessThanOrEqual(h.total + 1e-12);
      sum += h.self;
      if (h.function === '(other)') {
        expect(i).toBe(rows.length - 1);
        return;
      }
      if (i > 0) expect(h.self).toBeLessThanOrEqual(rows[i - 1].self);
      expect(h.self, h.function).toBeCloseTo((self.get(`${h.function}\0${h.file}`) ?? 0) / total, 12);
    });
    expect(sum).toBeCloseTo(1, 9);
    // The heaviest function by the independent count heads the list.
    const top = Math.max(...self.values());
    expect(rows[0].self).toBeCloseTo(top / total, 12);
  });

  it('reads standard input with -, with the same result as from the file', () => {
    const fromFile = json(hotpath(['analyze', GO_CPU, '--format', 'json']));
    const fromStdin = json(hotpath(['analyze', '-', '--format', 'json'], readFileSync(GO_CPU)));
    expect(fromStdin).toEqual(fromFile);
  });

  it('merges several files: the total and samples are the sums of both (README: 4780000000 + 5540000000)', () => {
    const report = json(hotpath(['analyze', KAFKA, KAFKA_2, '--format', 'json']));
    expect(report.profile).toMatchObject({ sampleType: 'cpu', unit: 'nanoseconds', total: 4780000000 + 5540000000, samples: 359 + 405 });
    const hotspotSelf = report.hotspots.reduce((s: number, h: { self: number }) => s + h.self, 0);
    expect(hotspotSelf).toBeCloseTo(1, 9);
  });

  it('takes --sample-type', () => {
    // nodejs-cpu.pb.gz: sample/count totals 8849 (README), and wall time is the default.
    const path = corpusPath('pprof', 'nodejs-cpu.pb.gz');
    expect(json(hotpath(['analyze', path, '--format', 'json'])).profile).toMatchObject({ sampleType: 'wall', unit: 'microseconds' });
    expect(json(hotpath(['analyze', path, '--format', 'json', '--sample-type', 'sample'])).profile).toMatchObject({
      sampleType: 'sample',
      unit: 'count',
      total: 8849,
    });
  });

  it.each([
    ['pprof', 'go-heap-truncated.pb.gz'],
    ['pprof', 'go-cpu.pb.gz'],
    ['pprof', 'dotnet-labels.pprof'],
    ['jfr', 'kafka-cpu-lock-alloc.expected-alloc-tlab-bytes.pb.gz'],
    ['perf-script', 'perf-numa-stacks-01.txt'],
    ['perf-script', 'system-wide.linux-perf.txt'],
    ['cpuprofile', 'chrome-sucrase.cpuprofile'],
  ])('--format text fits in 80 columns: %s/%s', (folder, file) => {
    const r = hotpath(['analyze', corpusPath(folder, file), '--format', 'text']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('writes the report to a file with -o', () => {
    const out = join(tmp, 'report.json');
    const r = hotpath(['analyze', GO_CPU, '--format', 'json', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(json(hotpath(['analyze', GO_CPU, '--format', 'json'])));
  });

  it('exits 2 naming the file for an unknown --sample-type, listing the types it has', () => {
    const line = expectBadInput(hotpath(['analyze', GO_CPU, '--sample-type', 'alloc_space']));
    expect(line).toContain(GO_CPU);
    expect(line).toContain('alloc_space');
    expect(line).toContain('samples/count, cpu/nanoseconds');
  });

  it('exits 0 with --fail-on low when there are no findings', () => {
    const r = hotpath(['analyze', GO_CPU, '--format', 'json', '--fail-on', 'low']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });
});

describe('hotpath analyze on bad input and bad usage', () => {
  const WALL = example('orders-api', 'wall.pb.gz');
  const write = (name: string, bytes: Uint8Array) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('a missing file', () => {
    const path = join(tmp, 'no-such-profile.pb.gz');
    expect(expectBadInput(hotpath(['analyze', path]))).toContain(path);
  });

  it('an empty file', () => {
    const path = write('empty.pb.gz', new Uint8Array(0));
    const line = expectBadInput(hotpath(['analyze', path]));
    expect(line).toContain(path);
    expect(line).toMatch(/empty/);
  });

  it('garbage bytes', () => {
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
    garbage[0] = 0x00;
    const path = write('garbage.bin', garbage);
    expect(expectBadInput(hotpath(['analyze', path]))).toContain(path);
  });

  it.skipIf(EXAMPLES.length === 0)('a truncated gzip file', () => {
    const bytes = readFileSync(WALL);
    const path = write('truncated.pb.gz', bytes.subarray(0, bytes.length >> 1));
    const line = expectBadInput(hotpath(['analyze', path]));
    expect(line).toContain(path);
    expect(line).toMatch(/gzip/);
  });

  it.skipIf(EXAMPLES.length === 0)('a truncated pprof file', () => {
    const raw = gunzipSync(readFileSync(WALL));
    // A cut on a field boundary is a valid, smaller profile; take the first cut past
    // the middle that the importer calls malformed (checked here, from the sources).
    let cut = raw.length >> 1;
    for (; cut < raw.length; cut++) {
      try {
        importProfile(raw.subarray(0, cut));
      } catch (err) {
        if (err instanceof MalformedProfileError) break;
      }
    }
    expect(cut).toBeLessThan(raw.length);
    const path = write('truncated.pprof', raw.subarray(0, cut));
    const line = expectBadInput(hotpath(['analyze', path]));
    expect(line).toContain(path);
    expect(line).toMatch(/malformed pprof/);
  });

  it.skipIf(EXAMPLES.length === 0)('a file over --max-input-bytes', () => {
    const line = expectBadInput(hotpath(['analyze', WALL, '--max-input-bytes', '1000']));
    expect(line).toContain(WALL);
    expect(line).toMatch(/maxInputBytes/);
    expect(line).toMatch(/limit 1000\b/);
  });

  it('a gzip bomb over --max-decompressed-bytes', () => {
    const path = write('bomb.pb.gz', gzipSync(Buffer.alloc(64 << 20)));
    const line = expectBadInput(hotpath(['analyze', path, '--max-decompressed-bytes', String(1 << 20)]));
    expect(line).toContain(path);
    expect(line).toMatch(/maxDecompressedBytes/);
    expect(line).toMatch(/limit 1048576\b/);
  });

  it.skipIf(EXAMPLES.length === 0)('more samples than --max-samples: names the limit and the count', () => {
    const ref = readPprofReference(WALL);
    const line = expectBadInput(hotpath(['analyze', WALL, '--max-samples', '10']));
    expect(line).toContain(WALL);
    expect(line).toMatch(/maxSamples/);
    expect(line).toMatch(/limit 10\b/);
    expect(line).toContain(`${ref.samples} samples`);
  });

  it.skipIf(EXAMPLES.length === 0)('a stack deeper than --max-stack-depth: names the limit and the depth', () => {
    const ref = readPprofReference(WALL);
    const first = ref.depths.find((d) => d > 5)!;
    const line = expectBadInput(hotpath(['analyze', WALL, '--max-stack-depth', '5']));
    expect(line).toContain(WALL);
    expect(line).toMatch(/maxStackDepth/);
    expect(line).toMatch(/limit 5\b/);
    expect(line).toContain(`${first} frames`);
  });

  it('an unknown --format', () => {
    expect(expectBadInput(hotpath(['analyze', WALL, '--format', 'xml']))).toMatch(/--format xml/);
  });

  it('an unknown option', () => {
    expect(expectBadInput(hotpath(['analyze', WALL, '--bogus']))).toMatch(/--bogus/);
  });

  it('no profile at all', () => {
    expectBadInput(hotpath(['analyze']));
  });

  it('an unrecognised profile on standard input is named as standard input', () => {
    expect(expectBadInput(hotpath(['analyze', '-'], Buffer.from('not a profile at all\n')))).toContain('standard input');
  });
});

describe.skipIf(EXAMPLES.length === 0)('hotpath analyze on the examples', () => {
  it.each(EXAMPLES)('%s: wall.pb.gz analyses, totals as an independent decoder counts them', (name) => {
    const path = example(name, 'wall.pb.gz');
    const ref = readPprofReference(path);
    expect(ref.types).toEqual(['sample/count', 'wall/nanoseconds']);
    const report = json(hotpath(['analyze', path, '--format', 'json']));
    expect(report.profile).toMatchObject({ format: 'pprof', sampleType: 'wall', unit: 'nanoseconds', total: ref.totals[1], samples: ref.totals[0] });
    expect(hotpath(['analyze', path]).status).toBe(0);
  });

  it.each(EXAMPLES)('%s: cpu.cpuprofile analyses, one sample per entry of its samples array', (name) => {
    const path = example(name, 'cpu.cpuprofile');
    const v8 = JSON.parse(readFileSync(path, 'utf8')) as { samples: number[] };
    const report = json(hotpath(['analyze', path, '--format', 'json']));
    expect(report.profile).toMatchObject({ format: 'cpuprofile', samples: v8.samples.length });
    expect(report.profile.total).toBeGreaterThan(0);
    const text = hotpath(['analyze', path]);
    expect(text.status).toBe(0);
    for (const line of text.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it.each(EXAMPLES)('%s: --fail-on low exits 3 exactly when there is a finding', (name) => {
    const path = example(name, 'cpu.cpuprofile');
    const findings = json(hotpath(['analyze', path, '--format', 'json'])).findings as unknown[];
    const r = hotpath(['analyze', path, '--format', 'json', '--fail-on', 'low']);
    expect(r.status).toBe(findings.length > 0 ? 3 : 0);
  });
});
