import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importProfile } from '@hotpath/profile';
import { featureMatrix, FEATURES, MIN_REGEX_SOURCES, nameShape, ownerIndex, type StackInput } from './features';
import { classCounts, loadExamples, loadGenerated, programDraw, splitByProgram, type Example, type PlantedLabel } from './dataset';
import { DEFAULT_THRESHOLD } from './detect';
import { cleanExampleCases, evaluatePrograms, findingsOf, evaluateStacks, holdoutCases, holdoutSets, positiveMicro, type ProgramCase, type StackEvaluation } from './evaluate';
import { CLASSES, rng, train, type LinearModel, type TrainOptions } from './model';
import { exportOnnx } from './onnx';
import { renameProfile, renameStack, stackFrameKind } from './rename';

export interface TrainRunOptions {
  repoRoot: string;
  seed?: number;
  /** Renamed copies per training stack (application and library frames renamed). */
  augmentations?: number;
  train?: Partial<TrainOptions>;
  /** Examples to use instead of loading them (tests, validation folds). */
  examples?: Example[];
}

export interface ClassScore {
  category: string;
  support: number;
  precision: number;
  recall: number;
}

export interface TrainRun {
  model: LinearModel;
  bytes: Uint8Array;
  trainPrograms: string[];
  testPrograms: string[];
  /** Labelled stacks of the training programs (before augmentation and the visibility filter). */
  trainExamples: number;
  testExamples: number;
  /** On the held-out programs' stacks, as recorded, at DEFAULT_THRESHOLD. */
  test: ClassScore[];
  /** On the held-out programs' stacks with application and library frames renamed, at DEFAULT_THRESHOLD. */
  testRenamed: ClassScore[];
  testRenamedEval: StackEvaluation;
}

export const TRAIN_DEFAULTS: Omit<TrainOptions, 'seed'> = { epochs: 12, batchSize: 32, learningRate: 0.3, l2: 1e-5 };

/** All labelled stacks: rule fixtures and examples (labelled by the rules) and the generated programs (labelled by what was planted). */
export function allExamples(repoRoot: string): Example[] {
  return [...loadExamples(repoRoot), ...loadGenerated(repoRoot)];
}

const NONE = CLASSES.indexOf('none');

/**
 * Whether a labelled stack shows its pattern in its frames. A positive stack
 * that ends in an application function's own time (a regular expression or
 * formatter V8 inlined into its caller, a search loop) looks like any other
 * code once names are gone: the rules find those by reading the source line,
 * which the model never sees. Training on them would teach the model that
 * heavy application code is a pattern, so they are left out of training
 * (not out of the evaluation), as are stacks ending in a VM pseudo-frame.
 * Constructors stay: `new X()` at the leaf is a shape, and where in it the time
 * is (an error's stack capture in its first statement) is a feature. So does
 * the time of an owner that runs several regular expressions, some seen only
 * once or twice: V8 compiles them in the caller, and how many sources it runs,
 * how often each, and how much of the work is its own are in the features
 * (RegexContext).
 */
export function visibleInFrames(e: Example): boolean {
  if (e.label === NONE) return true;
  const leaf = e.stack.frames[e.stack.frames.length - 1];
  if (!leaf) return false;
  // V8's pseudo frames say nothing of the caller: `(garbage collector)` is every program's, and
  // `RegExp: <source>` is a regular expression running, compiled per call or not; nor does Go's
  // preemption frame.
  if (AMBIGUOUS_LEAF.test(leaf.name)) return false;
  // Nor do Go's background collector workers, which no frame of the program calls: every Go
  // program that allocates runs them, whatever allocates.
  if (GC_WORKER_ROOT.test(e.stack.frames[0]?.name ?? '') && ownerIndex(e.stack) < 0) return false;
  if (stackFrameKind(leaf.name, leaf.file) !== 'application' || nameShape(leaf.name) === 'ctor') return true;
  return runsSeveralRegexes(e);
}

/**
 * The owner runs MIN_REGEX_SOURCES or more regular expressions, MIN_RARE_SOURCES of them seen only once
 * or twice (built from data per call): its own time may be compiling them. How many, and the owner's
 * time against its expressions', is for the model to weigh. An owner whose sources all run again and
 * again looks the same whether it builds them from a constant table per call (V8's compilation cache
 * hides the compile) or keeps them and does its own work between matches, as any parser does
 * (`holdout16/node-harvest-weighbridge`, a clean program flagged so): such stacks are left out.
 */
