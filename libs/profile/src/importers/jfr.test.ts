import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkProfile, importProfile, LimitExceededError, MalformedProfileError, ProfileError, sampleStack, totalOf, type Profile } from '@hotpath/profile';
import { hasCorpus, readCorpus } from '../../../../test/support/corpus';

const EXAMPLE = resolve(__dirname, '../../../../examples/java/profiles/rec.jfr.gz');

function typeIndex(p: Profile, type: string): number {
  const i = p.sampleTypes.findIndex((t) => t.type === type);
  if (i < 0) throw new Error(`no sample type ${type} in ${p.sampleTypes.map((t) => t.type).join(', ')}`);
  return i;
}

/** The frames of sample i, root first, as `systemName:line` (the form JFR tools print). */
function frames(p: Profile, i: number): string[] {
  const out: string[] = [];
  const stack = sampleStack(p.samples, i);
  for (let k = stack.length - 1; k >= 0; k--) {
    for (const l of p.locations[stack[k] - 1].lines) out.push(`${p.strings[p.functions[l.functionId - 1].systemName]}:${l.line}`);
  }
  return out;
}

/**
 * The profile in the form of grafana/jfr-parser's `*_expected_collapsed.txt`
 * (its `stackCollapseProto`): per distinct stack, root first, the values of
 * the given types summed, stacks whose values are all zero left out, sorted
 * bytewise, values printed as Go prints an []int64.
 */
function collapsed(p: Profile, types: string[]): string {
  const cols = types.map((t) => typeIndex(p, t));
  const stride = p.sampleTypes.length;
  const sums = new Map<string, number[]>();
  for (let i = 0; i < p.samples.length; i++) {
    const v = cols.map((c) => p.samples.values[i * stride + c]);
    if (v.every((x) => x === 0)) continue;
    const key = frames(p, i).join(';');
    const sum = sums.get(key);
    if (sum) v.forEach((x, j) => (sum[j] += x));
    else sums.set(key, v);
  }
  return [...sums]
    .sort((a, b) => Buffer.compare(Buffer.from(a[0]), Buffer.from(b[0])))
    .map(([k, v]) => `${k} [${v.join(' ')}]`)
    .join('\n');
}

/**
 * A golden file, with one difference of representation: JFR writes line -1
 * for frames without a line (native methods), which jfr-parser prints as the
 * unsigned 4294967295; the profile model's lines are 1-based with 0 for
 * "unknown", so the importer stores 0.
 */
function golden(name: string): string {
  return gunzipSync(readCorpus('jfr', 'golden', `${name}.collapsed.gz`))
    .toString('utf8')
    .replace(/:4294967295(?=;| \[)/g, ':0');
}

function parseCollapsed(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const m = /^(.*) \[([\d. ]+)\]$/.exec(line);
    if (m) out.set(m[1], m[2].split(' ').map(Number));
  }
  return out;
}

function importCorpus(file: string): Profile {
  const bytes = readCorpus('jfr', file);
  // Once with its name and once without, to prove detection from content alone.
  const named = importProfile(bytes, { fileName: file });
  const anonymous = importProfile(bytes);
  checkProfile(named);
  expect(anonymous.samples.length).toBe(named.samples.length);
  expect(anonymous.format).toBe('jfr');
  return named;
}

describe.skipIf(!hasCorpus)('JFR importer against grafana/jfr-parser goldens', () => {
  // Exact: byte for byte the same lines (after the line -1 → 0 above).
  it.each([
    ['async-profiler', 'cpu', ['cpu']],
    ['async-profiler', 'alloc-in-new-tlab', ['alloc_in_new_tlab_objects', 'alloc_in_new_tlab_bytes']],
    ['kafka-cpu', 'cpu', ['cpu']],
    ['fastslow', 'cpu', ['cpu']],
    ['fastslow', 'wall', ['wall']],
  ])('%s: %s reproduces the golden exactly', (file, kind, types) => {
    const p = importCorpus(`${file}.jfr.gz`);
    expect(collapsed(p, types)).toBe(golden(`${file}.${kind}`));
  });

  it('dd-trace-java: cpu has the golden stacks and sample counts, weighed by the recording’s 9 ms period', () => {
    // jfr-parser weighs every CPU sample 10 ms (the 100 Hz Pyroscope's agents
    // report at ingest); this JDK recording says `jdk.ExecutionSample#period = 9 ms`.
    const p = importCorpus('dd-trace-java.jfr.gz');
    expect(p.period).toBe(9_000_000);
    const ours = parseCollapsed(collapsed(p, ['cpu']));
    const gold = parseCollapsed(golden('dd-trace-java.cpu'));
    expect([...ours.keys()]).toEqual([...gold.keys()]);
    for (const [stack, [v]] of gold) expect(ours.get(stack)![0], stack).toBe((v / 10_000_000) * 9_000_000);
  });

  it('dd-trace-java: park events have the golden stacks and counts; delays are nanoseconds, not ticks', () => {
    // jfr-parser reports `duration` as it is written, in ticks of the chunk's
    // clock (1.8 GHz here), under the unit "nanoseconds"; the importer converts.
    const p = importCorpus('dd-trace-java.jfr.gz');
    const ours = parseCollapsed(collapsed(p, ['park_contentions', 'park_delay']));
    const gold = parseCollapsed(golden('dd-trace-java.block-contentions'));
    expect([...ours.keys()]).toEqual([...gold.keys()]);
    for (const [stack, [count, ticks]] of gold) {
      const [n, nanos] = ours.get(stack)!;
      expect(n).toBe(count);
      expect(Math.abs(nanos - (ticks * 1e9) / 1.8e9)).toBeLessThanOrEqual(count); // each event rounded to 1 ns
    }
  });
});

