import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CallTree, hotStacks, selectSampleType } from '@hotpath/analysis';
import { importProfile, type Profile } from '@hotpath/profile';
import type { Finding } from '@hotpath/report';
import { builtinRules, detect, fixtureSource, parseFixture, type SourceProvider } from '@hotpath/rules';
import { SourceResolver } from '@hotpath/source';
import { stackInput, type StackInput } from './features';
import { CLASSES, rng } from './model';
import { stackFrameKind } from './rename';

/** One labelled hot stack, and the program it was recorded from (the unit of the train/test split). */
export interface Example {
  stack: StackInput;
  label: number;
  program: string;
  /** Where it came from, for reports: the fixture or profile file. */
  source: string;
}

const NONE = CLASSES.indexOf('none');

/**
 * Labels the hot stacks of one profile by the rule findings on it: a stack
 * gets a finding's category when it runs through the finding's claimed frame
 * (the last frame of its evidence) beneath the blamed application frame, when
 * there is one; every other stack is 'none'.
 */
export function labelProfile(profile: Profile, source: SourceProvider | undefined, program: string, file: string): Example[] {
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  const findings = detect(tree, builtinRules(), { source });
  const stacks = hotStacks(tree, { limit: 400, minShare: 0.0005 });
  return stacks.map((hot) => {
    const stack = stackInput(tree, hot);
    const f = findings.find((finding) => runsThrough(stack, finding));
    return { stack, label: f ? CLASSES.indexOf(f.category) : NONE, program, source: file };
  });
}

function runsThrough(stack: StackInput, finding: Finding): boolean {
  const claimed = finding.stack[finding.stack.length - 1];
  if (!claimed) return false;
  const same = (f: { name: string; file: string }, s: { function: string; file: string }) => f.name === s.function && f.file === s.file;
  const at = stack.frames.findIndex((f) => same(f, claimed));
  if (at < 0) return false;
  if (!finding.blame) return true;
  const blame = finding.blame;
  return stack.frames.slice(0, at + 1).some((f) => same(f, blame));
}

/**
 * The labelled data: the rule fixtures (rules/<runtime>/<rule>/{positive,negative}*.yaml,
 * each rule directory one program) and the recorded example profiles
 * (examples/<program>/profiles/*, one program per directory). test/holdout*
 * is never read: it is reserved for evaluation.
 */
export function loadExamples(repoRoot: string): Example[] {
  const out: Example[] = [];
  const rulesDir = join(repoRoot, 'rules');
  for (const runtime of readdirSync(rulesDir).sort()) {
    const rd = join(rulesDir, runtime);
    if (!isDir(rd)) continue;
    for (const rule of readdirSync(rd).sort()) {
      const dir = join(rd, rule);
      if (!isDir(dir)) continue;
      for (const f of readdirSync(dir).sort()) {
        if (!/^(positive|negative).*\.ya?ml$/.test(f)) continue;
        const text = readFileSync(join(dir, f), 'utf8');
        const file = relative(repoRoot, join(dir, f));
        out.push(...labelProfile(parseFixture(text, file), fixtureSource(text), `rules/${runtime}/${rule}`, file));
      }
    }
  }
  for (const dir of exampleDirs(join(repoRoot, 'examples'))) {
    const profiles = join(dir, 'profiles');
    for (const f of readdirSync(profiles).sort()) {
      const profile = importProfile(readFileSync(join(profiles, f)), { fileName: f });
      const program = relative(repoRoot, dir);
      out.push(...labelProfile(profile, new SourceResolver(dir), program, `${program}/profiles/${f}`));
    }
  }
  return out;
}

/** What the generator planted in one recorded program (libs/classifier/data/<runtime>/<program>/label.json). */
export interface PlantedLabel {
  runtime: string;
  /** A category of DESIGN.md, or 'none' for a clean program. */
  category: string;
  wrapper: string;
  /** Functions that hold the planted pattern: their stacks carry the category. */
  planted: string[];
}

