import { describe, expect, it } from 'vitest';
import { checkProfile, importProfile, type Profile, ProfileBuilder, ProfileError, totalOf } from '@hotpath/profile';
import { hasCorpus, listCorpus, readCorpus } from '../../../../test/support/corpus';
import { stacksOf } from '../../../../test/support/profiles';
import { toCollapsed } from './collapsed';

const PPROF_FILES = [...listCorpus('pprof').filter((f) => f !== 'series'), ...listCorpus('pprof/series').map((f) => `series/${f}`)];
const COLLAPSED_FILES = listCorpus('collapsed');

/** Parses collapsed text with nothing but `split`, to check the writer without the importer. */
function parseLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n').filter((l) => l !== '')) {
    const cut = line.lastIndexOf(' ');
    const stack = line.slice(0, cut);
    expect(out.has(stack), `${stack} written twice`).toBe(false);
    out.set(stack, Number(line.slice(cut + 1)));
  }
  return out;
}

/** Re-imports collapsed text, detected from its content alone. */
function reimport(text: string): Profile {
  const p = importProfile(Buffer.from(text));
  checkProfile(p);
  expect(p.format).toBe('collapsed');
  expect(p.warnings).toEqual([]);
  return p;
}

describe.skipIf(!hasCorpus)('toCollapsed round trip', () => {
  it.each(PPROF_FILES)('pprof %s → collapsed → same stacks and values', (file) => {
    const p = importProfile(readCorpus('pprof', file));
    checkProfile(p);
    const text = toCollapsed(p, 0);
    const written = parseLines(text);
    expect(written).toEqual(stacksOf(p, 0));
    expect([...written.values()].reduce((a, b) => a + b, 0)).toBe(totalOf(p, 0));
    expect(stacksOf(reimport(text), 0)).toEqual(written);
  });

  it.each(COLLAPSED_FILES)('collapsed %s → collapsed → same stacks and values', (file) => {
    const p = importProfile(readCorpus('collapsed', file));
    checkProfile(p);
    const text = toCollapsed(p, 0);
    expect(parseLines(text)).toEqual(stacksOf(p, 0));
    expect(stacksOf(reimport(text), 0)).toEqual(stacksOf(p, 0));
  });

  it('writes simple.txt summed per stack and sorted', () => {
    expect(toCollapsed(importProfile(readCorpus('collapsed', 'simple.txt')), 0)).toBe('a;b 5\na;b;c 5\na;b;d 4\n');
  });

  it('annotates kernel frames from a pprof mapping named [kernel.kallsyms]', () => {
    const p = importProfile(readCorpus('pprof', 'cpu-unknown.pb.gz'));
    const annotated = toCollapsed(p, 0, { annotate: true });
    expect(annotated).toMatch(/_\[k\][; ]/);
    // Annotation only renames frames: the same stacks, the same values.
    expect([...parseLines(annotated).values()].sort()).toEqual([...parseLines(toCollapsed(p, 0)).values()].sort());
  });
});

describe('toCollapsed on synthetic profiles', () => {
  /** Builds: kernel and JIT frames, an inlined location, an unsymbolised one, odd names, a zero sample. */
  function synthetic(): Profile {
    const b = new ProfileBuilder('test', [
      { type: 'samples', unit: 'count' },
      { type: 'cpu', unit: 'nanoseconds' },
    ]);
    const fn = (name: string) => b.functionId(name);
    const frame = (name: string, mapping = 0) => b.internLocation([{ functionId: fn(name), line: 0, column: 0 }], mapping);
    const kernel = b.mappingId('[kernel.kallsyms]');
    const jit = b.mappingId('/tmp/perf-4242.map');
    const libc = b.mappingId('/usr/lib/libc.so.6');
    const main = frame('main');
    // Lines innermost first: inner was inlined into middle, middle into outer.
    const inlined = b.internLocation(
      [
        { functionId: fn('inner'), line: 3, column: 0 },
        { functionId: fn('middle'), line: 2, column: 0 },
        { functionId: fn('outer'), line: 1, column: 0 },
      ],
      libc,
    );
    const syscall = frame('sys_write', kernel);
    const jitted = frame('LazyCompile:*handle app.js:3', jit);
    const unsymbolised = b.addLocation([], libc);
    const odd = frame('Lcom/acme/X;.y\nz');
    b.addSample([syscall, inlined, main], [1, 10]);
    b.addSample([syscall, inlined, main], [2, 20]);
    b.addSample([jitted, main], [1, 5]);
    b.addSample([unsymbolised, main], [1, 7]);
    b.addSample([odd, main], [1, 1]);
    b.addSample([main], [0, 0]);
    b.addSample([], [3, 3]);
    const p = b.build();
    checkProfile(p);
    return p;
  }

  it('writes names as the model has them, inlined lines outermost first', () => {
    expect(toCollapsed(synthetic(), 1)).toBe(
      [
        'main;LazyCompile:*handle app.js:3 5',
        'main;Lcom/acme/X:.y z 1',
        'main;[libc.so.6] 7',
        'main;outer;middle;inner;sys_write 30',
        '',
      ].join('\n'),
    );
  });

  it('annotates like stackcollapse-perf.pl --all when asked', () => {
    expect(toCollapsed(synthetic(), 0, { annotate: true })).toBe(
      [
        'main;LazyCompile:*handle app.js:3_[j] 1',
        'main;Lcom/acme/X:.y z 1',
        'main;[libc.so.6] 1',
        'main;outer;middle_[i];inner_[i];sys_write_[k] 3',
        '',
      ].join('\n'),
    );
  });

  it('leaves out zero-valued stacks and stackless samples, and writes nothing for an empty profile', () => {
    expect(toCollapsed(synthetic(), 1)).not.toMatch(/^main \d/m);
    expect(toCollapsed(new ProfileBuilder('test', [{ type: 'samples', unit: 'count' }]).build(), 0)).toBe('');
  });

  it('writes large integers exactly and fractions without exponents', () => {
    const b = new ProfileBuilder('test', [{ type: 'alloc_space', unit: 'bytes' }]);
    b.addSample([b.frame({ name: 'big' })], [2 ** 70]);
    b.addSample([b.frame({ name: 'small' })], [1e-7]);
    expect(toCollapsed(b.build(), 0)).toBe('big 1180591620717411303424\nsmall 0.0000001\n');
  });

  it('refuses a sample type the profile does not have', () => {
    expect(() => toCollapsed(synthetic(), 2)).toThrow(ProfileError);
    expect(() => toCollapsed(synthetic(), 2)).toThrow(/sample type 2 not found; the profile has 0: samples\/count, 1: cpu\/nanoseconds/);
  });
});
