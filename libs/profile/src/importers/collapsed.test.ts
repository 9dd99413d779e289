import { describe, expect, it } from 'vitest';
import {
  checkProfile,
  importProfile,
  LimitExceededError,
  MalformedProfileError,
  type Profile,
  sampleStack,
  totalOf,
  UnsupportedFormatError,
} from '@hotpath/profile';
import { hasCorpus, readCorpus } from '../../../../test/support/corpus';

const SIMPLE = { 'a;b;c': 5, 'a;b;d': 4, 'a;b': 5 };
const RECURSION = { 'a;a': 1, 'b;b': 1, 'a;b': 1, 'a;b;a;b': 2, 'a;b;a;c': 2, 'a;b;a;b;a;b': 1, 'a;b;a;b;c': 2 };
const TALL = { 'a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p;q;r;s;t;u;v;w;x;y;z': 1 };
const VERTX = {
  'java;read;check_events_[k];hypercall_page_[k]': 1,
  'java;start_thread;java_start;GCTaskThread::run;StealTask::do_it;SpinPause': 7,
};

// Totals counted independently (awk over the files). The last column lists every
// stack of the small fixtures and a few of the large one, with summed counts.
const FIXTURES: [file: string, samples: number, total: number, distinctStacks: number, stacks: Record<string, number>][] = [
  ['simple.txt', 5, 14, 3, SIMPLE],
  ['simple-crlf.txt', 5, 14, 3, SIMPLE],
  ['simple-utf16-le.txt', 5, 14, 3, SIMPLE],
  ['simple-with-invalids.txt', 5, 14, 3, SIMPLE],
  ['alternating.txt', 182, 182, 2, { 'a;b': 91, 'c;d': 91 }],
  ['recursion.txt', 10, 10, 7, RECURSION],
  ['tall.txt', 1, 1, 1, TALL],
  ['perf-vertx-stacks-01-collapsed-all.txt', 199, 285, 199, VERTX],
];

/** Stack (root first, `;`-joined function names) → summed value of the first sample type. */
function stacksOf(p: Profile): Map<string, number> {
  const out = new Map<string, number>();
  const stride = p.sampleTypes.length;
  for (let i = 0; i < p.samples.length; i++) {
    const names = Array.from(sampleStack(p.samples, i))
      .reverse()
      .flatMap((id) => [...p.locations[id - 1].lines].reverse().map((l) => p.strings[p.functions[l.functionId - 1].name]));
    const key = names.join(';');
    out.set(key, (out.get(key) ?? 0) + p.samples.values[i * stride]);
  }
  return out;
}

function importText(text: string, options: Parameters<typeof importProfile>[1] = {}): Profile {
  const p = importProfile(Buffer.from(text), options);
  checkProfile(p);
  return p;
}

describe.skipIf(!hasCorpus)('collapsed importer on the corpus', () => {
  it.each(FIXTURES)('%s: %i samples, total %d, %i stacks', (file, samples, total, distinct, stacks) => {
    const bytes = readCorpus('collapsed', file);
    for (const fileName of [file, undefined]) {
      const p = importProfile(bytes, { fileName });
      checkProfile(p);
      expect(p.format).toBe('collapsed');
      expect(p.sampleTypes).toEqual([{ type: 'samples', unit: 'count' }]);
      expect(p.samples.length).toBe(samples);
      expect(totalOf(p, 0)).toBe(total);
      const found = stacksOf(p);
      expect(found.size).toBe(distinct);
      for (const [stack, value] of Object.entries(stacks)) expect(found.get(stack), stack).toBe(value);
    }
  });

  it('names each skipped line in a warning, and skips comments silently', () => {
    const p = importProfile(readCorpus('collapsed', 'simple-with-invalids.txt'));
    expect(p.warnings).toEqual(['line 8: skipped, not "frame;frame;… count": "invalid line"']);
  });

  it('keeps FlameGraph kind suffixes as part of the name', () => {
    const p = importProfile(readCorpus('collapsed', 'perf-vertx-stacks-01-collapsed-all.txt'));
    const names = new Set(p.functions.map((f) => p.strings[f.name]));
    expect(names).toContain('hypercall_page_[k]');
    expect([...names].some((n) => n.endsWith('_[j]'))).toBe(true);
  });
});

