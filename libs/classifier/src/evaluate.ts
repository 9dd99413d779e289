import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallTree, selectSampleType } from '@hotpath/analysis';
import { importProfile, type Profile } from '@hotpath/profile';
import type { Finding } from '@hotpath/report';
import { builtinRules, detect } from '@hotpath/rules';
import { findingsFromProbabilities, mergeFindings, modelStacks, type ModelDetectOptions } from './detect';
import { featureMatrix } from './features';
import { CLASSES, forward, rng, type LinearModel } from './model';
import type { Example } from './dataset';
import { renameProfile } from './rename';

/** Per category over stacks, at a threshold: a stack is predicted its argmax class when that reaches it, else 'none'. */
export interface StackEvaluation {
  scores: { category: string; support: number; predicted: number; precision: number; recall: number }[];
  /** confusion[true][predicted], in CLASSES order. */
  confusion: number[][];
}

export function predictAt(model: LinearModel, examples: readonly Example[], threshold: number): number[] {
  const C = CLASSES.length;
  const none = CLASSES.indexOf('none');
  const p = forward(model, featureMatrix(examples.map((e) => e.stack)));
  return examples.map((_, r) => {
    let best = 0;
    for (let c = 1; c < C; c++) if (p[r * C + c] > p[r * C + best]) best = c;
    return p[r * C + best] >= threshold ? best : none;
  });
}

export function evaluateStacks(model: LinearModel, examples: readonly Example[], threshold: number): StackEvaluation {
  const C = CLASSES.length;
  const pred = predictAt(model, examples, threshold);
  const confusion = CLASSES.map(() => new Array<number>(C).fill(0));
  examples.forEach((e, i) => confusion[e.label][pred[i]]++);
  const scores = CLASSES.map((category, c) => {
    const tp = confusion[c][c];
    const support = confusion[c].reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, row) => a + row[c], 0);
    return { category, support, predicted, precision: predicted ? tp / predicted : NaN, recall: support ? tp / support : NaN };
  }).filter((s) => s.support > 0 || s.predicted > 0);
  return { scores, confusion };
}

/** Micro precision and recall over the positive (not 'none') classes. */
export function positiveMicro(e: StackEvaluation): { precision: number; recall: number; support: number } {
  const none = CLASSES.indexOf('none');
  let tp = 0;
  let predicted = 0;
  let support = 0;
  e.confusion.forEach((row, t) =>
    row.forEach((n, p) => {
      if (p !== none) predicted += n;
      if (t !== none) support += n;
      if (t === p && t !== none) tp += n;
    }),
  );
  return { precision: predicted ? tp / predicted : NaN, recall: support ? tp / support : NaN, support };
}

/** One program to judge by its findings: its profiles and the categories planted in it (empty: clean). */
export interface ProgramCase {
  program: string;
  profiles: Profile[];
  expected: string[];
}

/** Findings of the rules, the model, or both on one profile, the way `hotpath analyze` runs them. */
export function findingsOf(profile: Profile, model: LinearModel | null, rules: boolean, options: ModelDetectOptions = {}): Finding[] {
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  const ruleFindings = rules ? detect(tree, builtinRules()) : [];
  if (!model) return ruleFindings;
  const { hot, inputs } = modelStacks(tree);
  const p = forward(model, featureMatrix(inputs), inputs.length);
  const modelFindings = findingsFromProbabilities(tree, hot, p, model.classes, { ...options, ruleFindings });
  return rules ? mergeFindings(ruleFindings, modelFindings) : modelFindings;
}

export interface FindingEvaluation {
  /** Planted (program, category) pairs found by a finding of that category. */
  found: number;
  planted: number;
  /** Distinct (program, category) pairs reported, and how many of them were planted. */
  reported: number;
  correct: number;
  /** Programs with no planted pattern that got a finding. */
  cleanWithFindings: string[];
  recall: number;
  precision: number;
}

/**
 * Program-level scoring: a planted category counts as found when any
 * finding on the program's profiles has it; a reported category is correct
 * when it was planted. `rename` renames application and library frames first.
 */