function runsSeveralRegexes(e: Example): boolean {
  const c = e.stack.context;
  return !!c && c.regexSources >= MIN_REGEX_SOURCES && c.regexRare >= MIN_RARE_SOURCES;
}

const MIN_RARE_SOURCES = 2;

// Patterns that are one because of who calls them (a request handler, the event loop): their callers stay.
const CONTEXT_CATEGORIES = new Set(['sync-io-on-request-path', 'sync-crypto-on-request-path', 'event-loop-blocking', 'connection-without-keepalive']);

/** `rules/java/x`, `generated/go/y`, `examples/java` → the runtime; examples/<program> without one are Node's. */
function runtimeOf(program: string): string {
  return /^(rules|generated|examples)\/(node|java|go|python|dotnet)(\/|$)/.exec(program)?.[2] ?? 'node';
}

/** The callers (frames above the owner) of every stack that has some, per runtime. */
function donorsByRuntime(examples: readonly Example[]): Map<string, StackInput['frames'][]> {
  const out = new Map<string, StackInput['frames'][]>();
  for (const e of examples) {
    const at = ownerIndex(e.stack);
    if (at <= 0) continue;
    const rt = runtimeOf(e.program);
    if (!out.has(rt)) out.set(rt, []);
    out.get(rt)!.push(e.stack.frames.slice(0, at));
  }
  return out;
}

/**
 * `stack` from its owner down, under `callers`. A stack with no owner (Go's
 * collector workers, in an allocation program) goes whole under them, a shape
 * that never occurs; skipping it changes the shipped model, which was scored
 * blind as it is: models/README.md has what the change did.
 */
function transplant(stack: StackInput, callers: StackInput['frames']): StackInput {
  return { ...stack, frames: [...callers, ...stack.frames.slice(Math.max(0, ownerIndex(stack)))] };
}

// Go's preemption frame: whatever the goroutine was doing when the scheduler stopped it.
const AMBIGUOUS_LEAF = /^\((garbage collector|program|idle|root)\)$|^RegExp: |^runtime\.asyncPreempt$/;
const GC_WORKER_ROOT = /^runtime\.(gcBgMarkWorker|bgsweep|bgscavenge)$/;

/**
 * Trains on `examples` plus renamed copies, with rare classes weighted up.
 * A pattern stack also gets a renamed copy under another stack's callers
 * (transplanted): what a pattern is lies in its owner and beneath, and the
 * generated programs reach their work through a handful of drivers, so
 * without it the model learns their callers (a stream pipeline, a thread
 * pool) as signs of one class or another.
 */
export function fit(examples: readonly Example[], seed: number, copies: number, overrides: Partial<TrainOptions> = {}): LinearModel {
  const random = rng(seed ^ 0x9e3779b9);
  const augmented: Example[] = [];
  const donors = donorsByRuntime(examples);
  for (const e of examples) {
    if (!visibleInFrames(e)) continue;
    augmented.push(e);
    for (let k = 0; k < copies; k++) augmented.push({ ...e, stack: renameStack(e.stack, random) });
    if (e.label === NONE || CONTEXT_CATEGORIES.has(CLASSES[e.label])) continue;
    const pool = donors.get(runtimeOf(e.program)) ?? [];
    if (pool.length) augmented.push({ ...e, stack: renameStack(transplant(e.stack, pool[Math.floor(random() * pool.length)]), random) });
  }
  const counts = classCounts(augmented);
  const max = Math.max(...counts);
  // Rare classes weigh more (square root of the imbalance, capped), absent ones not at all.
  const classWeights = counts.map((c) => (c ? Math.min(Math.sqrt(max / c), 10) : 0));
  return train(featureMatrix(augmented.map((e) => e.stack)), augmented.map((e) => e.label), FEATURES, { seed, ...TRAIN_DEFAULTS, classWeights, ...overrides });
}

/** Builds the data set, trains on the training programs, scores the test programs, exports ONNX. */
export function trainModel(options: TrainRunOptions): TrainRun {
  const seed = options.seed ?? 1;
  const all = options.examples ?? allExamples(options.repoRoot);
  const { train: trainSet, test: testSet } = splitByProgram(all, seed);
  const copies = options.augmentations ?? 1;
  const model = fit(trainSet, seed, copies, options.train);
  const renamedRandom = rng(seed ^ 0x5bd1e995);
  const renamed = testSet.map((e) => ({ ...e, stack: renameStack(e.stack, renamedRandom) }));
  const testRenamedEval = evaluateStacks(model, renamed, DEFAULT_THRESHOLD);
  return {
    model,
    bytes: exportOnnx(model, { seed: String(seed), features: 'libs/classifier/src/features.ts' }),
    trainPrograms: [...new Set(trainSet.map((e) => e.program))],
    testPrograms: [...new Set(testSet.map((e) => e.program))],
    trainExamples: trainSet.length,
    testExamples: testSet.length,
    test: evaluateStacks(model, testSet, DEFAULT_THRESHOLD).scores,
    testRenamed: testRenamedEval.scores,
    testRenamedEval,
  };
}

