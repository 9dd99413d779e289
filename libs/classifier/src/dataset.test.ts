import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compiling, loadExamples, loadGenerated, onlyMatching, plantedMatcher, splitByProgram, type Example } from './dataset';
import { CLASSES } from './model';

const ROOT = join(__dirname, '..', '..', '..');

/** The names a generated program's generator planted (its label.json). */
const planted = (program: string): string[] =>
  JSON.parse(readFileSync(join(ROOT, 'libs/classifier/data', program.slice('generated/'.length), 'label.json'), 'utf8')).planted;

// The generated programs' labelled stacks, read once for all the tests below (reading takes seconds).
let generatedCache: Example[] | undefined;
const generated = (): Example[] => (generatedCache ??= loadGenerated(ROOT));

describe('data set', () => {
  const examples = loadExamples(ROOT);

  it('labels fixture and example stacks by the rule findings, never reads test/holdout', () => {
    expect(examples.length).toBeGreaterThan(300);
    expect(examples.some((e) => e.source.startsWith('test/'))).toBe(false);
    const bcrypt = examples.filter((e) => e.source === 'rules/node/bcrypt-sync/positive.yaml');
    expect(bcrypt.some((e) => CLASSES[e.label] === 'sync-crypto-on-request-path')).toBe(true);
    // The handler's own self time in that fixture is not the pattern.
    expect(bcrypt.some((e) => CLASSES[e.label] === 'none')).toBe(true);
    const clean = examples.filter((e) => e.program === 'examples/clean-compute');
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.every((e) => CLASSES[e.label] === 'none')).toBe(true);
    const orders = examples.filter((e) => e.program === 'examples/orders-api');
    expect(new Set(orders.map((e) => CLASSES[e.label]))).toContain('client-construction-in-hot-path');
  });

  it('splits by program: no program on both sides; the same seed gives the same split', () => {
    const { train, test } = splitByProgram(examples, 1);
    const trainPrograms = new Set(train.map((e) => e.program));
    expect(test.length).toBeGreaterThan(0);
    expect(test.some((e) => trainPrograms.has(e.program))).toBe(false);
    expect(splitByProgram(examples, 1).test.map((e) => e.source)).toEqual(test.map((e) => e.source));
  });

  it('labels generated programs by what was planted: stacks through the planted functions only', () => {
    const gen = generated().filter((e) => e.program === 'generated/node/node-sync-crypto-on-request-path-00');
    if (gen.length === 0) return; // the data folder was not recorded
    const positive = gen.filter((e) => CLASSES[e.label] === 'sync-crypto-on-request-path');
    expect(positive.length).toBeGreaterThan(0);
    expect(gen.some((e) => CLASSES[e.label] === 'none')).toBe(true);
    const label = JSON.parse(readFileSync(join(ROOT, 'libs/classifier/data/node/node-sync-crypto-on-request-path-00/label.json'), 'utf8'));
    for (const e of positive) expect(e.stack.frames.some((f) => label.planted.includes(f.name))).toBe(true);
  });

  it('counts a regular expression program\'s compiling stacks for the pattern, not its matching ones', () => {
    const stack = (...names: string[]) => ({ share: 0, frames: names.map((name) => ({ name, file: '' })) });
    expect(onlyMatching(stack('main.f', 'regexp.(*Regexp).MatchString', 'regexp.(*Regexp).doExecute', 'regexp/syntax.(*Inst).MatchRune'))).toBe(true);
    expect(onlyMatching(stack('main.f', 'regexp.MustCompile', 'regexp.compile', 'regexp/syntax.Parse'))).toBe(false);
    expect(onlyMatching(stack('A.f', 'java.lang.String.matches', 'java.util.regex.Pattern.matches', 'java.util.regex.Pattern.compile', 'java.util.regex.Pattern.<init>'))).toBe(false);
    expect(onlyMatching(stack('A.f', 'java.util.regex.Pattern.matches', 'java.util.regex.Matcher.matches', 'java.util.regex.Pattern$Start.match'))).toBe(true);
    expect(onlyMatching(stack('f', 'RegExp: \\d+'))).toBe(true);
    // V8 compiles inside the caller's own samples: no matcher frame, so the caller's time stays the pattern's.
    expect(onlyMatching(stack('f'))).toBe(false);
    expect(onlyMatching(stack('main.f', 'regexp.(*Regexp).MatchString', 'regexp.(*Regexp).tryBacktrack', 'regexp.lazyFlag.match', 'regexp/syntax.IsWordChar'))).toBe(true);
    const gen = generated().filter((e) => e.program.startsWith('generated/go/go-regex-compilation-in-hot-path-'));
    if (gen.length === 0) return;
    // Both kinds occur in these programs: compiling stacks carry the category, matching ones do not.
    const byLabel = (matching: boolean) => new Set(gen.filter((e) => onlyMatching(e.stack) === matching && e.stack.frames.some((f) => f.name.startsWith('main.'))).map((e) => CLASSES[e.label]));
    expect([...byLabel(true)]).toEqual(['none']);
    expect(byLabel(false)).toContain('regex-compilation-in-hot-path');
  });

  it('counts a lock or allocation program\'s stacks for the pattern only where its cost shows', () => {
    const gen = generated().filter((e) => /^generated\/go\/go-(lock-contention|excessive-allocation)-0[0-3]$/.test(e.program));
    if (gen.length === 0) return;
    const lock = gen.filter((e) => e.program.includes('lock-contention'));
    const alloc = gen.filter((e) => e.program.includes('excessive-allocation'));
    const positive = (list: typeof gen) => list.filter((e) => CLASSES[e.label] !== 'none');
    expect(positive(lock).length).toBeGreaterThan(0);
    expect(positive(alloc).length).toBeGreaterThan(0);
    // The lock's stacks wait in the mutex or the semaphore; the allocator's allocate or collect.
    for (const e of positive(lock)) expect(e.stack.frames.some((f) => /^sync\.\(\*(RW)?Mutex\)|^runtime\.(semacquire|lock|futex|procyield|osyield)|^sync\.runtime_/.test(f.name))).toBe(true);
    for (const e of positive(alloc)) expect(e.stack.frames.some((f) => /^runtime\.(mallocgc|newobject|makeslice|growslice|makemap|gc|bgsweep|scanobject|memclr|\(\*m)/.test(f.name))).toBe(true);
    // The map update inside the critical section is the program's own work, not the pattern.
    expect(lock.some((e) => CLASSES[e.label] === 'none' && e.stack.frames.some((f) => f.name.includes('mapassign')) && !e.stack.frames.some((f) => f.name.startsWith('sync.')))).toBe(true);
  });

  it('counts only compiling stacks in Java and Go regex programs, and only exception-building stacks in Java exception programs', () => {
    const stack = (...names: string[]) => ({ share: 0, frames: names.map((name) => ({ name, file: '' })) });
    expect(compiling(stack('A.f', 'java.lang.String.split', 'java.util.regex.Pattern.compile', 'java.util.regex.Pattern.<init>'))).toBe(true);
    // Splitting with a kept pattern, or String.split's own time, is not compiling.
    expect(compiling(stack('A.f', 'java.util.regex.Pattern.split', 'java.util.regex.Pattern.split'))).toBe(false);
    expect(onlyMatching(stack('A.f', 'java.util.regex.Pattern.split', 'java.util.regex.Pattern.split'))).toBe(true);
    expect(compiling(stack('A.f', 'java.lang.String.split'))).toBe(false);
    const gen = generated().filter((e) => /^generated\/java\/java-(regex-compilation-in-hot-path|exception-as-control-flow)-0[0-5]$/.test(e.program));
    if (gen.length === 0) return;
    const labels = (category: string, test: (names: string[]) => boolean) =>
      new Set(gen.filter((e) => e.program.includes(category) && test(e.stack.frames.map((f) => f.name))).map((e) => CLASSES[e.label]));
    // Pattern's constructor is compiling; the matcher's frames at the leaf are not.
    expect([...labels('regex', (n) => n.includes('java.util.regex.Pattern.<init>'))]).toEqual(['regex-compilation-in-hot-path']);
    expect([...labels('regex', (n) => /^java\.util\.regex\.Matcher\./.test(n.at(-1) ?? ''))]).toEqual(['none']);
    // An exception being built is the pattern; Integer.parseInt's own time, parsing, is not.
    expect([...labels('exception', (n) => n.some((x) => /Exception\.<init>$/.test(x)))]).toEqual(['exception-as-control-flow']);
    expect([...labels('exception', (n) => n.at(-1) === 'java.lang.Integer.parseInt')]).toEqual(['none']);
  });
  it('labels the Java serialisation, crypto, logging and client programs and the Go crypto programs where their runtime code runs', () => {
    const gen = generated().filter((e) => /^generated\/(java\/java-(serialization-overhead|sync-crypto-on-request-path|logging-overhead|client-construction-in-hot-path)|go\/go-sync-crypto-on-request-path)-0[0-3]$/.test(e.program));
    if (gen.length === 0) return;
    const cases: [program: RegExp, frame: RegExp, category: string][] = [
      [/java-serialization/, /^java\.io\.Object(Output|Input)Stream\.|^java\.util\.Properties\.(store|load)/, 'serialization-overhead'],
      [/java-sync-crypto/, /^(javax\.crypto|com\.sun\.crypto\.provider)\./, 'sync-crypto-on-request-path'],
      [/java-logging/, /^java\.util\.logging\./, 'logging-overhead'],
      [/java-client/, /^(sun\.security\.(ssl|x509|util|pkcs12|provider)|java\.security\.KeyStore|javax\.net\.ssl)\./, 'client-construction-in-hot-path'],
      [/go-sync-crypto/, /^crypto\/(hmac|ecdsa|rsa)\.|^math\/big\./, 'sync-crypto-on-request-path'],
    ];
    for (const [program, frame, category] of cases) {
      const mine = gen.filter((e) => program.test(e.program));
      expect(mine.length).toBeGreaterThan(0);
      // The runtime's code under the planted function is the pattern; the same code under a clean
      // filler (a kept TLS factory, one digest per item) or a one-time static initialiser is not.
      const under = (e: (typeof mine)[number], inside: boolean) => {
        const isPlanted = plantedMatcher(planted(e.program));
        return e.stack.frames.some((f) => frame.test(f.name)) && e.stack.frames.some((f) => isPlanted(f.name, f.file)) === inside;
      };
      const inside = mine.filter((e) => under(e, true));
      expect(inside.length).toBeGreaterThan(0);
      expect(new Set(inside.map((e) => CLASSES[e.label]))).toEqual(new Set([category]));
      expect(new Set(mine.filter((e) => under(e, false)).map((e) => CLASSES[e.label])).has(category)).toBe(false);
    }
  });

  // Where a planted function also does what any program does, only the stacks where the pattern's
  // cost shows are labelled with it: [programs, ordinary stacks (labelled none), pattern stacks].
  const through = (names: RegExp) => (e: Example) => e.stack.frames.some((f) => names.test(f.name));
  const not = (test: (e: Example) => boolean) => (e: Example) => !test(e);
  const both = (...tests: ((e: Example) => boolean)[]) => (e: Example) => tests.every((t) => t(e));
  const underPlanted = (e: Example) => {
    const matches = plantedMatcher(planted(e.program));
    return e.stack.frames.some((f) => matches(f.name, f.file));
  };
  it.each([
    // A Go signer's plain digest is ordinary work, its signing the pattern.
    ['go-sync-crypto-on-request-path', both(through(/^crypto\/sha256\.Sum256$/), not(through(/^crypto\/(hmac|ecdsa|rsa)\./))), through(/^crypto\/(ecdsa|rsa)\.Sign/)],
    // So is a Java program's plain MessageDigest; its key stretching and MACs are the pattern.
    ['java-sync-crypto-on-request-path', both(through(/^java\.security\.MessageDigest\./), not(through(/^(javax\.crypto|com\.sun\.crypto\.provider)\./))), through(/^com\.sun\.crypto\.provider\.(PBKDF2|Hmac)/)],
    // The Buffer a Node program builds beside its sync call is ordinary work, the call the pattern.
    ['node-sync-io-on-request-path', both(underPlanted, through(/^from$/), not(through(/Sync$/))), both(underPlanted, through(/^(readFileSync|writeFileSync|gzipSync|gunzipSync|statSync)$/))],
    // A Node request's headers are every client's work; making its socket is the connection per request.
    ['node-connection-without-keepalive', both(through(/^(setHeader|_storeHeader)$/), not(through(/^(Agent|createSocket|createConnection|Socket|Socket\.connect|lookupAndConnect)$/))), both(through(/^(createSocket|Socket\.connect|lookupAndConnect)$/), through(/^ClientRequest$/))],
    // A Go error's message is ordinary work; the stack the runtime walks for it is the pattern.
    ['go-exception-as-control-flow', both(through(/^strconv\.(Itoa|FormatInt)$/), not(through(/^runtime\.(Callers|callers|gopanic|gentraceback)$/))), through(/^runtime\.(Callers|gopanic)$/)],
    // A Go scan by key costs in its string comparisons; lowering the key or appending the match is ordinary work.
    ['go-quadratic-collection-scan', both(through(/^(strings\.ToLower|runtime\.growslice)$/), not(through(/memequal|memeqbody|EqualFold/))), through(/^(runtime\.memequal|memeqbody)$/)],
  ] as const)('labels %s stacks with the pattern only where its cost shows', (prefix, ordinary, pattern) => {
    const category = prefix.replace(/^(go|java|node)-/, '');
    const gen = generated().filter((e) => e.program.startsWith(`generated/${prefix.split('-')[0]}/${prefix}-`));
    if (gen.length === 0) return;
    const plain = gen.filter(ordinary);
    const costly = gen.filter(pattern);
    expect(plain.length).toBeGreaterThan(0);
    expect(costly.length).toBeGreaterThan(0);
    expect(new Set(plain.map((e) => CLASSES[e.label]))).toEqual(new Set(['none']));
    expect(new Set(costly.map((e) => CLASSES[e.label]))).toContain(category);
  });

  it('keeps each program on its side of the split when other programs are added', () => {
    const sides = (list: typeof examples) => {
      const { test } = splitByProgram(list, 1);
      return new Set(test.map((e) => e.program));
    };
    const before = sides(examples);
    const extra = Array.from({ length: 50 }, (_, i) => ({ ...examples[0], program: `generated/node/added-${i}` }));
    const after = sides([...extra, ...examples]);
    for (const p of new Set(examples.map((e) => e.program))) expect(after.has(p)).toBe(before.has(p));
    expect(before.size).toBeGreaterThan(0);
  });
});