describe.skipIf(!hasCorpus)('JFR importer against Pyroscope’s converter (pprof)', () => {
  /** Values of one sample type summed per stack of `name:line`, root first. */
  function perStack(p: Profile, type: string, system: boolean): Map<string, number> {
    const c = typeIndex(p, type);
    const stride = p.sampleTypes.length;
    const out = new Map<string, number>();
    for (let i = 0; i < p.samples.length; i++) {
      const v = p.samples.values[i * stride + c];
      if (v === 0) continue;
      const stack = sampleStack(p.samples, i);
      const names: string[] = [];
      for (let k = stack.length - 1; k >= 0; k--) {
        for (const l of p.locations[stack[k] - 1].lines) {
          const f = p.functions[l.functionId - 1];
          names.push(`${p.strings[system ? f.systemName : f.name]}:${l.line}`);
        }
      }
      const key = names.join(';');
      out.set(key, (out.get(key) ?? 0) + v);
    }
    return out;
  }

  it.each([
    ['kafka-cpu.jfr.gz', 'kafka-cpu.expected-cpu.pb.gz', 'cpu', 4_780_000_000],
    ['kafka-cpu-lock-alloc.jfr.gz', 'kafka-cpu-lock-alloc.expected-cpu.pb.gz', 'cpu', 5_540_000_000],
    ['kafka-cpu-lock-alloc.jfr.gz', 'kafka-cpu-lock-alloc.expected-alloc-tlab-bytes.pb.gz', 'alloc_in_new_tlab_bytes', 1_606_418_432],
  ])('%s matches %s in total and per stack', (jfr, expected, type, total) => {
    const ours = importCorpus(jfr);
    const ref = importProfile(readCorpus('jfr', expected));
    expect(ref.format).toBe('pprof');
    expect(totalOf(ours, typeIndex(ours, type))).toBe(total);
    expect(totalOf(ref, 0)).toBe(total);
    expect(perStack(ours, type, true)).toEqual(perStack(ref, ref.sampleTypes[0].type, false));
  });
});