/**
 * The shipped threshold and minimum site share come from here: the training
 * programs split in three by program, each third scored by a model trained on
 * the other two, its generated programs renamed and judged by their findings
 * (program level, as the check does), for each candidate setting.
 */
export function validationFolds(
  repoRoot: string,
  trainSet: readonly Example[],
  seed: number,
): { threshold: number; minSiteShare: number; precision: number; recall: number; cleanWithFindings: string[] }[] {
  const programs = [...new Set(trainSet.map((e) => e.program))].sort();
  // As the split: each program's fold comes from its name and the seed, so adding programs moves no other.
  const fold = new Map(programs.map((p) => [p, Math.floor(programDraw(p, seed ^ 0x1234567) * 3)]));
  const grid: { threshold: number; minSiteShare: number }[] = [];
  for (const threshold of [0.6, 0.7, 0.8, 0.85, 0.9]) for (const minSiteShare of [0.005, 0.01, 0.02, 0.03]) grid.push({ threshold, minSiteShare });
  const sums = grid.map(() => ({ found: 0, planted: 0, correct: 0, reported: 0, clean: [] as string[] }));
  for (let k = 0; k < 3; k++) {
    const model = fit(trainSet.filter((e) => fold.get(e.program) !== k), seed, 1);
    const cases = generatedCases(repoRoot, programs.filter((p) => fold.get(p) === k));
    grid.forEach((g, i) => {
      const e = evaluatePrograms(cases, model, false, { ...g, rename: seed + k });
      sums[i].found += e.found;
      sums[i].planted += e.planted;
      sums[i].correct += e.correct;
      sums[i].reported += e.reported;
      sums[i].clean.push(...e.cleanWithFindings);
    });
  }
  return grid.map((g, i) => ({ ...g, precision: sums[i].correct / sums[i].reported, recall: sums[i].found / sums[i].planted, cleanWithFindings: sums[i].clean }));
}

/** The generated test programs as program cases (their profiles and planted category). */
function generatedCases(repoRoot: string, programs: readonly string[]): ProgramCase[] {
  const out: ProgramCase[] = [];
  for (const program of programs) {
    if (!program.startsWith('generated/')) continue;
    const dir = join(repoRoot, 'libs', 'classifier', 'data', program.slice('generated/'.length));
    const label = JSON.parse(readFileSync(join(dir, 'label.json'), 'utf8')) as PlantedLabel;
    const profiles = readdirSync(dir)
      .filter((f) => f !== 'label.json')
      .map((f) => importProfile(readFileSync(join(dir, f)), { fileName: f }));
    out.push({ program, profiles, expected: label.category === 'none' ? [] : [label.category] });
  }
  return out;
}

export function formatScores(scores: StackEvaluation['scores'] | readonly ClassScore[]): string {
  const pct = (v: number) => (Number.isNaN(v) ? '   -' : `${(v * 100).toFixed(0).padStart(3)}%`);
  return scores.map((s) => `| ${s.category} | ${s.support} | ${pct(s.precision)} | ${pct(s.recall)} |`).join('\n');
}

function formatConfusion(e: StackEvaluation): string {
  const used = CLASSES.map((_, c) => e.confusion[c].some((n) => n > 0) || e.confusion.some((row) => row[c] > 0));
  const idx = CLASSES.map((_, c) => c).filter((c) => used[c]);
  const short = (c: number) => CLASSES[c].split('-').map((w) => w[0]).join('');
  const head = `| true \\ predicted | ${idx.map(short).join(' | ')} |`;
  const rows = idx.map((t) => `| ${CLASSES[t]} | ${idx.map((p) => e.confusion[t][p]).join(' | ')} |`);
  return [head, `|---|${idx.map(() => '---:').join('|')}|`, ...rows].join('\n');
}

