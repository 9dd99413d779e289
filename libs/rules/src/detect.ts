import type { CallTree } from '@hotpath/analysis';
import type { Finding, StackFrame } from '@hotpath/report';
import { estimateCost, CostOptions } from './cost';
import { canonicalName, frameKind, goPackageOf, moduleOf } from './frame-kind';
import type { Profile } from '@hotpath/profile';
import type { Rule } from './rule';
import type { Runtime } from './schema';
import type { SourceProvider } from './source';
import { valueKind } from './value-kind';

export interface DetectOptions {
  cost?: CostOptions;
  /** Source lines by the profile's file name and 1-based line, for self-time rules; without it they stay silent. */
  source?: SourceProvider;
  /** Call sites reported per rule (the heaviest first). */
  maxSitesPerRule?: number;
  /** Frames of evidence kept per finding (the end nearest the cost is kept). */
  maxEvidenceFrames?: number;
}

/** What the matcher needs to know of one function, computed once per function. */
interface FunctionFacts {
  application: boolean;
  /** Rules whose expensive frames this function is, by descending priority. */
  targets: number[];
  /** Rules that must not fire beneath this function. */
  excludes: number[];
  /** Rules that need this function above their expensive frames. */
  requires: number[];
  /** Rules that may claim this (application) function's self time by its source. */
  selfRules: number[];
  /** Initialisation code: a module's top level, a static initialiser, Go's `init`. */
  init: boolean;
}

interface Site {
  rule: number;
  blame: number; // call tree node of the application frame to blame; 0 when none
  value: number;
  heaviest: number; // the hit node with the most value, for evidence
  distinct: Set<number>; // the functions of the expensive frames claimed here
}

/**
 * Initialisation frames, per runtime: V8's module top level (an anonymous
 * function at line 1), Java's `<clinit>`, .NET's `..cctor`, Go's
 * `pkg.init`/`pkg.init.0`, Python's `<module>`. A cost blamed on one of them
 * is paid once, at start-up.
 */
const INIT = /(^|\.)(<clinit>|\.cctor)$|^<module>$/;
const GO_INIT = /\.init(\.\d+)?$/;

/**
 * Runs every rule over the call tree in one pass. Each node is visited once;
 * per-function facts (which rules it triggers, excludes or enables) are
 * computed once per function, so the cost grows with the tree, not with
 * tree × rules.
 *
 * A rule claims the subtree under the topmost frame that matches it, so the
 * cost of nested matches is counted once, and a subtree claimed by one rule
 * (the higher priority first) is not claimed by another: overlapping rules
 * never count the same time twice. The cost is blamed on the nearest
 * application frame above the claim — the code that made the call — and
 * claims of one rule at one call site (frame and line) merge into one finding.
 */
export function detect(tree: CallTree, rules: readonly Rule[], options: DetectOptions = {}): Finding[] {
  const kind = valueKind(tree.profile.sampleTypes[tree.typeIndex]);
  const runtimes = runtimesOf(tree.profile);
  const active = rules.map((r) => kind !== null && r.valueKinds.has(kind) && (runtimes === null || r.spec.runtimes.some((x) => runtimes.has(x))));
  if (!active.some(Boolean) || tree.total === 0) return [];
  const facts = functionFacts(tree, rules, active, runtimes?.has('node') ?? false);
  const sites = matchSites(tree, rules, facts, options.source);
  return report(tree, rules, sites, options);
}

/**
 * `nodeRuntime`: V8 names its builtins without a file (`parse`, `RegExp`), so
 * in a Node profile a frame with no file is the runtime's.
 */
