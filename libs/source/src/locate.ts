import type { Node } from 'web-tree-sitter';
import { parseSource, type SourceLanguage } from './parser';
import { matchesCategory } from './patterns';
import { enclosingLoop, type FunctionInfo, functionsOf, grammarOf, type Site, sitesIn } from './syntax';

/** A frame in a source file (after path and source-map resolution). */
export interface FramePosition {
  /** 1-based: a call site (pprof, JFR, V8 positionTicks) or a function's definition line (V8 callFrame). */
  line: number;
  /** 1-based, when the profile has it. */
  column?: number;
  /** The function as the profile names it (`handleUpload`, `main.(*index).add`, `com.acme.X.run`). */
  function: string;
}

export interface LocateRequest {
  text: string;
  language: SourceLanguage;
  frame: FramePosition;
  category: string;
  /** Names of the frames the blamed one called, innermost last (`S3Client`, `pbkdf2Sync`): the callee to look for. */
  callees: string[];
}

/** Where the offending expression is, and what makes it hot. */
export interface Located {
  /** 1-based line and column of the call as a reader sees it (the `.method(` of a chain over several lines, else the expression's start). */
  line: number;
  column: number;
  /** 1-based line and column of the expression's start (what a patch is built from). */
  start: { line: number; column: number };
  /** The enclosing function's name ('' at module scope or when anonymous). */
  function: string;
  /**
   * How it was found: `expression` (an expression of the finding's category),
   * `callee` (a call of the frame the blamed one called), `frame` (no such
   * expression: the profile's own line).
   */
  by: 'expression' | 'callee' | 'frame';
  /** The expression's text (first line), for messages and tests. */
  text: string;
  /** The loop (or per-element callback) around it, when there is one. */
  loop?: { line: number; kind: string };
  /** When the function is a class's constructor: the class (its callers' `new Class(` may be what to blame). */
  constructorOf?: string;
}

/**
 * Finds the offending expression for a finding: the function the frame
 * names (by its definition line, as V8 records it, or by the call-site line
 * inside it, as pprof and JFR do), then, in that function's body, the
 * expression of the finding's category, preferring the one on the frame's
 * own line, the one calling the next frame's function, the one directly in
 * the function's body and the one in a loop, in that order.
 */
export async function locate(req: LocateRequest): Promise<Located | null> {
  const tree = await parseSource(req.text, req.language);
  try {
    return locateIn(tree.rootNode, req);
  } finally {
    tree.delete();
  }
}

export function locateIn(root: Node, req: LocateRequest): Located | null {
  const row = req.frame.line - 1;
  if (row < 0 || row > root.endPosition.row) return null;
  const functions = functionsOf(root, req.language);
  const fn = frameFunction(functions, row, req.frame);
  const found = search(root, fn, row, req);
  if (found || !fn || fn.startRow !== row || shortName(req.frame.function) !== '') return found;
  // An anonymous frame on a line that opens an anonymous function with nothing of the kind in it
  // (`.find((p) => …)` closing a chain): the line is a call site of the function around it.
  const outer = functions.filter((f) => f.startRow < row && row <= f.endRow).pop();
  return outer ? search(root, outer, row, req) : null;
}

function search(root: Node, fn: FunctionInfo | undefined, row: number, req: LocateRequest): Located | null {
  const scope = fn?.node ?? root;
  // A frame line that opens the function is V8's definition line, not a call site.
  const atDefinition = fn !== undefined && fn.startRow === row;
  const sites = sitesIn(scope, req.language);
  const callees = req.callees.map(shortName).filter((n) => n !== '');

  const ofCategory = sites.filter((s) => matchesCategory(req.category, s));
  let best = pick(ofCategory, row, atDefinition, callees);
  let by: Located['by'] = 'expression';
  if (!best) {
    best = pick(
      sites.filter((s) => callees.includes(s.name)),
      row,
      atDefinition,
      callees,
    );
    by = 'callee';
  }
  const name = fn ? displayName(fn) : '';
  const constructorOf = fn && isConstructor(fn) ? name : undefined;
  if (best) return { ...result(best, name, by, req.language), constructorOf };
  if (atDefinition) {
    if (!constructorOf) return null;
    const start = { line: row + 1, column: fn!.startColumn + 1 };
    return { ...start, start, function: name, by: 'frame', text: '', constructorOf };
  }
  const line = root.text.split('\n')[row] ?? '';
  const start = { line: row + 1, column: line.length - line.trimStart().length + 1 };
  return { ...start, start, function: name, by: 'frame', text: line.trim(), constructorOf };
}

