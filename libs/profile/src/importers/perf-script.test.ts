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
import { toCollapsed } from '../export/collapsed';
import { frameNames } from './perf-script';

// Samples counted with grep (event lines); the value column FlameGraph's golden counts:
// the period where the event line has one, else 1 per sample.
const GOLDEN: [file: string, samples: number, defaultType: string][] = [
  ['perf-dd-stacks-01.txt', 11, 'cpu-clock/nanoseconds'],
  ['perf-java-stacks-01.txt', 46, 'samples/count'],
  ['perf-js-stacks-01.txt', 2, 'samples/count'],
  ['perf-numa-stacks-01.txt', 200, 'samples/count'],
  ['perf-rust-Yamakaky-dcpu.txt', 58, 'cycles:u/count'],
];

/**
 * stackcollapse-perf.pl records a sample at the blank line that ends it, so it
 * drops a last sample that has none (three of the goldens lack theirs). This
 * importer keeps that sample; to compare like with like, give it the samples
 * FlameGraph saw.
 */
function asFlameGraphSawIt(text: string): { text: string; dropped: number } {
  if (/\n[ \t]*\n\s*$/.test(text)) return { text, dropped: 0 };
  return { text: text.slice(0, text.lastIndexOf('\n\n') + 2), dropped: 1 };
}

function sortedLines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '').sort();
}

function typeName(p: Profile): string {
  const t = p.sampleTypes[p.defaultSampleType ?? 0];
  return `${t.type}/${t.unit}`;
}

/** Root-first frame names of every sample, with the sample's values. */
function samplesOf(p: Profile): { stack: string[]; values: number[] }[] {
  const stride = p.sampleTypes.length;
  return Array.from({ length: p.samples.length }, (_, i) => ({
    stack: Array.from(sampleStack(p.samples, i))
      .reverse()
      .flatMap((id) => [...p.locations[id - 1].lines].reverse().map((l) => p.strings[p.functions[l.functionId - 1].name])),
    values: Array.from(p.samples.values.subarray(i * stride, i * stride + stride)),
  }));
}

function importText(text: string, options: Parameters<typeof importProfile>[1] = {}): Profile {
  const p = importProfile(Buffer.from(text), options);
  checkProfile(p);
  return p;
}

describe.skipIf(!hasCorpus)('perf script importer against FlameGraph (stackcollapse-perf.pl --all)', () => {
  it.each(GOLDEN)('%s: %i samples, %s, equal to its golden', (file, samples, defaultType) => {
    const text = readCorpus('perf-script', file).toString('utf8');
    const golden = readCorpus('perf-script', 'golden', file.replace(/\.txt$/, '.collapsed-all.txt')).toString('utf8');
    for (const fileName of [file, undefined]) {
      const whole = importText(text, { fileName });
      expect(whole.format).toBe('perf-script');
      expect(whole.samples.length).toBe(samples);
      expect(typeName(whole)).toBe(defaultType);

      const seen = asFlameGraphSawIt(text);
      const p = importText(seen.text, { fileName });
      expect(p.samples.length).toBe(samples - seen.dropped);
      expect(sortedLines(toCollapsed(p, p.defaultSampleType ?? 0, { annotate: true }))).toEqual(sortedLines(golden));
    }
  });
});

describe.skipIf(!hasCorpus)('perf script importer on the corpus', () => {
  it.each([['simple.linux-perf.txt'], [undefined]])('simple.linux-perf.txt (file name %s): one sample, by hand', (fileName) => {
    const p = importText(readCorpus('perf-script', 'simple.linux-perf.txt').toString(), { fileName });
    expect(p.format).toBe('perf-script');
    expect(p.sampleTypes).toEqual([
      { type: 'samples', unit: 'count' },
      { type: 'cpu-clock', unit: 'nanoseconds' },
    ]);
    expect(p.defaultSampleType).toBe(1);
    expect(p.periodType).toEqual({ type: 'cpu-clock', unit: 'nanoseconds' });
    expect(p.period).toBe(1001001);
    expect(samplesOf(p)).toEqual([
      { stack: ['simple-terminat', '[unknown]', '__libc_start_main', 'main', '_Z5deltav', '_Z4betav'], values: [1, 1001001] },
    ]);
    // The dso is the mapping; `[unknown]` is none.
    const mappingOf = (name: string) => {
      const fn = p.functions.find((f) => p.strings[f.name] === name)!;
      const loc = p.locations.find((l) => l.lines[0].functionId === fn.id)!;
      return loc.mappingId ? p.strings[p.mappings[loc.mappingId - 1].filename] : null;
    };
    expect(mappingOf('_Z4betav')).toBe('/workdir/simple-terminates');
    expect(mappingOf('__libc_start_main')).toBe('/lib/x86_64-linux-gnu/libc-2.27.so');
    expect(mappingOf('[unknown]')).toBeNull();
    expect(p.labelSets[p.samples.labelSet[0]].map((l) => [p.strings[l.key], l.num])).toEqual([['tid', 10]]);
    expect(p.warnings).toEqual([]);
  });

  it.each([['system-wide.linux-perf.txt'], [undefined]])('system-wide.linux-perf.txt (file name %s): 556 samples, by hand', (fileName) => {
    const p = importText(readCorpus('perf-script', 'system-wide.linux-perf.txt').toString(), { fileName });
    expect(p.samples.length).toBe(556);
    expect(totalOf(p, 1)).toBe(556 * 1001001);
    const samples = samplesOf(p);
    const byProcess = (comm: string) => samples.filter((s) => s.stack[0] === comm).length;
    expect(byProcess('simple-terminat')).toBe(138);
    expect(byProcess('swapper')).toBe(418);
    // The first two samples, from the file.
    expect(samples[0].stack).toEqual(['simple-terminat', '[unknown]', '__libc_start_main', 'main', '_Z5alphav']);
    // An unsymbolised kernel frame is named after its dso, as FlameGraph names it.
    expect(samples[1].stack).toEqual(['swapper', '[[kernel.kallsyms]]', '[[kernel.kallsyms]]', '[[kernel.kallsyms]]']);
    // Times are seconds since boot, first event line 202513.231785, last 202513.370040.
    expect(p.durationNanos).toBe(138_255_000);
    expect(p.warnings).toEqual([]);
  });
});

