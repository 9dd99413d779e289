import type { Node } from 'web-tree-sitter';
import { indentAt, insertionPoint, spelledNames, unusedName } from './declaration-site';
import type { Edit } from './diff';
import { upperSnake } from './java-scope';
import type { PlanResult } from './plan';
import { upperFirst } from './scope';

// Java: `Pattern.compile(regex)` whose regex changes from call to call (built from a parameter,
// a field) goes through a bounded cache keyed by the regex text itself. The key is the exact
// string that was compiled, so whatever the regex is built from, the cached Pattern is the one
// the call would have compiled.

/** Distinct regular expressions kept before the cache is emptied. */
export const PATTERN_CACHE_SIZE = 256;

/** One indentation step of the file: a tab, or the extra indentation of a method body's first statement. */
function indentStep(text: string, member: Node, indent: string): string {
  if (indent.startsWith('\t')) return '\t';
  const first = member.childForFieldName('body')?.namedChildren.find((k) => !!k);
  const inner = first ? indentAt(text, first.startIndex) : '';
  return inner.startsWith(indent) && inner.length > indent.length ? inner.slice(indent.length) : '    ';
}

/**
 * The declarations of a cache for the regexes of `memberName` (a bounded static map and the helper
 * that fills it), to insert above `place.member`; the caller replaces its compile by `helper(regex)`.
 */
export function patternCache(root: Node, text: string, place: { member: Node }, memberName: string, patternType: string, flags: string | undefined): { declaration: Edit; helper: string } {
  const taken = spelledNames(root);
  const map = unusedName(`${upperSnake(memberName)}_PATTERNS`, taken, new Set(), '_');
  const max = unusedName(`${map}_MAX`, taken, new Set(), '_');
  const helper = unusedName(`patternFor${upperFirst(memberName)}`, taken, new Set());
  const i = indentAt(text, place.member.startIndex);
  const s = indentStep(text, place.member, i);
  const code = [
    `${i}private static final int ${max} = ${PATTERN_CACHE_SIZE};`,
    // Fully qualified rather than imported: two patches for one file then touch different lines.
    `${i}private static final java.util.concurrent.ConcurrentHashMap<String, ${patternType}> ${map} = new java.util.concurrent.ConcurrentHashMap<>();`,
    '',
    `${i}/**`,
    `${i} * Compiling a regular expression costs far more than looking it up. Emptied when it holds`,
    `${i} * ${max} of them, so that expressions built from request data cannot grow it without bound.`,
    `${i} */`,
    `${i}private static ${patternType} ${helper}(String regex) {`,
    `${i}${s}${patternType} pattern = ${map}.get(regex);`,
    `${i}${s}if (pattern == null) {`,
    `${i}${s}${s}if (${map}.size() >= ${max}) {`,
    `${i}${s}${s}${s}${map}.clear();`,
    `${i}${s}${s}}`,
    `${i}${s}${s}pattern = ${patternType}.compile(regex${flags ? `, ${flags}` : ''});`,
    `${i}${s}${s}${map}.put(regex, pattern);`,
    `${i}${s}}`,
    `${i}${s}return pattern;`,
    `${i}}`,
    '',
    '',
  ].join('\n');
  const at = insertionPoint(text, place.member);
  return { declaration: { start: at, end: at, text: code }, helper };
}

export const cacheDescription = (memberName: string, helper: string, why: string) =>
  `Compiles each distinct regular expression of ${memberName} once, in a cache keyed by its text (${helper}, at most ${PATTERN_CACHE_SIZE} kept): the regex is built per call (${why.replace(/;.*$/, '')}), but the same text gives the same Pattern, which is immutable and safe for use by several threads.`;

/**
 * The patch for a `Pattern.compile(regex[, flags])` whose regex varies and whose flags do not:
 * a static bounded map from regex text to Pattern and a helper that fills it.
 */
export function cachePattern(root: Node, text: string, call: Node, place: { member: Node }, memberName: string, why: string): PlanResult {
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => !!a && !/comment$/.test(a.type));
  const regex = args[0];
  if (!regex || args.length > 2) return { reason: why };
  const patternType = call.childForFieldName('object')?.text.replace(/\s+/g, '') ?? 'Pattern';
  const { declaration, helper } = patternCache(root, text, place, memberName, patternType, args[1]?.text);
  const edits: Edit[] = [declaration, { start: call.startIndex, end: call.endIndex, text: `${helper}(${regex.text})` }];
  return { edits, description: cacheDescription(memberName, helper, why) };
}
