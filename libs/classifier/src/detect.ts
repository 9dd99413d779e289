import { join } from 'node:path';
import { hotStacks, type CallTree, type HotStack } from '@hotpath/analysis';
import type { Category, Finding, Severity, StackFrame } from '@hotpath/report';
import { ADVICE } from './advice';
import { endsInBlamedOwnTime, runsThroughClaim } from './claims';
import { featureMatrix, nameShape, stackInput, type StackInput } from './features';
import { StackClassifier } from './onnx';
import { stackFrameKind } from './rename';

/**
 * The probability a stack's category needs before it counts, and the summed
 * share below which a site is not reported (a rule's threshold, for the
 * model). Both chosen on programs the model was not trained on — the
 * training programs' validation folds (`FOLDS=1 npm run train:model`) and the
 * held-out sets test/holdout to test/holdout7 — as the setting with the
 * highest recall where no hand-written clean program got a finding
 * (models/README.md has the grid, run again when the stacks became paths of
 * functions). test/holdout8 and the sets after it were scored only after
 * this was fixed.
 */
export const DEFAULT_THRESHOLD = 0.8;
export const MIN_SITE_SHARE = 0.02;
/**
 * Allocation is a property of the whole profile: every program spends a few
 * percent in its allocator and collector. The rules call it a problem from
 * 10 % (Go's allocation-hot) and 20 % (Node's gc-pressure); the model does
 * not report it below the lower of the two.
 */
export const MIN_SHARE_BY_CATEGORY: Partial<Record<Category, number>> = { 'excessive-allocation': 0.1 };
/**
 * Patterns whose cost is mostly a loop in the blamed function's own time, which no frame names: a
 * linear scan runs its comparisons as calls the model sees (Go's `runtime.memequal`, Java's
 * `ArrayList.indexOf`), and walks the collection in its own samples. Such a site's share adds the
 * own time of its blamed function.
 */
const LOOP_CATEGORIES: ReadonlySet<Category> = new Set(['quadratic-collection-scan']);
/**
 * Patterns whose cost is a whole constructor call: a client built per call costs everything its
 * constructor runs (parsing its configuration, compiling its operations, building its tables), and
 * most of that is the program's own code, which looks like any other. What names it a client is a
 * few stacks beneath the constructor (an agent, a URL, a key) that the model knows. A site of
 * these categories blamed on a constructor adds the stacks beneath that constructor that count
 * for no site (less what rules claimed).
 */
const CONSTRUCTOR_CATEGORIES: ReadonlySet<Category> = new Set(['client-construction-in-hot-path']);
/**
 * Hot stacks scored per profile, in one batched run: as many as training
 * labels per profile (dataset.ts). Stacks are paths of functions (stacks that
 * differ only in their lines summed): the features see names and files, and
 * lines only through the leaf's and owner's shares, and on a profile of a few
 * hundred samples a pattern spread over one-sample lines would otherwise fall
 * outside the limit.
 */
export const MAX_STACKS = 400;
/** Stacks below this share are not scored. */
export const MIN_STACK_SHARE = 0.001;
const MAX_EVIDENCE = 32;

export const DEFAULT_MODEL_PATH = join(__dirname, '..', '..', '..', 'models', 'stack-classifier.onnx');

export interface ModelDetectOptions {
  /** Probability needed for a category (default DEFAULT_THRESHOLD). */
  threshold?: number;
  minSiteShare?: number;
  maxStacks?: number;
  /** The ONNX model file (default models/stack-classifier.onnx). */
  modelPath?: string;
  /** Rule findings on the same tree: what they claimed under another category, line by line, is not the model's. */
  ruleFindings?: readonly Finding[];
}

/** The stacks the model scores: the heaviest paths of functions of the line-level call tree, each ending at its heaviest line. */
export function modelStacks(tree: CallTree, maxStacks = MAX_STACKS): { hot: HotStack[]; inputs: StackInput[] } {
  const hot = hotStacks(tree, { limit: maxStacks, minShare: MIN_STACK_SHARE, byFunction: true });
  return { hot, inputs: hot.map((h) => stackInput(tree, h)) };
}

/**
 * Findings from the model's probabilities (row-major [stacks × classes]): a
 * stack counts for its most likely category when that is not 'none' and its
 * probability reaches the threshold; stacks of one category blamed on one
 * function (the nearest application frame, the leaf itself when it is one)
 * make one finding, blamed on the line of its heaviest stack, reported when
 * their summed share reaches the minimum.
 */
