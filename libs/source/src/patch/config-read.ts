import type { Node } from 'web-tree-sitter';
import { same } from './ast';
import type { PatchContext } from './context';
import type { Target } from './constructions';
import { analyseEscape, everyTime } from './escape';
import { findOnLine, usageBlocker } from './hoist';
import type { PlanResult } from './plan';
import { freshName } from './scope';

const READ = /(^|\.)readFileSync$/;
const PARSE = /^(JSON\.parse|(yaml|YAML|toml|TOML|ini|JSON5|json5)\.(parse|load))$/;
const MUTATING_METHODS = /^(push|pop|shift|unshift|splice|sort|reverse|fill|set|delete|clear|add)$/;

/** Why the object read from the file could be changed by the code that reads it. */
function mutated(ctx: PatchContext, node: Node): string | undefined {
  const direct = usageBlocker(ctx, node);
  if (direct) return direct;
  const decl = node.parent;
  if (decl?.type !== 'variable_declarator') return undefined;
  const id = decl.childForFieldName('name');
  if (id?.type !== 'identifier') return `it is destructured at line ${decl.startPosition.row + 1}`;
  const b = ctx.scopes.resolve(id);
  if (!b) return undefined;
  for (const ref of ctx.scopes.references(b)) {
    // Walk up the property path `cfg.a.b` and look at what is done with it.
    let n: Node = ref;
    while (n.parent?.type === 'member_expression' && same(n.parent.childForFieldName('object'), n)) n = n.parent;
    const p = n.parent;
    const at = `line ${n.startPosition.row + 1}`;
    if ((p?.type === 'assignment_expression' || p?.type === 'augmented_assignment_expression') && same(p.childForFieldName('left'), n) && !same(n, ref)) return `\`${n.text}\` is assigned at ${at}`;
    if (p?.type === 'update_expression' || p?.type === 'unary_expression' && p.text.startsWith('delete')) return `\`${n.text}\` is changed at ${at}`;
    if (n.type === 'member_expression' && p?.type === 'call_expression' && MUTATING_METHODS.test(n.childForFieldName('property')?.text ?? '')) return `\`${n.text}()\` changes it at ${at}`;
    if (p?.type === 'arguments' && same(n, ref)) return `it is passed to \`${p.parent?.childForFieldName('function')?.text}\` at ${at}, which may change it`;
  }
  return undefined;
}

/**
 * sync-io-on-request-path, for configuration: `JSON.parse(readFileSync(CONFIG_PATH, 'utf8'))` (or
 * a plain text read) in a handler becomes a lazily cached read, once per process.
 */
export function patchConfigRead(ctx: PatchContext, t: Target): PlanResult {
  const isRead = (n: Node) => n.type === 'call_expression' && READ.test(n.childForFieldName('function')?.text ?? '');
  const read = findOnLine(ctx.root, ctx.text, t.line, t.column, isRead);
  if (!read) {
    const other = findOnLine(ctx.root, ctx.text, t.line, t.column, (n) => n.type === 'call_expression' && /Sync$/.test(n.childForFieldName('function')?.text ?? ''));
    if (other) {
      const name = other.childForFieldName('function')!.text;
      return { reason: `\`${name}\` at line ${t.line} works on per-request data, not on configuration read once: the fix is its asynchronous form (${name.replace(/Sync$/, '')} with await or a callback, or a stream), which changes the function's control flow and is not patched automatically` };
    }
    return { reason: `no \`readFileSync(\` at line ${t.line}` };
  }
  let node = read;
  const outer = read.parent?.type === 'arguments' ? read.parent.parent : null;
  if (outer?.type === 'call_expression' && PARSE.test(outer.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '') && outer.childForFieldName('arguments')!.namedChildren.length === 1) node = outer;
  const args = read.childForFieldName('arguments')!.namedChildren.filter((a) => a && a.type !== 'comment');
  if (node === read && args.length < 2) return { reason: `\`${read.text}\` returns a Buffer, which callers can change; only text or parsed reads are cached` };

  const escape = analyseEscape(ctx.scopes, node);
  if (escape.regions.length === 0) return { reason: `the file is already read once, at module load (line ${t.line})` };
  if (escape.escapable < escape.regions.length || escape.moduleBlocker) {
    return { reason: `the file read at line ${t.line} is not the same on every call: ${escape.blocker ?? escape.moduleBlocker}` };
  }
  const why = mutated(ctx, node);
  if (why) return { reason: `reading the file once and sharing the result is not safe: ${why}` };

  const parsed = !same(node, read);
  const cache = freshName(parsed ? 'cachedConfig' : 'cachedFile', ctx.taken);
  const getter = freshName(parsed ? 'loadConfig' : 'readConfigFile', ctx.taken);
  const unit = ctx.indentUnit();
  const type = parsed ? 'any' : 'string';
  const lines = [
    ctx.typed ? `let ${cache}: ${type} | undefined;` : `let ${cache};`,
    `// Read on first use and kept for the life of the process: a change to the file on disk needs a restart.`,
    `function ${getter}()${ctx.typed ? `: ${type}` : ''} {`,
    `${unit}if (${cache} === undefined) ${cache} = ${node.text};`,
    `${unit}return ${cache};`,
    '}',
  ];
  const where = everyTime(escape.regions);
  let place = ctx.placeAtModule(node, escape.moduleRefs.map((b) => b.id), lines);
  if (place.loadRisk) place = ctx.placeAtModule(node, escape.moduleRefs.map((b) => b.id), lines, true);
  if (place.loadRisk) return { reason: `top-level code reads the file (through ${escape.regions.at(-1)!.label}) while the module loads, before a cache could be initialised` };
  return {
    edits: [place.edit, { start: node.startIndex, end: node.endIndex, text: `${getter}()` }],
    description: `Reads ${parsed ? 'and parses ' : ''}the file once, on first use (\`${getter}()\`), instead of on ${where}; its path does not change between calls, and the result is not modified. A change to the file now needs a restart.`,
  };
}
