import { createHash } from 'node:crypto';
import type { Finding, Report, Severity, StackFrame } from '../report';
import { formatValue, percent } from './format';
import type { RenderOptions } from './options';
import { parseUnifiedDiff } from './unified-diff';
import { SourceLinks, SourcePlace } from './source-links';

export interface SarifOptions extends RenderOptions {
  /** The tool's version, for `tool.driver.version`. */
  toolVersion?: string;
}

/** The SARIF 2.1.0 schema's id, as GitHub's documentation and the OASIS text give it. */
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };
const SRCROOT = '%SRCROOT%';

/**
 * The report as a SARIF 2.1.0 log for GitHub code scanning: one rule per
 * rule id (with its help text), one result per finding with a physical
 * location in the repository, stacks, and `fixes` from the patches.
 *
 * Code scanning rejects the whole upload when a result has no location or
 * one outside the repository ("locationFromSarifResult: expected at least
 * one location", github/codeql-action#2459), so a finding that does not
 * resolve to a repository file (no `--source`, or only runtime frames) is
 * not a result: it is listed in the run's properties (`hotpath/unplaced`),
 * and its rule is still described.
 */
export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(report, options), null, 2) + '\n';
}

export function buildSarif(report: Report, options: SarifOptions = {}): SarifLog {
  const links = new SourceLinks(options.source);
  const ruleIndex = new Map<string, number>();
  const rules: SarifRule[] = [];
  for (const f of report.findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    rules.push(rule(f));
  }
  const results: SarifResult[] = [];
  const unplaced: { ruleId: string; title: string; function: string }[] = [];
  for (const f of report.findings) {
    const place = links.place(f);
    if (place) results.push(result(f, place, ruleIndex.get(f.ruleId)!, report, links));
    else unplaced.push({ ruleId: f.ruleId, title: f.title, function: (f.blame ?? f.stack.at(-1))?.function ?? '' });
  }
  const driver: SarifRun['tool']['driver'] = { name: 'hotpath', rules };
  if (options.toolVersion) driver.semanticVersion = options.toolVersion;
  const run: SarifRun = {
    tool: { driver },
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: { [SRCROOT]: { description: { text: 'The top of the repository.' } } },
    results,
    properties: {
      'hotpath/profile': { format: report.profile.format, sampleType: report.profile.sampleType, unit: report.profile.unit, total: report.profile.total },
      'hotpath/unplaced': unplaced,
    },
  };
  const { repo, commit, baseUrl } = options.source ?? {};
  if (repo && commit) {
    run.versionControlProvenance = [{ repositoryUri: `${(baseUrl ?? 'https://github.com').replace(/\/+$/, '')}/${repo}`, revisionId: commit, mappedTo: { uriBaseId: SRCROOT } }];
  }
  return { $schema: SCHEMA, version: '2.1.0', runs: [run] };
}

function rule(f: Finding): SarifRule {
  return {
    id: f.ruleId,
    name: pascal(f.ruleId),
    shortDescription: { text: f.title },
    fullDescription: { text: f.explanation },
    help: {
      text: `${f.explanation}\n\nFix: ${f.recommendation}`,
      markdown: `${f.explanation}\n\n**Fix:** ${f.recommendation}`,
    },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: {
      tags: ['performance', f.category],
      precision: precision(f.confidence),
      'problem.severity': f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warning' : 'recommendation',
    },
  };
}

function result(f: Finding, place: SourcePlace, index: number, report: Report, links: SourceLinks): SarifResult {
  const cost = f.cost ? ` (~$${f.cost.monthly.usd}/month)` : '';
  const r: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex: index,
    level: LEVEL[f.severity],
    message: {
      text: `${f.title}: ${percent(f.impact.share)} of ${report.profile.sampleType} (${formatValue(f.impact.value, f.impact.unit)})${cost} in ${place.function}. ${f.recommendation}`,
    },
    locations: [physical(place, f)],
    partialFingerprints: { 'hotpathFinding/v1': fingerprint(f, place) },
    properties: {
      category: f.category,
      detector: f.detector,
      confidence: f.confidence,
      impact: f.impact,
      ...(f.cost ? { cost: f.cost } : {}),
    },
  };
  if (f.stack.length > 0) r.stacks = [stack(f.stack, links)];
  const fixes = f.patch ? fixesOf(f.patch, links) : [];
  if (fixes.length > 0) r.fixes = fixes;
  return r;
}