describe.skipIf(!hasCorpus)('JFR importer on the rest of the corpus', () => {
  it('names frames package.Class.method, keeps lines, labels threads', () => {
    const p = importCorpus('kafka-cpu.jfr.gz');
    const names = new Set(p.functions.map((f) => p.strings[f.name]));
    expect(names).toContain('kafka.network.Processor.run');
    expect(names).toContain('kafka.server.ReplicaManager$$Lambda_.apply'); // generated class, run-specific part replaced
    const run = p.functions.find((f) => p.strings[f.name] === 'java.lang.Thread.run')!;
    expect(p.strings[run.systemName]).toBe('java/lang/Thread.run');
    expect(p.locations.some((l) => l.lines[0].functionId === run.id && l.lines[0].line > 0)).toBe(true);
    const threads = new Set(p.labelSets.flatMap((s) => s.filter((l) => p.strings[l.key] === 'thread').map((l) => p.strings[l.str])));
    expect([...threads].some((t) => t.startsWith('data-plane-kafka-network-thread'))).toBe(true);
    expect(p.sampleTypes[p.defaultSampleType!].type).toBe('cpu');
  });

  it('reads native frames of async-profiler as symbols with their library as mapping', () => {
    const p = importCorpus('async-profiler.jfr.gz');
    const fn = p.functions.find((f) => p.strings[f.systemName] === 'libjvm.so.VMThread::run')!;
    expect(p.strings[fn.name]).toBe('VMThread::run');
    const loc = p.locations.find((l) => l.lines[0].functionId === fn.id)!;
    expect(p.strings[p.mappings[loc.mappingId - 1].filename]).toBe('libjvm.so');
  });

  it('reads a recording of three chunks from two writers (async-profiler, then the JDK)', () => {
    const p = importCorpus('fastslow.jfr.gz');
    // The JDK's chunk holds the allocation samples; async-profiler's the wall-clock ones.
    expect(totalOf(p, typeIndex(p, 'alloc_sample_objects'))).toBe(6);
    expect(totalOf(p, typeIndex(p, 'wall'))).toBe(1012 * 10_000_000);
  });

  it('reads files concatenated (each chunk with its own pools)', () => {
    const a = gunzipSync(readCorpus('jfr', 'kafka-cpu.jfr.gz'));
    const b = gunzipSync(readCorpus('jfr', 'dd-trace-java.jfr.gz'));
    const pa = importProfile(a);
    const pb = importProfile(b);
    const both = importProfile(Buffer.concat([a, b]));
    checkProfile(both);
    const cpu = (p: Profile) => totalOf(p, typeIndex(p, 'cpu'));
    expect(cpu(both)).toBe(cpu(pa) + cpu(pb));
    expect(both.samples.length).toBe(pa.samples.length + pb.samples.length);
  });

  it('reads JDK recordings with native method samples (wall) and allocation samples', () => {
    const p = importProfile(readCorpus('jfr', 'heavy.jfr'), { fileName: 'heavy.jfr' });
    checkProfile(p);
    expect(p.sampleTypes.map((t) => t.type)).toEqual(['cpu', 'wall', 'alloc_sample_objects', 'alloc_sample_bytes']);
    expect(totalOf(p, 0)).toBe(346 * 20_000_000); // default.jfc: period 20 ms
    expect(totalOf(p, 1)).toBe(44 * 20_000_000);
  });

  it('reports truncation as malformed, with the chunk and byte', () => {
    const raw = gunzipSync(readCorpus('jfr', 'kafka-cpu.jfr.gz'));
    for (const cut of [10, 67, 68, 5000, raw.length - 1]) {
      const attempt = () => importProfile(raw.subarray(0, cut));
      expect(attempt).toThrow(MalformedProfileError);
      expect(attempt).toThrow(/chunk 0 \(at byte 0\)/);
    }
  });

  it('reports a truncated gzip stream as malformed gzip', () => {
    const gz = readCorpus('jfr', 'kafka-cpu.jfr.gz');
    expect(() => importProfile(gz.subarray(0, gz.length - 20))).toThrow(/malformed gzip/);
  });
});

describe('JFR importer on the example recording (examples/java, JDK 17)', () => {
  const bytes = readFileSync(EXAMPLE);

  it('imports, with CPU samples and regex compilation named and lined', () => {
    const p = importProfile(bytes, { fileName: 'rec.jfr.gz' });
    checkProfile(p);
    expect(p.format).toBe('jfr');
    const cpu = typeIndex(p, 'cpu');
    expect(p.defaultSampleType).toBe(cpu);
    expect(p.period).toBe(10_000_000); // profile.jfc
    expect(totalOf(p, cpu)).toBeGreaterThan(100 * 10_000_000);
    const compile = p.functions.filter((f) => p.strings[f.name] === 'java.util.regex.Pattern.compile').map((f) => f.id);
    expect(compile.length).toBeGreaterThan(0);
    // Some CPU sample runs Pattern.compile, called from LogScanner.fieldOf at the line that compiles.
    const stride = p.sampleTypes.length;
    let found = false;
    for (let i = 0; i < p.samples.length && !found; i++) {
      if (p.samples.values[i * stride + cpu] === 0) continue;
      const stack = [...sampleStack(p.samples, i)].map((id) => p.locations[id - 1].lines[0]);
      const k = stack.findIndex((l) => compile.includes(l.functionId));
      const caller = stack[k + 1];
      found = k >= 0 && stack[k].line > 0 && p.strings[p.functions[caller.functionId - 1].name] === 'com.example.logscan.LogScanner.fieldOf' && caller.line === 78;
    }
    expect(found).toBe(true);
    expect(p.functions.some((f) => p.strings[f.name] === 'java.lang.String.format')).toBe(true);
    const threads = p.labelSets.flatMap((s) => s.map((l) => p.strings[l.str]));
    expect(threads).toContain('main');
  });

  it('is detected from content, gzipped or not', () => {
    const p = importProfile(gunzipSync(bytes));
    expect(p.format).toBe('jfr');
  });

  it('stops at the sample, depth and time limits with a typed error', () => {
    expect(() => importProfile(bytes, { limits: { maxSamples: 100 } })).toThrow(LimitExceededError);
    expect(() => importProfile(bytes, { limits: { maxSamples: 100 } })).toThrow(/maxSamples exceeded: more than 100 sample events/);
    expect(() => importProfile(bytes, { limits: { maxStackDepth: 4 } })).toThrow(/maxStackDepth exceeded: a stack of \d+ frames/);
    expect(() => importProfile(bytes, { limits: { maxDecodeMillis: -1 } })).toThrow(/maxDecodeMillis exceeded/);
  });
});

