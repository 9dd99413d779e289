import type { Node } from 'web-tree-sitter';
import { descendants, same } from './ast';
import type { PatchContext } from './context';
import { everyTime, type Escape } from './escape';
import { freshName } from './scope';
import type { PlanResult } from './plan';

/** A construction whose result depends only on its arguments and keeps no state between uses. */
export interface ValueConstruction {
  node: Node;
  /** Constructor as written at the new place, e.g. `Intl.NumberFormat`, `RegExp`. */
  ctor: string;
  /** The argument nodes (their text is reused). */
  args: Node[];
  /** Replacement text for `node`, given an expression that yields the shared object. */
  use: (shared: string) => string;
  baseName: string;
  type: string;
  what: string;
  /** Why sharing is safe, for the comment in the patch. */
  stateless: string;
  /** Parameter names for arguments that are not plain variables, by position (e.g. source, flags). */
  argNames?: string[];
  /** Index of a flags argument: global or sticky regular expressions are never shared (lastIndex). */
  regexFlags?: number;
}

interface Part {
  node: Node;
  param: string;
}

/** True when `expr` reads something that may differ between calls (a local, parameter, `this`, …). */
function varies(ctx: PatchContext, expr: Node): boolean {
  for (const n of descendants(expr)) if (n.type === 'this' || n.type === 'super') return true;
  for (const ref of ctx.scopes.freeReferences(expr)) {
    const b = ctx.scopes.resolve(ref);
    if (!b) continue;
    if (b.scope.type !== 'program' || b.assignments.length > 0) return true;
  }
  return false;
}

function paramBase(n: Node, index: number): string {
  if (n.type === 'identifier' || n.type === 'shorthand_property_identifier') return n.text;
  if (n.type === 'member_expression') return n.childForFieldName('property')?.text ?? `arg${index + 1}`;
  return `arg${index + 1}`;
}

/**
 * One shared instance per distinct argument list, in a bounded module-level Map: for values that
 * depend on a call's arguments but keep no state (Intl formatters, non-global regular expressions).
 * Only string (or absent) arguments form a key; anything else is built afresh, exactly as before.
 */
