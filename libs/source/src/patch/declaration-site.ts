import type { Node } from 'web-tree-sitter';
import { descendants } from './ast';

// Text helpers shared by the Go and Java builders, which add one declaration above the
// function (Go) or class member (Java) that used to build the value.

const COMMENTS = new Set(['comment', 'line_comment', 'block_comment']);

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The whitespace that starts the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/**
 * Where a declaration for `member` goes: the start of the line of its first leading comment
 * (a doc comment stays attached to what it documents), else of its own first line.
 */
export function insertionPoint(text: string, member: Node): number {
  let first = member;
  for (let p = member.previousSibling; p && COMMENTS.has(p.type) && p.endPosition.row >= first.startPosition.row - 1; p = p.previousSibling) first = p;
  return lineStart(text, first.startIndex);
}

/**
 * The text of an expression moved from a line indented with `from` to one indented with `to`:
 * its continuation lines keep their indentation relative to the statement.
 */
export function reindent(expr: string, from: string, to: string): string {
  return expr
    .split('\n')
    .map((l, i) => (i === 0 ? l : l.startsWith(from) ? to + l.slice(from.length) : l))
    .join('\n');
}

/** When `stmt` sits alone on its lines, the range to delete it with its line break; else undefined. */
export function wholeLines(text: string, stmt: Node): { start: number; end: number } | undefined {
  const start = lineStart(text, stmt.startIndex);
  if (text.slice(start, stmt.startIndex).trim() !== '') return undefined;
  const nl = text.indexOf('\n', stmt.endIndex);
  const end = nl < 0 ? text.length : nl + 1;
  if (text.slice(stmt.endIndex, nl < 0 ? text.length : nl).trim() !== '') return undefined;
  return { start, end };
}

/** Every identifier spelled in the tree (of any identifier node type), for choosing names that collide with none. */
export function spelledNames(root: Node): Set<string> {
  const out = new Set<string>();
  for (const n of descendants(root)) if (/identifier$/.test(n.type)) out.add(n.text);
  return out;
}

/** `base`, or `base2`, `base3` … when `base` is taken; the result is added to `taken`. */
export function unusedName(base: string, taken: Set<string>, reserved: Set<string>, join = ''): string {
  let name = base;
  for (let i = 2; taken.has(name) || reserved.has(name); i++) name = `${base}${join}${i}`;
  taken.add(name);
  return name;
}

/**
 * '' for the first node in `scope` (source order) that passes `test`, `${join}2` for the second …:
 * every patch is built against the original file, so two patches for one function name their
 * declarations apart (and both can be applied) when this is part of the name.
 */
export function ordinal(scope: Node, node: Node, test: (n: Node) => boolean, join = ''): string {
  let k = 0;
  for (const n of descendants(scope)) {
    if (n.id === node.id) return k === 0 ? '' : `${join}${k + 1}`;
    if (test(n)) k++;
  }
  return '';
}