function functionFacts(tree: CallTree, rules: readonly Rule[], active: boolean[], nodeRuntime: boolean): (FunctionFacts | undefined)[] {
  const { frames } = tree;
  const facts: (FunctionFacts | undefined)[] = new Array(frames.functionKeys);
  const order = rules.map((_, i) => i).filter((i) => active[i]).sort((a, b) => rules[b].priority - rules[a].priority || a - b);
  for (let f = 1; f < frames.size; f++) {
    const key = frames.functionKey(f);
    if (facts[key]) continue;
    const rawName = frames.name(f);
    const file = frames.file(f);
    const name = canonicalName(rawName);
    const module = moduleOf(name, file);
    const kind = !file && nodeRuntime && !/[./]/.test(name) ? 'runtime' : frameKind(name, file);
    const application = kind === 'application';
    // Go's package init is `pkg.init`/`pkg.init.0`; a Java or JavaScript method named init is not start-up code.
    const init = INIT.test(name) || (GO_INIT.test(name) && goPackageOf(name) !== null) || (name === '(anonymous)' && definitionLine(frames, f) === 1);
    const fact: FunctionFacts = { application, targets: [], excludes: [], requires: [], selfRules: [], init };
    for (const r of order) {
      const rule = rules[r];
      if (rule.frames.some((s) => s.matches(name, file, module))) fact.targets.push(r);
      if (application && rule.claimsSelf && (rule.selfFunctions.length === 0 || rule.selfFunctions.some((s) => s.matches(name, file, module)))) {
        fact.selfRules.push(r);
      }
      if (rule.notBeneath.some((s) => s.matches(name, file, module))) fact.excludes.push(r);
      if (rule.beneath.some((s) => s.matches(name, file, module))) fact.requires.push(r);
    }
    facts[key] = fact;
  }
  return facts;
}

/**
 * The runtimes whose code is in a profile, from its format and its frames'
 * files and names; null when nothing tells (collapsed stacks of bare names),
 * and then every rule runs. A rule for another runtime could only match by a
 * coincidence of names.
 */
