import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CallTree, hotStacks, selectSampleType } from '@hotpath/analysis';
import { importProfile, type Profile } from '@hotpath/profile';
import { costShows, opensOrClosesConnection, type Example } from './dataset';
import { holdoutSets } from './evaluate';
import { stackInput, type StackInput } from './features';
import { CLASSES } from './model';

/**
 * The hand-written held-out sets the model trains on: `test/holdout` to `test/holdout23`. Each was
 * scored blind once (test/README.md) and studied after; sets after these are kept for evaluation,
 * unseen by training. Written by many hands in many domains, these programs are what the model
 * meets in the wild far more than the generated ones, which come from a few templates.
 */
export const LAST_TRAINING_SET = 23;

/** The number of a held-out set's folder (`test/holdout` is 1, `test/holdout7` is 7). */
export function setNumber(dir: string): number {
  return Number(/holdout(\d*)$/.exec(dir)?.[1] || 1);
}

/** The held-out sets trained on when the last is `last`. */
export function trainingSets(repoRoot: string, last = LAST_TRAINING_SET): string[] {
  return holdoutSets(repoRoot).filter((d) => setNumber(d) <= last);
}

/** A hand-written program's examples (`test/holdoutN/<program>`), as opposed to generated ones or fixtures. */
export const isHandWritten = (program: string) => program.startsWith('test/');

/** A planted pattern as a manifest states it. */
export interface ManifestPattern {
  category: string;
  /** The program's function that holds it: `hashKey`, `main.mergeResubmissions`, `org.acme.Store.copyOf`. */
  function?: string;
  /** `file:line` of the planted call, relative to the program. */
  where?: string;
}

interface ManifestProgram {
  program: string;
  runtime: string;
  profiles: string[];
  clean: boolean;
  expected?: ManifestPattern[];
}

/**
 * Labels the hot stacks of the programs of `sets` by their manifests: a stack through a planted
 * function gets that pattern's category when it is in the code where the pattern costs (costShows,
 * as for the generated programs), the innermost planted function deciding when there are several;
 * every other stack, and every stack of a clean program, is 'none'. A program whose manifest leaves
 * a pattern's function out is skipped: its stacks could not be told apart.
 */
export function loadHandWritten(repoRoot: string, sets: readonly string[]): Example[] {
  const out: Example[] = [];
  for (const set of sets) {
    const manifest = join(repoRoot, set, 'manifest.json');
    if (!existsSync(manifest)) continue;
    for (const p of JSON.parse(readFileSync(manifest, 'utf8')) as ManifestProgram[]) {
      const planted = p.clean ? [] : (p.expected ?? []);
      if (planted.some((e) => !e.function)) continue;
      for (const rel of p.profiles) {
        const file = join(repoRoot, set, p.program, rel);
        if (!existsSync(file)) continue;
        const profile = importProfile(readFileSync(file), { fileName: file });
        out.push(...labelManifest(profile, p.runtime, planted, `${set}/${p.program}`, `${set}/${p.program}/${rel}`));
      }
    }
  }
  return out;
}

/** The hot stacks of one profile, labelled by the patterns its manifest planted (loadHandWritten). */
export function labelManifest(profile: Profile, runtime: string, planted: readonly ManifestPattern[], program: string, source: string): Example[] {
  const patterns = planted.map((e) => ({
    label: CLASSES.indexOf(e.category),
    matches: plantedFunction(e),
    shows: costShows({ runtime, category: e.category }),
    connection: runtime === 'node' && e.category === 'connection-without-keepalive',
  }));
  for (const [i, p] of patterns.entries()) if (p.label < 0) throw new Error(`${source}: unknown category '${planted[i].category}'`);
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  return hotStacks(tree, { limit: 400, minShare: 0.0005 }).map((hot) => {
    const stack = stackInput(tree, hot);
    return { stack, label: labelOf(stack, patterns), program, source };
  });
}

function labelOf(stack: StackInput, patterns: { label: number; matches: (f: StackInput['frames'][number]) => boolean; shows: (s: StackInput) => boolean; connection: boolean }[]): number {
  let best = -1;
  let at = -1;
  for (const [k, p] of patterns.entries()) {
    for (let i = stack.frames.length - 1; i > at; i--) {
      if (p.matches(stack.frames[i])) {
        best = k;
        at = i;
        break;
      }
    }
  }
  if (best >= 0) return patterns[best].shows(stack) ? patterns[best].label : NONE;
  // A connection per request costs in the runtime's socket callbacks, under no frame of the program.
  const connection = patterns.find((p) => p.connection && opensOrClosesConnection(stack));
  return connection ? connection.label : NONE;
}

const NONE = CLASSES.indexOf('none');

/**
 * Whether a frame is a manifest's planted function. Manifests name it as the program's author
 * did (`verifyPin`, `RemittanceWriter.write`, `main.clonePolicy`), profiles as the runtime does
 * (`write` in V8, `main.(*Store).copyOf` in Go, `org.acme.RemittanceWriter.write` in the JVM):
 * both are reduced to dotted words and one must end the other at a word boundary. Where the frame
 * has a file, it must be the file the manifest names, so that a `post` or `format` elsewhere in
 * the program is not taken for it.
 */
export function plantedFunction(e: ManifestPattern): (f: { name: string; file: string }) => boolean {
  const want = dotted(e.function ?? '');
  const file = e.where ? basename(e.where.replace(/:\d+(:\d+)?$/, '')) : '';
  const cls = /^(\w+)\.(java|kt|scala)$/.exec(file)?.[1];
  const inClass = cls ? new RegExp(`(^|\\.)${cls}(\\.|$)`) : null;
  return (f) => {
    if (!want) return false;
    const got = dotted(f.name);
    if (!got) return false;
    const nameMatches = got === want || got.endsWith(`.${want}`) || want.endsWith(`.${got}`);
    if (!nameMatches) return false;
    if (f.file && file) return basename(f.file.replace(/^file:\/\//, '')) === file;
    // No file (the JVM): the class must be the manifest file's, or named with the method.
    if (inClass) return inClass.test(got);
    return want.includes('.') || got === want;
  };
}

/** `main.(*Store).copyOf.func1` → `main.Store.copyOf`; `Outer$Inner.<init>` → `Outer.Inner.<init>`. */
function dotted(name: string): string {
  return name
    .replace(/[()*]/g, '')
    .replace(/\$/g, '.')
    .replace(/(\.func\d+)+(\.\d+)*$/, '')
    .replace(/^\.+|\.+$/g, '');
}
