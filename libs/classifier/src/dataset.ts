import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CallTree, hotStacks, selectSampleType } from '@hotpath/analysis';
import { importProfile, type Profile } from '@hotpath/profile';
import type { StackFrame } from '@hotpath/report';
import { builtinRules, detect, fixtureSource, parseFixture, type SourceProvider } from '@hotpath/rules';
import { SourceResolver } from '@hotpath/source';
import { endsInBlamedOwnTime, runsThroughClaim } from './claims';
import { fnv1a, stackInput, type StackInput } from './features';
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
 * there is one, or ends in the blamed function's own time, as inference
 * claims them (detect.ts); every other stack is 'none'.
 */
export function labelProfile(profile: Profile, source: SourceProvider | undefined, program: string, file: string): Example[] {
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  const findings = detect(tree, builtinRules(), { source });
  const stacks = hotStacks(tree, { limit: 400, minShare: 0.0005 });
  return stacks.map((hot) => {
    const stack = stackInput(tree, hot);
    const f =
      findings.find((finding) => runsThroughClaim(stack.frames, finding, sameFunction)) ??
      findings.find((finding) => endsInBlamedOwnTime(stack.frames, finding, sameFunction));
    return { stack, label: f ? CLASSES.indexOf(f.category) : NONE, program, source: file };
  });
}

const sameFunction = (f: { name: string; file: string }, s: StackFrame) => f.name === s.function && f.file === s.file;

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
 * Whether a frame is one of a generated program's planted functions: an
 * application or library frame whose name has one as a part (`main.(*T).Planted.func1`,
 * `com.acme.Worker.planted`, `Worker$PlantedException.<init>`, `planted`), or a
 * runtime frame named exactly (`(garbage collector)`).
 */
export function plantedMatcher(names: readonly string[]): (name: string, file: string) => boolean {
  const planted = new Set(names);
  return (name, file) => (stackFrameKind(name, file) === 'runtime' ? planted.has(name) : name.split(/[.$/()*:\s]+/).some((t) => planted.has(t)));
}

/**
 * Labels the hot stacks of a generated program by what its generator
 * planted: a stack through one of the planted functions (plantedMatcher) gets the program's
 * category when it is in the code where the pattern costs (costShows), and so
 * does a connection-per-request program's socket callback stack; every other
 * stack is 'none'.
 */
export function labelPlanted(profile: Profile, label: PlantedLabel, program: string, file: string): Example[] {
  const category = CLASSES.indexOf(label.category);
  if (category < 0) throw new Error(`${file}: unknown category '${label.category}'`);
  if (!Array.isArray(label.planted) || label.planted.length > MAX_PLANTED) throw new Error(`${file}: 'planted' must be a list of at most ${MAX_PLANTED} names`);
  const isPlanted = plantedMatcher(label.planted);
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  const shows = costShows(label);
  const connections = label.category === 'connection-without-keepalive';
  return hotStacks(tree, { limit: 400, minShare: 0.0005 }).map((hot) => {
    const stack = stackInput(tree, hot);
    const through = stack.frames.some((f) => isPlanted(f.name, f.file));
    const hit = category !== NONE && ((through && shows(stack)) || (connections && opensOrClosesConnection(stack)));
    return { stack, label: hit ? category : NONE, program, source: file };
  });
}

/**
 * Where a planted pattern's cost shows, for the patterns whose planted function
 * also does ordinary work: a stack through it counts for the pattern only
 * when it is in that code. Its other stacks (the map update under a lock,
 * matching with a regular expression compiled per call) look like any
 * program's that has no such pattern, and labelled as the pattern they teach
 * the model to flag clean programs.
 */
function costShows(label: PlantedLabel): (stack: StackInput) => boolean {
  if (label.category === 'regex-compilation-in-hot-path') {
    // The JVM and Go show their compiler; V8 compiles in the caller's own time, beside no frame.
    return label.runtime === 'node' ? (stack) => !onlyMatching(stack) : compiling;
  }
  const byRuntime = COST_FRAMES[label.category];
  const frames = byRuntime?.[label.runtime] ?? byRuntime?.['*'];
  return frames ? (stack) => stack.frames.some((f) => frames.test(f.name)) : () => true;
}

