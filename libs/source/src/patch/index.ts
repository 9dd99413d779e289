import type { Node } from 'web-tree-sitter';
import { parseSource, type SourceLanguage } from '../parser';
import { firstSyntaxError, hasSyntaxError } from './ast';
import { patchClient, patchFormatter, patchRegex, type Target } from './constructions';
import { patchCollectionScan } from './collection';
import { patchConfigRead } from './config-read';
import { PatchContext } from './context';
import { applyEdits, unifiedDiff } from './diff';
import { patchGo } from './go';
import { patchJava } from './java';
import { patchPython } from './python';
import { isPlan, type PlanResult } from './plan';

export { applyEdits, unifiedDiff, type Edit } from './diff';

export interface PatchRequest {
  /** Path relative to the source tree, used in the diff headers (a/<file>, b/<file>). */
  file: string;
  /** The file's current content. */
  text: string;
  language: SourceLanguage;
  /** 1-based line of the offending expression's start. */
  line: number;
  /** 1-based column of it. */
  column: number;
  /** DESIGN.md category id, e.g. client-construction-in-hot-path. */
  category: string;
  /** e.g. node.aws-sdk-client-per-call, or model.<category>. */
  ruleId: string;
}

export type PatchResult = { patch: string; description: string } | { reason: string };

/** The start of the reason given when a patch builder fails unexpectedly (a bug, not the input). */
export const INTERNAL_ERROR = 'internal error while building the patch:';

/** Source files above this size are not patched (parsing and scope analysis are linear, but bounded all the same). */
export const MAX_PATCH_SOURCE_CHARS = 2_000_000;

const PATCHERS: Record<string, (ctx: PatchContext, t: Target) => PlanResult> = {
  'client-construction-in-hot-path': patchClient,
  'regex-compilation-in-hot-path': patchRegex,
  'locale-formatter-construction': patchFormatter,
  'quadratic-collection-scan': patchCollectionScan,
  'sync-io-on-request-path': patchConfigRead,
};

/** Languages patched by one builder each, which dispatches on the category itself. */
const LANGUAGE_PATCHERS: Partial<Record<SourceLanguage, (root: Node, text: string, category: string, t: Target) => PlanResult>> = {
  go: patchGo,
  java: patchJava,
  python: patchPython,
};

const WHY_NOT: Record<string, string> = {
  // Measured by bench/structured-clone.mjs on Node 20: the JSON round trip is the faster of the two.
  'serialization-overhead':
    'structuredClone is no faster than JSON.parse(JSON.stringify(…)) on Node 20 (bench/structured-clone.mjs: 0.8–1.2 times its time on order-shaped objects of 5 to 100 items), and it copies Dates, undefined and class instances differently; the fix is to avoid the copy (build the new object directly, or copy only what changes), which needs a person',
  'sync-crypto-on-request-path':
    'the key derivation works on per-request secrets; the fix (cache verified keys, or the asynchronous crypto.pbkdf2/scrypt) changes the function\'s control flow and is not patched automatically',
  'exception-as-control-flow': 'replacing throw/catch with return values changes every caller of the parser, which needs a person',
};

function checkRequest(req: PatchRequest): string | undefined {
  if (typeof req.text !== 'string') return 'the file content is not text';
  if (req.text.length > MAX_PATCH_SOURCE_CHARS) return `${req.file} has ${req.text.length} characters, more than the ${MAX_PATCH_SOURCE_CHARS} that are patched`;
  if (!/^[^\n\r\0]+$/.test(req.file) || req.file.startsWith('/') || req.file.split(/[\\/]/).includes('..')) return `the file name ${JSON.stringify(req.file)} is not a relative path inside the source tree`;
  const lines = req.text.split('\n').length;
  if (!Number.isInteger(req.line) || req.line < 1 || req.line > lines) return `line ${req.line} is outside ${req.file} (${lines} lines)`;
  if (!Number.isInteger(req.column) || req.column < 1) return `column ${req.column} is not a 1-based column`;
  return undefined;
}

/**
 * A unified diff that fixes the pattern found at `line`/`column`, or the reason none is offered.
 * Every patch is applied to the text and the result re-parsed; a patch whose result does not
 * parse cleanly is withheld.
 */
export async function buildPatch(req: PatchRequest): Promise<PatchResult> {
  const bad = checkRequest(req);
  if (bad) return { reason: bad };
  const byLanguage = LANGUAGE_PATCHERS[req.language];
  if (!byLanguage && req.language !== 'javascript' && req.language !== 'typescript' && req.language !== 'tsx') {
    return { reason: `patches are built for JavaScript, TypeScript, Go, Java and Python sources; ${req.file} is ${req.language}` };
  }
  const patcher = PATCHERS[req.category];
  if (!byLanguage && !patcher) return { reason: WHY_NOT[req.category] ?? `no automatic patch for ${req.category}` };

  const tree = await parseSource(req.text, req.language);
  let plan: PlanResult;
  try {
    if (hasSyntaxError(tree.rootNode)) return { reason: `${req.file} does not parse cleanly as ${req.language} (${firstSyntaxError(tree.rootNode)}), so it is not patched` };
    const target = { line: req.line, column: req.column };
    plan = byLanguage ? byLanguage(tree.rootNode, req.text, req.category, target) : patcher!(new PatchContext(req.text, tree.rootNode, req.language), target);
  } catch (err) {
    // A builder bug must cost one patch, not the whole report; the message says it is ours.
    return { reason: `${INTERNAL_ERROR} ${(err as Error).message}` };
  } finally {
    tree.delete();
  }
  if (!isPlan(plan)) return plan;

  let patched: string;
  let patch: string;
  try {
    patched = applyEdits(req.text, plan.edits);
    patch = unifiedDiff(req.file, req.text, plan.edits);
  } catch (err) {
    return { reason: `${INTERNAL_ERROR} ${(err as Error).message}` };
  }
  const check = await parseSource(patched, req.language);
  try {
    if (hasSyntaxError(check.rootNode)) return { reason: `the patch was withheld: the patched file does not parse (${firstSyntaxError(check.rootNode)})` };
  } finally {
    check.delete();
  }
  return { patch, description: plan.description };
}