/**
 * A small mutational fuzzer: flips, overwrites, truncates, splices and
 * duplicates bytes of real recordings (seeded, so every run tries the same
 * inputs), and checks that the importer returns a valid profile or throws a
 * ProfileError, never anything else, and never hangs.
 */
describe('JFR importer under mutation', () => {
  const seeds: Buffer[] = [gunzipSync(readFileSync(EXAMPLE))];
  if (hasCorpus) {
    for (const f of ['kafka-cpu.jfr.gz', 'fastslow.jfr.gz', 'dd-trace-java.jfr.gz']) seeds.push(gunzipSync(readCorpus('jfr', f)));
    seeds.push(readCorpus('jfr', 'heavy.jfr'));
  }

  /** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
  function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** Where the structure is: the header, the metadata and the constant pools (events are most of a file). */
  function hotSpot(b: Buffer, rnd: () => number): number {
    const meta = Number(b.readBigUInt64BE(24));
    const cp = Number(b.readBigUInt64BE(16));
    const pick = rnd();
    const at = pick < 0.2 ? rnd() * 68 : pick < 0.6 ? meta + rnd() * 2000 : cp + rnd() * 4000;
    return Math.min(b.length - 1, Math.floor(at));
  }

  function mutate(seed: Buffer, rnd: () => number): Buffer {
    const b = Buffer.from(seed);
    const pos = () => (rnd() < 0.7 ? hotSpot(b, rnd) : Math.floor(rnd() * b.length));
    switch (Math.floor(rnd() * 6)) {
      case 0: // flip a few bits
        for (let n = 1 + Math.floor(rnd() * 4); n > 0; n--) b[pos()] ^= 1 << Math.floor(rnd() * 8);
        return b;
      case 1: // interesting values: varint boundaries, sign bits, string encodings
        for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) b[pos()] = [0x00, 0x01, 0x02, 0x04, 0x05, 0x7f, 0x80, 0xff][Math.floor(rnd() * 8)];
        return b;
      case 2: // truncate
        return b.subarray(0, Math.floor(rnd() * b.length));
      case 3: {
        // splice in a slice of another seed
        const other = seeds[Math.floor(rnd() * seeds.length)];
        const from = Math.floor(rnd() * other.length);
        const at = pos();
        other.copy(b, at, from, from + Math.min(1 + Math.floor(rnd() * 64), b.length - at));
        return b;
      }
      case 4: {
        // duplicate a range in place (shifts everything after it)
        const at = pos();
        const len = 1 + Math.floor(rnd() * 32);
        return Buffer.concat([b.subarray(0, at), b.subarray(at, at + len), b.subarray(at)]);
      }
      default: {
        // delete a range
        const at = pos();
        return Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + Math.floor(rnd() * 16))]);
      }
    }
  }

  it('returns a valid profile or a typed error for every mutated input', () => {
    const rnd = random(0x5eed_1f2);
    const outcomes = { profile: 0, malformed: 0, other: 0 };
    const runs = hasCorpus ? 400 : 300;
    for (let i = 0; i < runs; i++) {
      const seed = seeds[i % seeds.length];
      const input = mutate(seed, rnd);
      const started = Date.now();
      try {
        const p = importProfile(input, { format: 'jfr', limits: { maxDecodeMillis: 5_000 } });
        checkProfile(p);
        outcomes.profile++;
      } catch (err) {
        if (!(err instanceof ProfileError)) {
          throw new Error(`iteration ${i} (seed file ${i % seeds.length}): ${(err as Error).stack}`);
        }
        if (err instanceof MalformedProfileError) outcomes.malformed++;
        else outcomes.other++;
      }
      expect(Date.now() - started, `iteration ${i}`).toBeLessThan(2_000);
    }
    // Both outcomes occur: the mutations reach past the first check.
    expect(outcomes.profile).toBeGreaterThan(runs / 20);
    expect(outcomes.malformed).toBeGreaterThan(runs / 20);
  });
});