export function findingsFromProbabilities(
  tree: CallTree,
  hot: readonly HotStack[],
  probabilities: Float32Array,
  classes: readonly string[],
  options: ModelDetectOptions = {},
): Finding[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`model threshold must be in (0, 1], got ${threshold}`);
  const minShare = options.minSiteShare ?? MIN_SITE_SHARE;
  const C = classes.length;
  const claimed = claimedValues(tree, hot, options.ruleFindings ?? []);
  const unit = tree.profile.sampleTypes[tree.typeIndex]?.unit ?? '';
  const sites = new Map<string, { category: Category; blame: number; value: number; weighted: number; heaviest: HotStack; heaviestValue: number }>();
  // What the stacks that end in an application function's own time, and count for no site, hold
  // (less what rules claimed): by function.
  const ownTime = new Map<number, number>();
  const addOwnTime = (h: HotStack, r: number) => {
    const leaf = h.frames[h.frames.length - 1];
    if (leaf === undefined || stackFrameKind(tree.frames.name(leaf), tree.frames.file(leaf)) !== 'application') return;
    let value = h.value;
    for (const [, v] of claimed.get(r) ?? []) value -= v;
    const key = tree.frames.functionKey(leaf);
    ownTime.set(key, (ownTime.get(key) ?? 0) + value);
  };
  const inSite = new Uint8Array(hot.length);
  hot.forEach((h, r) => {
    let best = 0;
    for (let c = 1; c < C; c++) if (probabilities[r * C + c] > probabilities[r * C + best]) best = c;
    const category = classes[best];
    const p = probabilities[r * C + best];
    if (category === 'none' || p < threshold || !(category in ADVICE)) return addOwnTime(h, r);
    inSite[r] = 1;
    // What rules claimed under another category is theirs: the model keeps the rest of the stack's lines.
    let value = h.value;
    for (const [claimedAs, v] of claimed.get(r) ?? []) if (claimedAs !== category) value -= v;
    if (Math.abs(value) <= 1e-12 * Math.abs(h.value)) return;
    const blame = blameFrame(tree, h);
    // One site per blamed function: a flat profile spreads one pattern over many lines.
    const key = `${category}\u0000${blame < 0 ? -1 : tree.frames.functionKey(blame)}`;
    let site = sites.get(key);
    if (!site) sites.set(key, (site = { category: category as Category, blame, value: 0, weighted: 0, heaviest: h, heaviestValue: value }));
    site.value += value;
    site.weighted += value * p;
    if (Math.abs(value) > Math.abs(site.heaviestValue)) {
      site.heaviest = h;
      site.heaviestValue = value;
      site.blame = blame;
    }
  });
  const total = tree.total;
  const findings: Finding[] = [];
  // The stacks that count for no site, less what rules claimed: what a constructor site adds from them.
  const beneath = (fn: number) => {
    let sum = 0;
    hot.forEach((h, r) => {
      if (inSite[r] || !h.frames.some((f) => tree.frames.functionKey(f) === fn)) return;
      let value = h.value;
      for (const [, v] of claimed.get(r) ?? []) value -= v;
      sum += value;
    });
    return Math.max(0, sum);
  };
  for (const site of sites.values()) {
    const loop = LOOP_CATEGORIES.has(site.category) && site.blame >= 0 ? Math.max(0, ownTime.get(tree.frames.functionKey(site.blame)) ?? 0) : 0;
    const ctor = CONSTRUCTOR_CATEGORIES.has(site.category) && site.blame >= 0 && nameShape(tree.frames.name(site.blame)) === 'ctor' ? beneath(tree.frames.functionKey(site.blame)) : 0;
    const value = site.value + loop + ctor;
    const share = total ? value / total : 0;
    if (share < Math.max(minShare, MIN_SHARE_BY_CATEGORY[site.category] ?? 0)) continue;
    const advice = ADVICE[site.category];
    const finding: Finding = {
      ruleId: `model.${site.category}`,
      category: site.category,
      detector: 'model',
      confidence: Math.round((site.weighted / site.value) * 1000) / 1000,
      severity: severityOf(share),
      title: advice.title,
      impact: { share, value, unit },
      stack: site.heaviest.frames.slice(-MAX_EVIDENCE).map((f) => frameOf(tree, f)),
      explanation: `The stack classifier (models/stack-classifier.onnx) recognises the shape of ${site.category} in these stacks; no rule names their frames.`,
      recommendation: advice.recommendation,
    };
    if (site.blame >= 0) finding.blame = frameOf(tree, site.blame);
    findings.push(finding);
  }
  return findings.sort((a, b) => b.impact.share - a.impact.share || a.ruleId.localeCompare(b.ruleId));
}