export function memoizeConstruction(ctx: PatchContext, c: ValueConstruction, escape: Escape): PlanResult {
  const parts: Part[] = [];
  const used = new Set<string>(['Intl', 'RegExp', 'JSON', 'Map', 'String', 'undefined', 'key', 'value', 'a']);
  for (const arg of c.args) for (const n of descendants(arg)) if (n.type === 'identifier') used.add(n.text);
  const paramNames = new Set<string>();
  const partOf = (n: Node, fallback?: string): string => {
    let base = n.type === 'identifier' || n.type === 'member_expression' || !fallback ? paramBase(n, parts.length) : fallback;
    if (!/^[A-Za-z_$][\w$]*$/.test(base)) base = `arg${parts.length + 1}`;
    let name = base;
    for (let i = 2; paramNames.has(name) || (used.has(name) && name !== n.text); i++) name = `${base}${i}`;
    paramNames.add(name);
    parts.push({ node: n, param: name });
    return name;
  };

  const rendered: string[] = [];
  for (const [index, arg] of c.args.entries()) {
    if (!varies(ctx, arg)) rendered.push(arg.text);
    else if (arg.type === 'object') {
      const props: string[] = [];
      for (const p of arg.namedChildren) {
        if (!p || p.type === 'comment') continue;
        if (p.type === 'pair' && varies(ctx, p.childForFieldName('value')!)) {
          const key = p.childForFieldName('key')!.text;
          props.push(`${key}: ${partOf(p.childForFieldName('value')!, /^[A-Za-z_$][\w$]*$/.test(key) ? key : undefined)}`);
        } else if (p.type === 'shorthand_property_identifier' && varies(ctx, p)) {
          const name = partOf(p);
          props.push(name === p.text ? name : `${p.text}: ${name}`);
        } else if (varies(ctx, p)) {
          return { reason: `${c.what} takes an options object whose part \`${p.text}\` cannot be keyed` };
        } else props.push(p.text);
      }
      rendered.push(`{ ${props.join(', ')} }`);
    } else rendered.push(partOf(arg, c.argNames?.[index]));
  }
  if (parts.length === 0) return { reason: `${c.what}: nothing varies, yet it cannot move to module scope (${escape.blocker ?? escape.moduleBlocker})` };


  // Named after the function that uses it, so that the patches for two sites in one file (each
  // built against the original text) do not declare the same names when both are applied.
  const owner = escape.regions.map((r) => r.label).find((l) => /^[A-Za-z_$][\w$]*$/.test(l) && l !== 'constructor');
  const suffix = owner ? `For${owner[0]!.toUpperCase()}${owner.slice(1)}` : '';
  const cache = freshName(`${c.baseName}Cache${suffix}`, ctx.taken);
  const helper = freshName(`${suffix ? c.baseName : `shared${c.baseName[0]!.toUpperCase()}${c.baseName.slice(1)}`}${suffix}`, ctx.taken);
  const unit = ctx.indentUnit();
  const list = parts.map((p) => p.param).join(', ');
  const typeOf = (p: Part): string => {
    const b = p.node.type === 'identifier' || p.node.type === 'shorthand_property_identifier' ? ctx.scopes.resolve(p.node) : undefined;
    const annotation = b?.id.parent?.childForFieldName('type')?.text.replace(/^:\s*/, '');
    return annotation ?? 'any';
  };
  const params = ctx.typed ? parts.map((p) => `${p.param}: ${typeOf(p)}`).join(', ') : list;
  // The key costs a few string operations: a JSON.stringify of an argument array per call was
  // measured slower than V8's own RegExp cache (bench/shared-cache.mjs).
  const names = parts.map((p) => p.param);
  let keyable = names.map((n) => (parts.length === 1 ? `typeof ${n} === 'string'` : `(typeof ${n} === 'string' || ${n} === undefined)`)).join(' && ');
  // Each part as "<length>:<text>" (or "-" when absent): no two argument lists give the same key.
  const keyExpr = parts.length === 1 ? names[0]! : names.map((n) => `(${n} === undefined ? '-' : ${n}.length + ':' + ${n})`).join(' + ');
  const flagsPart = c.regexFlags === undefined ? undefined : parts.find((p) => same(p.node, c.args[c.regexFlags!]));
  if (flagsPart) keyable += ` && !/[gy]/.test(${flagsPart.param} ?? '')`;
  const t = ctx.typed ? `: ${c.type} | undefined` : '';
  const lines = [
    `const ${cache} = new Map${ctx.typed ? `<string, ${c.type}>` : ''}();`,
    `// ${c.stateless}, so one per distinct argument list is shared.`,
    `// Only string arguments make a key (anything else is built afresh); at most 1000 are kept.`,
    `function ${helper}(${params})${ctx.typed ? `: ${c.type}` : ''} {`,
    `${unit}const key = ${keyable} ? ${keyExpr} : undefined;`,
    `${unit}let value${t} = key === undefined ? undefined : ${cache}.get(key);`,
    `${unit}if (value === undefined) {`,
    `${unit}${unit}value = new ${c.ctor}(${rendered.join(', ')});`,
    `${unit}${unit}if (key !== undefined) {`,
    `${unit}${unit}${unit}if (${cache}.size >= 1000) ${cache}.clear();`,
    `${unit}${unit}${unit}${cache}.set(key, value);`,
    `${unit}${unit}}`,
    `${unit}}`,
    `${unit}return value;`,
    '}',
  ];
  const call = `${helper}(${parts.map((p) => p.node.text).join(', ')})`;
  const where = everyTime(escape.regions);
  let place = ctx.placeAtModule(c.node, escape.moduleRefs.map((b) => b.id), lines);
  if (place.loadRisk) place = ctx.placeAtModule(c.node, escape.moduleRefs.map((b) => b.id), lines, true);
  if (place.loadRisk) return { reason: `top-level code calls the function that builds ${c.what} while the module loads, before a shared cache could be initialised` };
  return {
    edits: [place.edit, { start: c.node.startIndex, end: c.node.endIndex, text: c.use(call) }],
    description: `Shares ${c.what} per distinct argument list (\`${helper}(${list})\`, a bounded cache at module scope) instead of building one on ${where}; it cannot move to module scope as it is because ${escape.blocker ?? escape.moduleBlocker}. ${c.stateless}.`,
  };
}
