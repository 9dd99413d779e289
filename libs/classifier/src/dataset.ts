import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CallTree, hotStacks, selectSampleType } from '@hotpath/analysis';
import { importProfile, type Profile } from '@hotpath/profile';
import type { Finding } from '@hotpath/report';
import { builtinRules, detect, fixtureSource, frameKind, parseFixture, SourceTree, type SourceProvider } from '@hotpath/rules';
import { stackInput, type StackInput } from './features';
import { CLASSES, rng } from './model';

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
      out.push(...labelProfile(profile, new SourceTree(dir), program, `${program}/profiles/${f}`));
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

const SYLLABLES = 'ka lo mi ve ra tor zen pul dax qui bo net fer gal hum ix or sa tel un wy'.split(' ');
const VENDORS = ['com.acme', 'org.example', 'io.initech', 'net.globex', 'com.umbrella', 'dev.hooli'];
const ROOTS = ['/srv/app', '/opt/service', '/home/ci/build', '/app', '/workspace/api', 'C:/inetpub/site'];
const GO_HOSTS = ['github.com/acme/svc', 'gitlab.com/initech/core', 'example.org/globex/api', 'go.hooli.dev/backend'];

/**
 * A copy of a stack with the application's own names replaced, so the model
 * learns structure rather than names: application functions get random
 * identifiers (keeping their shape: `Class.method`, `pkg.Func`, `a$b`), Java
 * and .NET vendor prefixes (`com.example.` …) and Go module hosts are swapped,
 * and install roots (`/srv/app` → `/opt/service`) change, node_modules and
 * site-packages paths included. Library and runtime names stay: they are the signal.
 */
export function augment(stack: StackInput, random: () => number): StackInput {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const ident = (capital: boolean) => {
    let s = '';
    const n = 2 + Math.floor(random() * 2);
    for (let i = 0; i < n; i++) {
      const syl = pick(SYLLABLES);
      s += i === 0 && !capital ? syl : syl[0].toUpperCase() + syl.slice(1);
    }
    return s;
  };
  const renames = new Map<string, string>();
  const rename = (word: string) => {
    if (!renames.has(word)) renames.set(word, ident(/^[A-Z]/.test(word)));
    return renames.get(word)!;
  };
  const root = pick(ROOTS);
  const vendor = pick(VENDORS);
  const goHost = pick(GO_HOSTS);
  const reroot = (file: string) => file.replace(/^(file:\/\/)?\/(srv|opt|home|app|workspace)(\/(?!node_modules\b|site-packages\b|dist-packages\b)[^/]+)?(?=\/)/, (_m, scheme: string | undefined) => `${scheme ?? ''}${root}`);
  return {
    share: stack.share,
    frames: stack.frames.map((f) => {
      const file = reroot(f.file);
      if (frameKind(f.name, f.file) !== 'application' || /^\(.*\)$/.test(f.name) || f.name === '' || f.name === 'main.main') {
        return { ...f, file };
      }
      let name = f.name;
      let prefix = 0;
      const v = /^(com|org|net|io)\.[a-z0-9_]+\./.exec(name);
      if (v) {
        name = `${vendor}.${name.slice(v[0].length)}`;
        prefix = vendor.length + 1;
      }
      const g = /^[a-z0-9.-]+\.[a-z]+\/[\w.-]+\/[\w.-]+/.exec(name);
      if (g) {
        name = goHost + name.slice(g[0].length);
        prefix = goHost.length;
      }
      // Rename the identifiers of the application's own code (not `main`, `<init>`, `func1`, `anonymous`).
      name = name.slice(0, prefix) + name.slice(prefix).replace(/[A-Za-z_$][\w$]*/g, (w) => (KEEP.test(w) ? w : rename(w)));
      const appFile = file.replace(/([\\/])([\w.-]+)(\.\w+)$/, (_m, sep: string, base: string, ext: string) =>
        /node_modules|site-packages/.test(file) ? `${sep}${base}${ext}` : `${sep}${rename(base)}${ext}`,
      );
      return { ...f, name, file: appFile };
    }),
  };
}

const KEEP = /^(main|init|anonymous|func\d*|lambda|module|clinit|ctor|cctor|com|org|net|io|dev|acme|example|initech|globex|umbrella|hooli|async|get|set|new|run|call|apply)$/;

/** Counts per class, in CLASSES order. */
export function classCounts(examples: readonly Example[]): number[] {
  const counts = new Array<number>(CLASSES.length).fill(0);
  for (const e of examples) counts[e.label]++;
  return counts;
}

/** A short name for logs. */
export const programName = (p: string) => basename(p);