export function runtimesOf(profile: Profile): Set<Runtime> | null {
  const seen = new Set<Runtime>();
  if (profile.format === 'cpuprofile' || profile.format === 'chrome-trace') seen.add('node');
  if (profile.format === 'jfr') seen.add('java');
  for (const fn of profile.functions) {
    const name = profile.strings[fn.name];
    const file = profile.strings[fn.filename];
    if (/^node:|\.(m?[jt]sx?|cjs)$|^file:\/\//.test(file)) seen.add('node');
    else if (file.endsWith('.py')) seen.add('python');
    else if (file.endsWith('.go') || /^runtime\.\w+$/.test(name)) seen.add('go');
    else if (name.includes('!') || /^(System|Microsoft)\./.test(name)) seen.add('dotnet');
    else if (/^L?(java|javax|jdk|sun)[./]|\.<c?init>$/.test(name)) seen.add('java');
    if (seen.size === 5) break;
  }
  return seen.size ? seen : null;
}

/** Where a frame's function starts: recorded by V8, else the frame's own line (hand-written fixtures). */
function definitionLine(frames: CallTree['frames'], f: number): number {
  const fn = frames.frames[f].functionId;
  return (fn > 0 && frames.profile.functions[fn - 1].startLine) || frames.frames[f].line;
}


/**
 * Nodes are numbered in pre-order, so the pass is a loop over ids: a claim
 * skips its whole subtree, and the ancestors (for blame, `notBeneath`,
 * `beneath`) are looked at only where a rule's frames matched.
 */
function matchSites(tree: CallTree, rules: readonly Rule[], facts: (FunctionFacts | undefined)[], source?: SourceProvider): Map<string, Site> {
  const { frames } = tree;
  const factOf = new Array<FunctionFacts>(frames.size);
  for (let f = 1; f < frames.size; f++) factOf[f] = facts[frames.functionKey(f)]!;
  const end = tree.subtreeEnd();
  const sites = new Map<string, Site>();
  const claim = (r: number, blame: number, n: number, value: number) => {
    const id = `${r}:${blame ? tree.frame[blame] : 0}`;
    let site = sites.get(id);
    if (!site) sites.set(id, (site = { rule: r, blame, value: 0, heaviest: n, distinct: new Set() }));
    site.value += value;
    site.distinct.add(frames.functionKey(tree.frame[n]));
    if (Math.abs(value) > Math.abs(tree.totals[site.heaviest])) site.heaviest = n;
  };
  const ancestorHas = (n: number, r: number, list: 'excludes' | 'requires') => {
    for (let a = tree.parent[n]; a > 0; a = tree.parent[a]) if (factOf[tree.frame[a]][list].includes(r)) return true;
    return false;
  };
  const nearestApplication = (n: number) => {
    for (let a = tree.parent[n]; a > 0; a = tree.parent[a]) if (factOf[tree.frame[a]].application) return a;
    return 0;
  };
  for (let n = 1; n < tree.size; ) {
    const fact = factOf[tree.frame[n]];
    let claimed = false;
    for (const r of fact.targets) {
      const rule = rules[r];
      if (rule.notBeneath.length > 0 && ancestorHas(n, r, 'excludes')) continue;
      if (rule.beneath.length > 0 && !ancestorHas(n, r, 'requires')) continue;
      const blame = nearestApplication(n);
      if (blame === 0 && (rule.spec.match.within ?? 'application') === 'application' && rule.spec.match.unattributed !== 'report') continue;
      if (blame !== 0 && !rule.spec.match.atInit && factOf[tree.frame[blame]].init) continue;
      claim(r, blame, n, tree.totals[n]);
      claimed = true;
      break;
    }
    if (claimed) {
      n = end[n]; // the claim covers the subtree
      continue;
    }
    // Self-time rules: the application frame's own time (on a line whose source shows the pattern, when they say).
    if (fact.selfRules.length && tree.self[n] !== 0 && !fact.init) {
      const f = tree.frame[n];
      let text: string | null | undefined;
      for (const r of fact.selfRules) {
        if (rules[r].notBeneath.length > 0 && ancestorHas(n, r, 'excludes')) continue;
        const pattern = rules[r].selfSource;
        if (pattern) {
          if (text === undefined) text = source ? source.line(frames.file(f), frames.frames[f].line) : null;
          if (text === null || !pattern.test(text)) continue;
        }
        claim(r, n, n, tree.self[n]);
        break;
      }
    }
    n++;
  }
  for (const [id, site] of sites) {
    const min = rules[site.rule].spec.match.minDistinctFrames ?? 0;
    if (site.distinct.size < min) sites.delete(id);
  }
  return sites;
}

function report(tree: CallTree, rules: readonly Rule[], sites: Map<string, Site>, options: DetectOptions): Finding[] {
  const byRule = new Map<number, Site[]>();
  for (const site of sites.values()) byRule.set(site.rule, [...(byRule.get(site.rule) ?? []), site]);
  const type = tree.profile.sampleTypes[tree.typeIndex];
  const findings: Finding[] = [];
  for (const [r, list] of byRule) {
    const rule = rules[r];
    const ruleShare = list.reduce((s, x) => s + x.value, 0) / tree.total;
    if (ruleShare < rule.spec.threshold) continue;
    list.sort((a, b) => b.value - a.value);
    const minSite = rule.spec.threshold / 4;
    for (const site of list.slice(0, options.maxSitesPerRule ?? 10)) {
      const share = site.value / tree.total;
      if (share < minSite) break;
      const unattributed = site.blame === 0;
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.spec.category,
        detector: 'rule',
        confidence: round(unattributed ? rule.confidence * 0.8 : rule.confidence),
        severity: rule.spec.severity,
        title: rule.spec.title,
        impact: { share, value: site.value, unit: type.unit },
        stack: evidence(tree, site.heaviest, options.maxEvidenceFrames ?? 32),
        explanation: rule.spec.explanation.trim(),
        recommendation: rule.spec.recommendation.trim(),
      };
      if (!unattributed) finding.blame = frameOf(tree, site.blame);
      const cost = estimateCost(site.value, type.unit, tree.profile.durationNanos, options.cost);
      if (cost) finding.cost = cost;
      findings.push(finding);
    }
  }
  traceUnattributed(findings, rules);
  const weight = { high: 3, medium: 2, low: 1 };
  return findings.sort((a, b) => b.impact.share * weight[b.severity] - a.impact.share * weight[a.severity] || a.ruleId.localeCompare(b.ruleId));
}

/** Unattributed findings whose rule names related rules get the heaviest call site those found. */
function traceUnattributed(findings: Finding[], rules: readonly Rule[]): void {
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const f of findings) {
    const related = byId.get(f.ruleId)?.spec.match.tracesTo;
    if (f.blame || !related) continue;
    const site = findings
      .filter((g) => g.blame && related.includes(g.ruleId))
      .sort((a, b) => b.impact.value - a.impact.value)[0];
    if (site) f.tracedTo = site.blame;
  }
}

function frameOf(tree: CallTree, node: number): StackFrame {
  const f = tree.frame[node];
  return { function: tree.frames.name(f), file: tree.frames.file(f), line: tree.frames.line(f) };
}

function evidence(tree: CallTree, node: number, max: number): StackFrame[] {
  const path: StackFrame[] = [];
  for (let n = node; n > 0 && path.length < max; n = tree.parent[n]) path.push(frameOf(tree, n));
  return path.reverse();
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