function main(): void {
  const repoRoot = resolve(__dirname, '..', '..', '..');
  const seed = Number(process.env.SEED ?? 1);
  const all = allExamples(repoRoot);
  const run = trainModel({ repoRoot, seed, examples: all });
  const out = join(repoRoot, 'models', 'stack-classifier.onnx');
  mkdirSync(join(repoRoot, 'models'), { recursive: true });
  writeFileSync(out, run.bytes);
  const pct = (v: number) => (Number.isNaN(v) ? '-' : `${(v * 100).toFixed(1)} %`);
  console.log(`train programs (${run.trainPrograms.length}): ${run.trainExamples} labelled stacks (trained on with renamed and transplanted copies)`);
  console.log(`test programs (${run.testPrograms.length}): ${run.testExamples} stacks`);
  console.log(`\ntest split, stacks, application and library frames renamed, threshold ${DEFAULT_THRESHOLD}:\n${formatScores(run.testRenamed)}`);
  const micro = positiveMicro(run.testRenamedEval);
  console.log(`positive stacks: precision ${pct(micro.precision)}, recall ${pct(micro.recall)} (support ${micro.support})`);
  console.log(`\nconfusion (renamed test stacks):\n${formatConfusion(run.testRenamedEval)}`);
  console.log(`\ntest split, stacks as recorded:\n${formatScores(run.test)}`);
  const model = run.model;
  const gen = generatedCases(repoRoot, run.testPrograms);
  const line = (what: string, e: ReturnType<typeof evaluatePrograms>) =>
    `| ${what} | ${e.found}/${e.planted} = ${pct(e.recall)} | ${e.correct}/${e.reported} = ${pct(e.precision)} | ${e.cleanWithFindings.length} |${process.env.VERBOSE && e.cleanWithFindings.length ? ` ${e.cleanWithFindings.join('; ')}` : ''}`;
  console.log(`\nfindings on the ${gen.length} generated test programs (${gen.filter((c) => c.expected.length === 0).length} clean): | setting | recall | precision | clean programs with findings |`);
  console.log(line('rules only, as recorded', evaluatePrograms(gen, null, true)));
  console.log(line('rules + model, as recorded', evaluatePrograms(gen, model, true)));
  console.log(line('rules only, renamed', evaluatePrograms(gen, null, true, { rename: seed })));
  console.log(line('model only, renamed', evaluatePrograms(gen, model, false, { rename: seed })));
  // One table per held-out set, then all of them: the sets differ in who had seen them (test/README.md).
  const perSet = holdoutSets(repoRoot)
    .map((dir) => ({ name: dir, cases: holdoutCases(repoRoot, [dir]) }))
    .filter((s) => s.cases.length);
  const held = perSet.flatMap((s) => s.cases);
  for (const { name, cases } of perSet.length ? [...perSet, { name: 'all sets', cases: held }] : []) {
    console.log(`\nheld-out programs (${name}, ${cases.length}):`);
    console.log(line('rules only, as recorded', evaluatePrograms(cases, null, true)));
    console.log(line('rules + model, as recorded', evaluatePrograms(cases, model, true)));
    console.log(line('rules only, renamed', evaluatePrograms(cases, null, true, { rename: seed })));
    console.log(line('model only, renamed', evaluatePrograms(cases, model, false, { rename: seed })));
    if (process.env.VERBOSE && cases !== held) for (const c of cases) console.log(`  ${c.program}: expected ${c.expected.join(', ') || '-'}; model (renamed) ${[...new Set(c.profiles.flatMap((p) => findingsOf(renameProfile(p, rng(seed)), model, false).map((f) => `${f.category} ${(f.impact.share * 100).toFixed(1)}% p=${f.confidence}`)))].join(', ')}`);
  }
  if (held.length) {
    const clean = [...held, ...cleanExampleCases(repoRoot)].filter((c) => c.expected.length === 0);
    console.log(`clean programs with model or rule findings, as recorded: ${evaluatePrograms(clean, model, true).cleanWithFindings.join('; ') || 'none'}`);
  }
  if (process.env.FOLDS) {
    const trainSet = splitByProgram(all, seed).train;
    console.log('\nvalidation folds (generated training programs, renamed, findings): | threshold | min site share | recall | precision | clean programs with findings |');
    for (const f of validationFolds(repoRoot, trainSet, seed)) {
      console.log(`| ${f.threshold} | ${f.minSiteShare} | ${pct(f.recall)} | ${pct(f.precision)} | ${f.cleanWithFindings.length} |${process.env.VERBOSE ? ` ${f.cleanWithFindings.join('; ')}` : ''}`);
    }
  }
  console.log(`\nwrote ${out} (${run.bytes.length} bytes, seed ${seed})`);
}

if (require.main === module) main();