/** The frames where a planted pattern's cost shows, by category and runtime (`*`: any), for costShows; each says which false finding it answers. */
const COST_FRAMES: Partial<Record<string, Record<string, RegExp>>> = {
  'lock-contention': {
    // In every runtime a lock program's cost is in the lock, not in the map update inside the critical section.
    '*': /^sync\.\(\*(Mutex|RWMutex)\)\.|^runtime\.(semacquire|semrelease|sync_runtime_|lock2|unlock2|lockWithRank|futex|procyield|osyield|notesleep|notewakeup)|^java\.util\.concurrent\.locks\.|^ObjectMonitor::|^ObjectSynchronizer::/,
  },
  'exception-as-control-flow': {
    // A Java method that throws as it parses (`Integer.parseInt`) spends most of its time parsing: the
    // cost of the exception is in building it. V8 builds an error in the thrower's own time.
    java: /Exception|Throwable|Error\b|StackTrace/,
    // A Go error costs where the runtime walks the stack: a panic unwinding to its recover, an error type
    // capturing (and symbolising) its callers. The message it formats first is any program's work.
    go: /^runtime\.(Callers|callers|CallersFrames|\(\*Frames\)\.Next|gentraceback|gopanic|gorecover|recovery|addOneOpenDeferFrame|runOpenDeferFrame|deferreturn|printpanics|fatalpanic|\(\*_panic\)\.\w+)$/,
  },
  'sync-crypto-on-request-path': {
    // Go signs and stretches keys through its crypto packages; the plain digest a signer takes first
    // (`sha256.Sum256`) is what any program does to a record, and labelled as the pattern it teaches
    // the model to flag a program that only hashes its data.
    go: /^(crypto\/(hmac|ecdsa|rsa|ed25519|elliptic|internal\/(nistec|edwards25519|bigmod))|golang\.org\/x\/crypto\/)[./]/,
    // So does the JVM: a key stretched or a MAC chained per call runs through javax.crypto; a plain
    // MessageDigest, even one run in a loop, is what a clean program does to each record too.
    java: /^(javax\.crypto\.|com\.sun\.crypto\.provider\.)/,
  },
  'sync-io-on-request-path': {
    // Node blocks in its `*Sync` calls; what the planted function does around them (building the
    // Buffer it writes or compresses) is what any program does with its data, and labelled as the
    // pattern it teaches the model to call a `Buffer.from` sync I/O.
    node: /Sync$/,
  },
  'connection-without-keepalive': {
    // A Node request without keep-alive costs where the socket is made (an agent per call, a socket per
    // request); building the request and its headers is what every HTTP client does, kept alive or not.
    node: /^(Agent|createSocket|createConnection|Socket|Socket\.connect|lookupAndConnect|lookupAndConnectMultiple|internalConnect|internalConnectMultiple|TLSSocket)$/,
  },
  'excessive-allocation': {
    // Java and V8 allocate inline in compiled code, with no frame of their own; Go calls its allocator.
    go: /^runtime\.(mallocgc|newobject|newarray|makeslice|makeslicecopy|growslice|makemap|makemap_small|rawstring|rawbyteslice|rawruneslice|concatstring|slicebytetostring|stringtoslicebyte|convT|gcAssistAlloc|gcBgMarkWorker|gcDrain|scanobject|greyobject|markroot|bgsweep|sweepone|memclrNoHeapPointers|nextFreeFast|\(\*(mheap|mcache|mcentral|pageAlloc|mspan|gcWork)\)\.)/,
  },
  'quadratic-collection-scan': {
    // A Go scan by key costs in its comparisons (`runtime.memequal` for equal-length strings); the key it
    // builds first, or the match it appends after, is what a program that looks the key up in a map does too.
    go: /^(runtime\.(memequal|cmpstring)|(internal\/bytealg\.)?(memeqbody|cmpbody)|strings\.(EqualFold|Compare)|bytes\.(Equal|EqualFold|Compare))$/,
  },
};

// A connection per request costs most after the caller returned: in the runtime's callbacks that
// connect, accept and close sockets, under no frame of the program.
const CONNECTION_CALLBACK = /^(internalConnect|internalConnectMultiple|afterConnect|afterConnectMultiple|onconnection|closeSocketHandle|Socket\._destroy)$/;

/** The stack is the runtime opening, accepting or closing a socket. */
export function opensOrClosesConnection(stack: StackInput): boolean {
  return stack.frames.some((f) => CONNECTION_CALLBACK.test(f.name) && stackFrameKind(f.name, f.file) === 'runtime');
}

// Running a regular expression is not compiling it: a program that compiles one per call also
// matches with it, and its matching stacks look like any program's that compiled once.
const REGEX_MATCHING = /^regexp\.\(\*(Regexp|machine|bitState|inputString|inputBytes|inputReader|onePassInst|queueOnePass)\)\.|^regexp\.lazyFlag\.|^regexp\/syntax\.(\(\*Inst\)\.Match|IsWordChar$|EmptyOpContext$)|^regexp\.(newLazyFlag|onePassNext)$|^java\.util\.regex\.(Matcher\.|Pattern\$[\w$]+\.(match|study)|Pattern\.(split|splitAsStream|matcher)$)|^RegExp: /;
const REGEX_COMPILING = /^regexp\.(MustCompile|Compile|compile|compileOnePass|onePassCopy|makeOnePass|mergeRuneSets|cleanupOnePass)$|^regexp\/syntax\.(Parse|Compile|\(\*parser\)|\(\*compiler\)|\(\*Regexp\)\.(Simplify|CapNames|MaxCap)|simplify|literalRegexp|parse|cleanClass|appendClass|appendRange)|^java\.util\.regex\.Pattern\.(<init>|compile)$/;

/** The stack runs a regular expression's compiler. */
export function compiling(stack: StackInput): boolean {
  return stack.frames.some((f) => REGEX_COMPILING.test(f.name));
}

/** The stack is in a regular expression's matcher and not in its compiler. */
export function onlyMatching(stack: StackInput): boolean {
  let matching = false;
  for (const f of stack.frames) {
    if (REGEX_MATCHING.test(f.name)) matching = true;
    else if (REGEX_COMPILING.test(f.name)) return false;
  }
  return matching;
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
 * test side when the seeded hash of its name falls in the test fraction. Each
 * program's side depends on its name and the seed only, so adding programs
 * leaves the others where they were.
 */
export function splitByProgram(examples: readonly Example[], seed: number, testFraction = 0.25): { train: Example[]; test: Example[] } {
  const programs = [...new Set(examples.map((e) => e.program))];
  const test = new Set(programs.filter((p) => programDraw(p, seed) < testFraction));
  return { train: examples.filter((e) => !test.has(e.program)), test: examples.filter((e) => test.has(e.program)) };
}

/** A program's draw in [0, 1) from its name and a seed alone: where it falls stays put when programs are added. */
export function programDraw(program: string, seed: number): number {
  return rng(fnv1a(program) ^ seed)();
}

/** Counts per class, in CLASSES order. */
export function classCounts(examples: readonly Example[]): number[] {
  const counts = new Array<number>(CLASSES.length).fill(0);
  for (const e of examples) counts[e.label]++;
  return counts;
}

/** A short name for logs. */
export const programName = (p: string) => basename(p);
