import type { Tree } from 'web-tree-sitter';
import type { Finding, StackFrame } from '@hotpath/report';
import { locateIn, shortName, type Located } from './locate';
import { languageOf, parseSource, type SourceLanguage } from './parser';
import { buildPatch } from './patch';
import type { SourceResolver } from './resolve';
import { TreeSearch } from './tree-search';

export interface LocateOptions {
  /** Build a patch for each finding located to its expression (default true). */
  patches?: boolean;
}

export interface LocateStats {
  findings: number;
  /** Located to an expression of the finding's category, or to a call of the next frame. */
  expression: number;
  /** Located only to the profile's own line. */
  frame: number;
  ambiguous: number;
  unresolved: number;
  patched: number;
}

export interface LocateOutcome {
  findings: Finding[];
  /** One line per problem (ambiguous file names, unreadable maps), for the report's warnings. */
  warnings: string[];
  stats: LocateStats;
}

/** Lines kept either side of a location, and characters per line, in a finding's snippet. */
const SNIPPET_CONTEXT = 3;
const SNIPPET_LINE_CHARS = 240;

/** The lines around a 1-based line, for views rendered without the source tree. */
export function snippetAt(text: string, line: number): { startLine: number; lines: string[] } {
  const all = text.split(/\r?\n/);
  const start = Math.max(1, line - SNIPPET_CONTEXT);
  const end = Math.min(all.length, line + SNIPPET_CONTEXT);
  return { startLine: start, lines: all.slice(start - 1, end).map((l) => (l.length > SNIPPET_LINE_CHARS ? l.slice(0, SNIPPET_LINE_CHARS - 1) + '…' : l)) };
}

/** Source files above this are not parsed for locating (the resolver's own read bound is the outer one). */
const MAX_PARSE_CHARS = 2_000_000;

/**
 * The locate stage: each finding's blamed frame (else the frame its pattern
 * was traced to, else the innermost frame of its stack in the tree) is
 * resolved into the source tree, through source maps, and the offending
 * expression found there with tree-sitter. Findings come back with
 * `location` (tree-relative file, 1-based line and column of the
 * expression, function) and, where one can be built, `patch`. Nothing here
 * fails the analysis: a file that cannot be resolved leaves its finding
 * without a location, and an ambiguous one is reported, not guessed.
 */
export async function locateFindings(findings: Finding[], resolver: SourceResolver, options: LocateOptions = {}): Promise<LocateOutcome> {
  const warnings: string[] = [];
  const stats: LocateStats = { findings: findings.length, expression: 0, frame: 0, ambiguous: 0, unresolved: 0, patched: 0 };
  const trees = new Map<string, Tree | null>();
  const search = new TreeSearch(resolver);
  const out: Finding[] = [];
  try {
    for (const finding of findings) {
      let placed: Placed | 'ambiguous' | null;
      try {
        placed = await locateOne(finding, resolver, trees, warnings);
        if (placed === null && !finding.blame && !finding.tracedTo) placed = await searched(finding, search, resolver, warnings);
      } catch (err) {
        // A grammar or a file that defeats the parser costs this finding its location, not the report.
        warnings.push(`${finding.ruleId}: not located (${(err as Error).message})`);
        placed = null;
      }
      if (placed === 'ambiguous') stats.ambiguous++;
      if (placed === null || placed === 'ambiguous') {
        if (placed === null) stats.unresolved++;
        out.push(finding);
        continue;
      }
      const { file, language, located, text } = placed;
      if (located.by === 'frame') stats.frame++;
      else stats.expression++;
      // Profilers call unnamed functions and module code "(anonymous)"; the report does the same.
      const next: Finding = { ...finding, location: { file, line: located.line, column: located.column, function: located.function || '(anonymous)' } };
      if (text !== null) next.snippet = snippetAt(text, located.line);
      if (options.patches !== false && located.by === 'expression' && language && text !== null) {
        try {
          const p = await buildPatch({ file, text, language, line: located.start.line, column: located.start.column, category: finding.category, ruleId: finding.ruleId });
          if ('patch' in p) {
            next.patch = p.patch;
            stats.patched++;
          }
        } catch (err) {
          warnings.push(`${finding.ruleId}: no patch (${(err as Error).message})`);
        }
      }
      out.push(next);
    }
  } finally {
    for (const t of trees.values()) t?.delete();
  }
  warnings.push(...resolver.warnings);
  return { findings: out, warnings: [...new Set(warnings)], stats };
}