/** The function a frame is in: by its definition line and name first, then the innermost one around a call-site line. */
function frameFunction(functions: FunctionInfo[], row: number, frame: FramePosition): FunctionInfo | undefined {
  const name = shortName(frame.function);
  const anonymous = name === '';
  const defined = functions.filter((f) => f.startRow === row);
  const around = functions.filter((f) => f.startRow <= row && row <= f.endRow).reverse(); // innermost first
  const named = (f: FunctionInfo) => f.name === name || displayName(f) === name;
  return (
    defined.find((f) => named(f) && columnFits(f, frame)) ??
    defined.find(named) ??
    around.find(named) ??
    (anonymous ? (defined.find((f) => f.name === '' && columnFits(f, frame)) ?? defined.find((f) => f.name === '')) : undefined) ??
    // A profile's name may not be the source's (a method assigned later, a minifier's): trust the line.
    defined[0] ??
    around[0]
  );
}

function columnFits(f: FunctionInfo, frame: FramePosition): boolean {
  return frame.column === undefined || Math.abs(f.startColumn + 1 - frame.column) <= 1 || f.startRow !== f.node.startPosition.row;
}

function pick(sites: Site[], row: number, atDefinition: boolean, callees: string[]): Site | undefined {
  let best: Site | undefined;
  let bestScore = -Infinity;
  for (const s of sites) {
    let score = 0;
    if (!atDefinition && (s.row === row || s.callRow === row)) score += 1000;
    else if (!atDefinition) score -= Math.min(100, Math.abs(s.callRow - row)); // nearer the recorded line is likelier
    if (callees.includes(s.name)) score += 500;
    if (s.depth === 0) score += 200;
    if (s.inLoop) score += 50;
    if (score > bestScore) [best, bestScore] = [s, score]; // ties: the first in source order
  }
  return best;
}

function result(site: Site, fn: string, by: Located['by'], language: SourceLanguage): Located {
  const loop = site.inLoop ? enclosingLoop(site.node, grammarOf(language)) : null;
  return {
    line: site.callRow + 1,
    column: site.callColumn + 1,
    start: { line: site.row + 1, column: site.column + 1 },
    function: fn,
    by,
    text: site.node.text.split('\n')[0].slice(0, 200),
    loop: loop ? { line: loop.startPosition.row + 1, kind: loop.type } : undefined,
  };
}

function isConstructor(fn: FunctionInfo): boolean {
  return fn.name === 'constructor' || fn.node.type === 'constructor_declaration';
}

function displayName(fn: FunctionInfo): string {
  if (fn.name !== 'constructor' && fn.name !== '<init>') return fn.name;
  // A constructor is known by its class.
  for (let p = fn.node.parent; p; p = p.parent) {
    const n = p.childForFieldName('name');
    if (/class/.test(p.type) && n) return n.text;
  }
  return fn.name;
}

/**
 * The bare function name of a profile frame: `main.(*index).add` → `add`,
 * `com.acme.X.run` → `run`, `Foo.bar` → `bar`, `(anonymous:L#3:C#9)` → ''.
 */
export function shortName(frame: string): string {
  if (frame === '' || frame.startsWith('(anonymous') || frame === '<anonymous>' || frame === '(anonymous)') return '';
  let name = frame.replace(/\s*\[.*\]$/, '').replace(/^(?:get|set|async)\s+/, '');
  // Go closures (`main.main.func1`) and Java lambdas (`lambda$main$0`) are anonymous in the source.
  if (/\.func\d+(?:\.\d+)*$/.test(name) || /(?:^|\.)lambda\$/.test(name)) return '';
  const parts = name.split('.');
  name = parts.pop() ?? name;
  // Java constructors are `<init>`: the source knows them by their class.
  if (name === '<init>' && parts.length > 0) return (parts.pop() ?? '').split('$')[0];
  return name.replace(/^\W+|\W+$/g, '');
}