export function evaluatePrograms(cases: readonly ProgramCase[], model: LinearModel | null, rules: boolean, options: ModelDetectOptions & { rename?: number } = {}): FindingEvaluation {
  let found = 0;
  let planted = 0;
  let reported = 0;
  let correct = 0;
  const cleanWithFindings: string[] = [];
  for (const c of cases) {
    const got = new Set<string>();
    for (const p of c.profiles) {
      const profile = options.rename !== undefined ? renameProfile(p, rng(options.rename)) : p;
      for (const f of findingsOf(profile, model, rules, options)) got.add(f.category);
    }
    const want = new Set(c.expected);
    planted += want.size;
    for (const w of want) if (got.has(w)) found++;
    reported += got.size;
    for (const g of got) if (want.has(g)) correct++;
    if (want.size === 0 && got.size > 0) cleanWithFindings.push(`${c.program} (${[...got].join(', ')})`);
  }
  return { found, planted, reported, correct, cleanWithFindings, recall: planted ? found / planted : NaN, precision: reported ? correct / reported : NaN };
}

/** One program of a held-out set's manifest.json. */
export interface HoldoutProgram {
  /** `test/holdoutN/<program>`. */
  program: string;
  /** Paths of its recorded profiles that exist. */
  profiles: string[];
  /** Planted categories; empty for a clean program. */
  expected: string[];
}

interface ManifestEntry {
  program: string;
  profiles: string[];
  clean: boolean;
  expected?: { category: string }[];
}

/**
 * The held-out sets (test/holdout, test/holdout2, …, in that order): the
 * folders of test/ named so that have a manifest.json. Hand-written programs,
 * never read for training; test/README.md says which were looked at, and when.
 */
export function holdoutSets(repoRoot: string): string[] {
  const test = join(repoRoot, 'test');
  if (!existsSync(test)) return [];
  return readdirSync(test)
    .filter((d) => /^holdout\d*$/.test(d) && existsSync(join(test, d, 'manifest.json')))
    .sort((a, b) => Number(a.slice(7) || 1) - Number(b.slice(7) || 1))
    .map((d) => `test/${d}`);
}

/** The programs listed in the manifests of the held-out sets `dirs` (default: all of them). */
export function holdoutPrograms(repoRoot: string, dirs: readonly string[] = holdoutSets(repoRoot)): HoldoutProgram[] {
  const out: HoldoutProgram[] = [];
  for (const dir of dirs) {
    const manifest = join(repoRoot, dir, 'manifest.json');
    if (!existsSync(manifest)) continue;
    for (const e of JSON.parse(readFileSync(manifest, 'utf8')) as ManifestEntry[]) {
      out.push({
        program: `${dir}/${e.program}`,
        profiles: e.profiles.map((p) => join(repoRoot, dir, e.program, p)).filter((p) => existsSync(p)),
        expected: e.clean ? [] : [...new Set((e.expected ?? []).map((x) => x.category))],
      });
    }
  }
  return out;
}

/** The programs of the held-out sets `dirs` (default: all of them), their profiles read. */
export function holdoutCases(repoRoot: string, dirs?: readonly string[]): ProgramCase[] {
  return holdoutPrograms(repoRoot, dirs).map((h) => ({ ...h, profiles: h.profiles.map((p) => importProfile(readFileSync(p), { fileName: p })) }));
}

/** The clean example programs (examples/clean-compute, examples/go/clean): the model must add nothing there. */
export function cleanExampleCases(repoRoot: string): ProgramCase[] {
  const out: ProgramCase[] = [];
  for (const dir of ['examples/clean-compute/profiles', 'examples/go/clean/profiles']) {
    const full = join(repoRoot, dir);
    if (!existsSync(full)) continue;
    const profiles = readdirSync(full)
      .sort()
      .map((f) => importProfile(readFileSync(join(full, f)), { fileName: f }));
    out.push({ program: dir.replace(/\/profiles$/, ''), profiles, expected: [] });
  }
  return out;
}