const MAX_PLANTED = 64;

/**
 * Labels the hot stacks of a generated program by what its generator
 * planted: a stack through one of the planted functions (an application or
 * library frame whose name has it as a part: Go's `main.(*T).F.func1`, Java's
 * `pkg.Class.f` and nested classes, or a runtime frame named exactly, such as
 * `(garbage collector)` in an allocation program) gets the program's
 * category, every other stack 'none'.
 */
export function labelPlanted(profile: Profile, label: PlantedLabel, program: string, file: string): Example[] {
  const category = CLASSES.indexOf(label.category);
  if (category < 0) throw new Error(`${file}: unknown category '${label.category}'`);
  if (!Array.isArray(label.planted) || label.planted.length > MAX_PLANTED) throw new Error(`${file}: 'planted' must be a list of at most ${MAX_PLANTED} names`);
  const planted = new Set(label.planted);
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  const isPlanted = (name: string, file: string) => {
    if (stackFrameKind(name, file) === 'runtime') return planted.has(name);
    // `main.(*T).Planted.func1`, `com.acme.Worker.planted`, `Worker$PlantedException.<init>`, `planted`.
    return name.split(/[.$/()*:\s]+/).some((t) => planted.has(t));
  };
  return hotStacks(tree, { limit: 400, minShare: 0.0005 }).map((hot) => {
    const stack = stackInput(tree, hot);
    const hit = category !== NONE && stack.frames.some((f) => isPlanted(f.name, f.file));
    return { stack, label: hit ? category : NONE, program, source: file };
  });
}

/** The recorded generated programs under `dataDir` (libs/classifier/data): one program per directory. */
export function loadGenerated(repoRoot: string, dataDir = join(repoRoot, 'libs', 'classifier', 'data')): Example[] {
  const out: Example[] = [];
  if (!existsSync(dataDir)) return out;
  for (const runtime of readdirSync(dataDir).sort()) {
    const rd = join(dataDir, runtime);
    if (!isDir(rd)) continue;
    for (const name of readdirSync(rd).sort()) {
      const dir = join(rd, name);
      const labelFile = join(dir, 'label.json');
      if (!existsSync(labelFile)) continue;
      const label = JSON.parse(readFileSync(labelFile, 'utf8')) as PlantedLabel;
      for (const f of readdirSync(dir).sort()) {
        if (f === 'label.json') continue;
        const file = relative(repoRoot, join(dir, f));
        out.push(...labelPlanted(importProfile(readFileSync(join(dir, f)), { fileName: f }), label, `generated/${runtime}/${name}`, file));
      }
    }
  }
  return out;
}

function exampleDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'profiles')) && isDir(join(dir, 'profiles'))) out.push(dir);
    for (const e of readdirSync(dir).sort()) {
      const p = join(dir, e);
      if (e !== 'profiles' && e !== 'node_modules' && isDir(p)) walk(p);
    }
  };
  walk(root);
  return out;
}

function isDir(p: string): boolean {
  try {
    return readdirSync(p) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Splits by program, never one program on both sides: a program goes to the
 * test side when the seeded hash of its name falls in the test fraction.
 */
export function splitByProgram(examples: readonly Example[], seed: number, testFraction = 0.25): { train: Example[]; test: Example[] } {
  const programs = [...new Set(examples.map((e) => e.program))].sort();
  const r = rng(seed);
  const order = programs.map((p) => ({ p, k: r() }));
  const test = new Set(order.filter((o) => o.k < testFraction).map((o) => o.p));
  return { train: examples.filter((e) => !test.has(e.program)), test: examples.filter((e) => test.has(e.program)) };
}

/** Counts per class, in CLASSES order. */
export function classCounts(examples: readonly Example[]): number[] {
  const counts = new Array<number>(CLASSES.length).fill(0);
  for (const e of examples) counts[e.label]++;
  return counts;
}

/** A short name for logs. */
export const programName = (p: string) => basename(p);