/** Severity from the share of the profile, as the rules' thresholds grade it. */
function severityOf(share: number): Severity {
  return share >= 0.1 ? 'high' : share >= 0.03 ? 'medium' : 'low';
}

/** The frame id of the nearest application frame (the leaf itself when it is one), or -1. */
function blameFrame(tree: CallTree, h: HotStack): number {
  for (let i = h.frames.length - 1; i >= 0; i--) {
    const f = h.frames[i];
    if (stackFrameKind(tree.frames.name(f), tree.frames.file(f)) === 'application') return f;
  }
  return -1;
}

function frameOf(tree: CallTree, f: number): StackFrame {
  return { function: tree.frames.name(f), file: tree.frames.file(f), line: tree.frames.line(f) };
}

/**
 * How much of each hot stack rule findings claimed, by category. A line-level
 * stack is claimed by the first finding whose claimed frame (the last frame of
 * its evidence) it runs through, below the finding's blamed frame when it has
 * one, matching function, file and line; a stack that ends in the own time of
 * a finding's blamed function, at any line, is that finding's too (V8 compiles
 * a regular expression, and a client's constructor builds its tables, in the
 * blamed function's own samples). A stack of summed lines (hotStacks'
 * byFunction) is claimed line by line, through its members.
 */
function claimedValues(tree: CallTree, hot: readonly HotStack[], rules: readonly Finding[]): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  if (rules.length === 0) return out;
  const same = (f: number, s: StackFrame) => tree.frames.name(f) === s.function && tree.frames.file(f) === s.file && tree.frames.line(f) === s.line;
  const sameFunction = (f: number, s: StackFrame) => tree.frames.name(f) === s.function && tree.frames.file(f) === s.file;
  const claimOf = (frames: number[]) =>
    (rules.find((finding) => runsThroughClaim(frames, finding, same)) ?? rules.find((finding) => endsInBlamedOwnTime(frames, finding, sameFunction)))?.category;
  hot.forEach((h, r) => {
    for (const node of h.members ?? [h.node]) {
      const category = claimOf(node === h.node ? h.frames : tree.path(node));
      if (category === undefined) continue;
      let byCategory = out.get(r);
      if (!byCategory) out.set(r, (byCategory = new Map()));
      byCategory.set(category, (byCategory.get(category) ?? 0) + tree.self[node]);
    }
  });
  return out;
}

/**
 * The model's findings on a call tree: the hot stacks' features, one batched
 * ONNX run (the session is created once per process and model file), then
 * findingsFromProbabilities.
 */
export async function classifyTree(tree: CallTree, options: ModelDetectOptions = {}): Promise<Finding[]> {
  if (tree.total === 0) return [];
  const { hot, inputs } = modelStacks(tree, options.maxStacks);
  if (hot.length === 0) return [];
  const classifier = await StackClassifier.load(options.modelPath ?? DEFAULT_MODEL_PATH);
  const probabilities = await classifier.run(featureMatrix(inputs), inputs.length);
  return findingsFromProbabilities(tree, hot, probabilities, classifier.classes, options);
}

/**
 * Rule and model findings as one list. A model finding blamed on the function
 * and category of a rule finding is folded into it: the rule finding stays,
 * and says the model corroborated it.
 */
export function mergeFindings(rules: readonly Finding[], model: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${f.category}\u0000${f.blame ? `${f.blame.function}\u0000${f.blame.file}` : ''}`;
  const byKey = new Map<string, Finding>();
  const out = rules.map((f) => ({ ...f }));
  for (const f of out) if (!byKey.has(key(f))) byKey.set(key(f), f);
  for (const m of model) {
    const rule = byKey.get(key(m));
    if (rule) {
      if (!rule.explanation.includes('The stack classifier agrees')) {
        rule.explanation = `${rule.explanation}\n\nThe stack classifier agrees (confidence ${m.confidence}).`;
      }
      continue;
    }
    out.push(m);
  }
  return out;
}