describe('collapsed importer on synthetic input', () => {
  it('reads names with spaces, tabs before the count, fractional counts and trailing blanks', () => {
    const p = importText('LazyCompile:foo app.js:12;bar baz\t3\nmain 2.5  \n\n');
    expect([...stacksOf(p)]).toEqual([
      ['LazyCompile:foo app.js:12;bar baz', 3],
      ['main', 2.5],
    ]);
  });

  it('keeps an empty frame name as given (stackcollapse-perf.pl writes one for an unnamed process)', () => {
    expect([...stacksOf(importText(';main;f 4\n'))]).toEqual([[';main;f', 4]]);
  });

  it('reads UTF-16 BE with a byte-order mark', () => {
    const text = 'a;b;c 1\r\na;b 2\r\n';
    const be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    const p = importProfile(be);
    checkProfile(p);
    expect([...stacksOf(p)]).toEqual([
      ['a;b;c', 1],
      ['a;b', 2],
    ]);
  });

  it('bounds its warnings: the first twenty lines, then a count', () => {
    const bad = Array.from({ length: 50 }, (_, i) => `bad line ${i}x`).join('\n');
    const p = importText(`a;b 1\n${bad}\n`);
    expect(p.warnings).toHaveLength(21);
    expect(p.warnings[0]).toMatch(/^line 2: /);
    expect(p.warnings[20]).toBe('50 invalid lines skipped in all (the first 20 are listed)');
  });

  it('rejects what is not collapsed as an unrecognised format', () => {
    // (Prose starting with h, j, p… is claimed by the pprof importer as malformed pprof.)
    expect(() => importText('Some prose\nwith words 12 in it\n')).toThrow(UnsupportedFormatError);
    expect(() => importText('# only a comment\n')).toThrow(UnsupportedFormatError);
    expect(() => importProfile(Buffer.from([0x00, 0x01, 0x02, 0x3b, 0x20, 0x31]))).toThrow(UnsupportedFormatError);
  });

  it('calls forced input with stacks but no counts malformed, naming the line', () => {
    expect(() => importText('# c\na;b;c\nd;e\n', { format: 'collapsed' })).toThrow(
      new MalformedProfileError('collapsed', 'no line ends with a sample count (line 2 is a stack without one)'),
    );
    expect(() => importText('prose\n', { format: 'collapsed' })).toThrow(UnsupportedFormatError);
  });

  it('calls a file cut inside its last line malformed, naming the line', () => {
    expect(() => importText('a;b;c 1\na;b;c 2\na;b;')).toThrow(/malformed collapsed profile: line 3 .*cut short/);
    // Cut right after a count, the file is complete as far as anyone can tell.
    expect(totalOf(importText('a;b;c 1\na;b 2'), 0)).toBe(3);
  });

  it('refuses a stack deeper than the depth limit, naming the line', () => {
    const deep = `${Array.from({ length: 200 }, (_, i) => `f${i}`).join(';')} 1`;
    expect(() => importText(`a 1\n${deep}\n`, { limits: { maxStackDepth: 100 } })).toThrow(LimitExceededError);
    expect(() => importText(`a 1\n${deep}\n`, { limits: { maxStackDepth: 100 } })).toThrow(/line 2/);
    expect(importText(`${deep}\n`, { limits: { maxStackDepth: 200 } }).samples.length).toBe(1);
  });

  it('refuses more samples than the limit', () => {
    expect(() => importText('a 1\nb 1\nc 1\n', { limits: { maxSamples: 2 } })).toThrow(LimitExceededError);
  });

  it('is tried from content before pprof, whose sniff accepts text starting with j or p', () => {
    expect(importText('java;main 1\n').format).toBe('collapsed');
    expect(importText('python;main 1\n').format).toBe('collapsed');
  });
});