function physical(place: SourcePlace, f: Finding): SarifLocation {
  const region: SarifRegion = { startLine: Math.max(1, place.line) };
  if (place.column && place.column > 0) region.startColumn = place.column;
  return {
    physicalLocation: { artifactLocation: { uri: uri(place.path), uriBaseId: SRCROOT }, region },
    logicalLocations: [{ name: place.function || f.title, kind: 'function' }],
  };
}

/** The evidence, innermost frame first (SARIF 3.45: "the first element is the top of the stack"). */
function stack(frames: StackFrame[], links: SourceLinks): SarifStack {
  return {
    message: { text: 'The heaviest stack of the finding' },
    frames: [...frames].reverse().map((s) => {
      const path = links.framePath(s.file);
      const location: SarifLocation = { logicalLocations: [{ name: s.function || '(unknown)', kind: 'function' }] };
      if (path !== null) location.physicalLocation = { artifactLocation: { uri: uri(path), uriBaseId: SRCROOT }, region: { startLine: Math.max(1, s.line) } };
      else if (s.file) location.message = { text: `${s.file}${s.line ? `:${s.line}` : ''}` };
      return { location };
    }),
  };
}

/**
 * A fix per patch: each hunk replaces the lines it covers on the old side
 * (from the start of its first line to the start of the line after it, so
 * the newlines go too) with its new side. A pure insertion deletes an empty
 * region before the line that follows it.
 */
function fixesOf(patch: string, links: SourceLinks): SarifFix[] {
  const files = parseUnifiedDiff(patch);
  const changes: SarifArtifactChange[] = [];
  for (const file of files) {
    const path = links.locationPath(file.path);
    if (path === null || file.hunks.length === 0) continue;
    changes.push({
      artifactLocation: { uri: uri(path), uriBaseId: SRCROOT },
      replacements: file.hunks.map((h) => {
        const startLine = h.oldLines === 0 ? h.oldStart + 1 : h.oldStart;
        const inserted = h.newText.map((l) => `${l}\n`).join('');
        return {
          deletedRegion: { startLine, startColumn: 1, endLine: startLine + h.oldLines, endColumn: 1 },
          ...(inserted ? { insertedContent: { text: inserted } } : {}),
        };
      }),
    });
  }
  return changes.length > 0 ? [{ description: { text: 'Apply the patch hotpath proposes' }, artifactChanges: changes }] : [];
}

/** A repository path as a relative URI reference: each segment percent-encoded. */
function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Stable across runs while the code moves: the rule and the function and
 * file it is in, not the line (GitHub uses partialFingerprints to match
 * alerts between uploads).
 */
function fingerprint(f: Finding, place: SourcePlace): string {
  return createHash('sha256').update(`${f.ruleId}\0${place.path}\0${place.function}`).digest('hex').slice(0, 32);
}

function precision(confidence: number): string {
  if (confidence >= 0.9) return 'very-high';
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

// The subset of SARIF 2.1.0 this view writes (names as in the schema).
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
export interface SarifRun {
  tool: { driver: { name: string; semanticVersion?: string; rules: SarifRule[] } };
  columnKind: 'utf16CodeUnits';
  originalUriBaseIds: Record<string, { description: { text: string } }>;
  versionControlProvenance?: { repositoryUri: string; revisionId: string; mappedTo: { uriBaseId: string } }[];
  results: SarifResult[];
  properties: Record<string, unknown>;
}
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: Record<string, unknown>;
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  stacks?: SarifStack[];
  fixes?: SarifFix[];
  properties: Record<string, unknown>;
}
interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifLocation {
  physicalLocation?: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion };
  logicalLocations?: { name: string; kind: string }[];
  message?: { text: string };
}
interface SarifStack {
  message: { text: string };
  frames: { location: SarifLocation }[];
}
interface SarifArtifactChange {
  artifactLocation: { uri: string; uriBaseId: string };
  replacements: { deletedRegion: SarifRegion; insertedContent?: { text: string } }[];
}
interface SarifFix {
  description: { text: string };
  artifactChanges: SarifArtifactChange[];
}