describe('perf script importer on synthetic input', () => {
  const SAMPLE = [
    'java 24636/25607 [000] 4794564.109216:     104345 cycles:u: ',
    '\t    7f722d142778 Lorg/mozilla/javascript/ContextFactory;.call(Lorg/mozilla/javascript/ContextAction;)Ljava/lang/Object; (/tmp/perf-24636.map)',
    '\t    7f722d142000 Interpreter (/tmp/perf-24636.map)',
    '\t          a1b2c3 JavaCalls::call_helper(JavaValue*, methodHandle*, JavaCallArguments*, Thread*)+0x1a (/usr/lib/jvm/libjvm.so)',
    '\t    7f722d0000aa [unknown] (/usr/lib/jvm/libjvm.so)',
    '',
  ];

  it('reads pid/tid, the period, and tidies names as stackcollapse-perf.pl does', () => {
    const p = importText(SAMPLE.join('\n'));
    expect(p.sampleTypes.map((t) => `${t.type}/${t.unit}`)).toEqual(['samples/count', 'cycles:u/count']);
    expect(samplesOf(p)).toEqual([
      {
        stack: ['java', '[libjvm.so]', 'JavaCalls::call_helper', 'Interpreter', 'org/mozilla/javascript/ContextFactory:.call'],
        values: [1, 104345],
      },
    ]);
    // The untidied symbol stays as the system name.
    const systemNames = p.functions.map((f) => p.strings[f.systemName]);
    expect(systemNames).toContain('Lorg/mozilla/javascript/ContextFactory;.call(Lorg/mozilla/javascript/ContextAction;)Ljava/lang/Object;');
    expect(p.labelSets[p.samples.labelSet[0]].map((l) => [p.strings[l.key], l.num]).sort()).toEqual([
      ['pid', 24636],
      ['tid', 25607],
    ]);
    expect(toCollapsed(p, 1, { annotate: true })).toBe(
      'java;[libjvm.so];JavaCalls::call_helper;Interpreter_[j];org/mozilla/javascript/ContextFactory:.call_[j] 104345\n',
    );
  });

  it('reads comm with spaces, no cpu, no time and no period, and writes the comm with underscores', () => {
    const p = importText('V8 WorkerThread 25607 cycles:\n\t 1234 v8::Foo(int) (/usr/bin/node)\n\nV8 WorkerThread 25607 cycles:\n\t 1234 v8::Foo(int) (/usr/bin/node)\n');
    expect(p.sampleTypes).toEqual([{ type: 'samples', unit: 'count' }]);
    expect(toCollapsed(p, 0)).toBe('V8_WorkerThread;v8::Foo 2\n');
  });

  it('keeps Go methods, C++ anonymous namespaces and inlined frames (a->b)', () => {
    expect(frameNames('net/http.(*Client).Do+0x4f', '/app', false)?.map((n) => n.name)).toEqual(['net/http.(*Client).Do']);
    expect(frameNames('(anonymous namespace)::run(int)', '/app', false)?.map((n) => n.name)).toEqual(['(anonymous namespace)::run']);
    expect(frameNames('RegExp:[&<>"\']', '/tmp/perf-1.map', false)?.map((n) => n.name)).toEqual(['RegExp:[&<>]']);
    expect(frameNames('(java)', '/app', false)).toBeNull();
    const p = importText('app 1 1.000000: 5 cpu-clock:\n\t 10 caller->callee (/app)\n\t 20 main (/app)\n');
    expect(toCollapsed(p, 1, { annotate: true })).toBe('app;main;caller;callee_[i] 5\n');
  });

  it('keeps only the first event, and says how many samples of others it skipped', () => {
    const text = ['a 1 1.0: 7 cycles:', '\t 1 f (/a)', '', 'a 1 2.0: 9 instructions:', '\t 1 g (/a)', '', 'a 1 3.0: 7 cycles:', '\t 1 f (/a)', ''].join('\n');
    const p = importText(text);
    expect(p.samples.length).toBe(2);
    expect(totalOf(p, 1)).toBe(14);
    expect(p.warnings).toEqual(['skipped 1 samples of event instructions: only the first event (cycles) is kept, as adding different events would mislead']);
  });

  it('reads samples without call chains (the frame on the event line) and srcline lines', () => {
    const noChain = [
      '            perf  5678 [000] 12345.678901:          3 cycles:  ffffffff8105 native_write_msr+0x6 ([kernel.kallsyms])',
      '              dd  5679 [001] 12345.678902:          4 cycles:  7f00 read+0x10 (/lib/libc.so.6)',
    ].join('\n');
    expect(toCollapsed(importText(noChain), 1, { annotate: true })).toBe('dd;read 4\nperf;native_write_msr_[k] 3\n');

    const srcline = 'a.out 35081 252436.005167: 667783 cycles:\n\t 408ebb some_method+0x8b (/bin/a.out)\n  uniform_int_dist.h:300\n\t 4069f5 main+0x935 (/bin/a.out)\n  file.cpp:137\n';
    const p = importText(srcline);
    const leaf = p.locations[sampleStack(p.samples, 0)[0] - 1].lines[0];
    expect(p.strings[p.functions[leaf.functionId - 1].filename]).toBe('uniform_int_dist.h');
    expect(leaf.line).toBe(300);
  });

  it('keeps a last sample without a blank line after it, and ends a sample at the next event line', () => {
    const p = importText('a 1 1.0: 1 c:\n\t 1 f (/a)\na 1 2.0: 1 c:\n\t 1 g (/a)');
    expect(samplesOf(p).map((s) => s.stack.join(';'))).toEqual(['a;f', 'a;g']);
  });

  it('warns about an unrecognised line, naming it, and reads on', () => {
    const p = importText('a 1 1.0: 1 c:\n\t 1 f (/a)\n\tnot a frame 12 at all\n\t 2 main (/a)\n');
    expect(samplesOf(p).map((s) => s.stack)).toEqual([['a', 'main', 'f']]);
    expect(p.warnings).toEqual(['line 3: skipped, expected a frame ("address symbol (dso)"): "\\tnot a frame 12 at all"']);
  });

  it('calls input cut inside a line malformed, naming the line, and never returns a broken profile', () => {
    const text = 'dd 29776 666709.771979:   10101010 cpu-clock: \n\t          414b3b fsnotify (/lib/modules/4.1.0-virtual/build/vmlinux)\n\t           e5f70 read (/lib/x86_64-linux-gnu/libc-2.15.so)\n';
    expect(() => importText(text.slice(0, text.indexOf('(/lib/x86')) + 8)).toThrow(/malformed perf-script profile: line 3 .*cut short/);
    expect(() => importText('dd 29776 666709.771979:   10101010 cpu-clock: \n\t 414b3b fsnotify (/lib)\n\ndd 29776 666')).toThrow(
      /line 4 .*cut short/,
    );
    // Every cut either fails with a typed error or reads whole lines only (a cut in the first
    // line can read as a one-line collapsed file, `dd 29776 666709`: ambiguous, but not perf).
    for (let cut = 1; cut < text.length; cut++) {
      try {
        const p = importProfile(Buffer.from(text.slice(0, cut)));
        checkProfile(p);
        if (p.format === 'perf-script') for (const f of p.functions) expect(['dd', 'fsnotify', 'read'], `cut at ${cut}`).toContain(p.strings[f.name]);
      } catch (err) {
        expect(err, `cut at ${cut}`).toSatisfy((e: unknown) => e instanceof MalformedProfileError || e instanceof UnsupportedFormatError);
      }
    }
  });

  it('refuses garbage and empty text as not this format', () => {
    expect(() => importText('Just some text\n\n')).toThrow(UnsupportedFormatError);
    expect(() => importText('Just some text', { format: 'perf-script' })).toThrow(MalformedProfileError);
    expect(() => importText('# only\n# comments\n', { format: 'perf-script' })).toThrow(UnsupportedFormatError);
  });

  it('refuses a stack deeper than the depth limit', () => {
    const frames = Array.from({ length: 50 }, (_, i) => `\t ${i.toString(16)} f${i} (/a)`).join('\n');
    expect(() => importText(`a 1 1.0: 1 c:\n${frames}\n`, { limits: { maxStackDepth: 20 } })).toThrow(LimitExceededError);
  });
});