/** A finding whose stacks never reach the program: the one place in the tree with its expression, if there is one. */
async function searched(finding: Finding, search: TreeSearch, resolver: SourceResolver, warnings: string[]): Promise<Placed | null> {
  const r = await search.find(finding.category, finding.stack);
  if (r === null) return null;
  if ('candidates' in r) {
    warnings.push(`${finding.ruleId}: no frame of the program on its stacks, and ${r.candidates.length} places in the source tree have its expression (${r.candidates.slice(0, 5).join(', ')}${r.candidates.length > 5 ? ', …' : ''}); not located`);
    return null;
  }
  const language = languageOf(r.file);
  return { file: r.file, language, text: resolver.read(r.file), located: { line: r.line, column: r.column, start: r.start, function: r.function, by: 'expression', text: '' } };
}

interface Placed {
  file: string;
  language: SourceLanguage | undefined;
  text: string | null;
  located: Located;
}

async function locateOne(
  finding: Finding,
  resolver: SourceResolver,
  trees: Map<string, Tree | null>,
  warnings: string[],
  extraCallees: string[] = [],
): Promise<Placed | 'ambiguous' | null> {
  for (const { frame, callees: below, caller } of candidates(finding)) {
    const callees = [...extraCallees, ...below];
    const r = resolver.resolveFrame(frame.file, frame.line, undefined, frame.function);
    if (r === null) continue;
    if ('ambiguous' in r) {
      warnings.push(`${finding.ruleId}: ${frame.file || frame.function} matches ${r.ambiguous.length} files of the source tree equally (${r.ambiguous.slice(0, 5).join(', ')}${r.ambiguous.length > 5 ? ', …' : ''}); not located`);
      return 'ambiguous';
    }
    const language = languageOf(r.file);
    const text = resolver.read(r.file);
    const fallback: Located = { line: r.line, column: r.column ?? 1, start: { line: r.line, column: r.column ?? 1 }, function: shortName(frame.function), by: 'frame', text: '' };
    if (!language || text === null || text.length > MAX_PARSE_CHARS) return { file: r.file, language, text, located: fallback };
    let tree = trees.get(r.file);
    if (tree === undefined) {
      tree = await parseSource(text, language).catch(() => null);
      trees.set(r.file, tree);
    }
    if (!tree) return { file: r.file, language, text, located: fallback };
    const located = locateIn(tree.rootNode, { text, language, frame: { line: r.line, function: frame.function }, category: finding.category, callees });
    const here: Placed = { file: r.file, language, text, located: located ?? fallback };
    // A client's own constructor is blamed, but the waste is constructing the client per call: the caller's `new Client(`.
    if (finding.category === 'client-construction-in-hot-path' && located?.constructorOf && caller) {
      const up = await locateOne({ ...finding, blame: caller.frame, tracedTo: undefined }, resolver, trees, warnings, [located.constructorOf]);
      if (up && up !== 'ambiguous' && up.located.by !== 'frame' && new RegExp(`^new\\s+(?:[\\w$]+\\.)*${escape(located.constructorOf)}\\b`).test(up.located.text)) return up;
    }
    return here;
  }
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Frames to place a finding by, best first, each with the names of the frames it called. */
interface Candidate {
  frame: StackFrame;
  callees: string[];
  /** The frame that called it, when the stack shows one. */
  caller?: { frame: StackFrame };
}

function candidates(f: Finding): Candidate[] {
  const out: Candidate[] = [];
  const at = (i: number): Candidate => ({ frame: f.stack[i], callees: f.stack.slice(i + 1, i + 4).map((s) => s.function), caller: i > 0 ? { frame: f.stack[i - 1] } : undefined });
  const find = (frame: StackFrame): Candidate => {
    const i = f.stack.findIndex((s) => s.function === frame.function && s.file === frame.file && s.line === frame.line);
    return i < 0 ? { frame, callees: [] } : at(i);
  };
  if (f.blame) out.push(find(f.blame));
  if (f.tracedTo) out.push(find(f.tracedTo));
  // Without an application frame, only frames outside runtimes and packages may be matched by suffix: `/usr/lib/go/src/net/http/server.go` is not the program's `server.go`.
  if (!f.blame && !f.tracedTo) for (let i = f.stack.length - 1; i >= 0; i--) if (!LIBRARY.test(f.stack[i].file)) out.push(at(i));
  return out;
}

const LIBRARY = /^node:|[\\/](?:node_modules|site-packages|dist-packages|pkg[\\/]mod|jdk[^\\/]*|rustc)[\\/]|[\\/]go(?:-[\d.]+)?[\\/]src[\\/]|^\/usr\/(?:local\/)?lib\//;
