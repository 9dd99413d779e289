import type { Node } from 'web-tree-sitter';
import type { SourceLanguage } from './parser';

/**
 * What the locate stage needs to know of each grammar: which nodes are
 * functions, loops, constructions, calls and throws, and where their names
 * are. One table per language family, so the search itself is the same for
 * all of them.
 */
interface Grammar {
  functions: Set<string>;
  loops: Set<string>;
  /** Node type → field holding the constructed type (`new X(`, Go `X{…}`). */
  constructions: Record<string, string>;
  /** Node type → field holding the callee. */
  calls: Record<string, string>;
  throws: Set<string>;
  /** Calls whose function argument runs once per element (`items.forEach(x => …)`). */
  iterating: RegExp;
}

const JS: Grammar = {
  functions: new Set(['function_declaration', 'generator_function_declaration', 'function_expression', 'function', 'generator_function', 'arrow_function', 'method_definition']),
  loops: new Set(['for_statement', 'for_in_statement', 'while_statement', 'do_statement']),
  constructions: { new_expression: 'constructor' },
  calls: { call_expression: 'function' },
  throws: new Set(['throw_statement']),
  iterating: /\.(forEach|map|flatMap|filter|reduce|reduceRight|some|every|find|findIndex|sort)$/,
};

const GRAMMARS: Record<SourceLanguage, Grammar> = {
  javascript: JS,
  typescript: JS,
  tsx: JS,
  python: {
    functions: new Set(['function_definition', 'lambda']),
    loops: new Set(['for_statement', 'while_statement', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']),
    constructions: {},
    calls: { call: 'function' },
    throws: new Set(['raise_statement']),
    iterating: /^(map|filter|sorted)$/,
  },
  go: {
    functions: new Set(['function_declaration', 'method_declaration', 'func_literal']),
    loops: new Set(['for_statement']),
    constructions: { composite_literal: 'type' },
    calls: { call_expression: 'function' },
    throws: new Set(),
    iterating: /^$/,
  },
  java: {
    functions: new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'static_initializer']),
    loops: new Set(['for_statement', 'enhanced_for_statement', 'while_statement', 'do_statement']),
    constructions: { object_creation_expression: 'type' },
    calls: { method_invocation: 'name' },
    throws: new Set(['throw_statement']),
    iterating: /\.(forEach|map|filter|flatMap|anyMatch|allMatch|noneMatch|reduce|collect|removeIf|computeIfAbsent)$/,
  },
};

export interface FunctionInfo {
  node: Node;
  /** The name a profile would give it; '' for an anonymous function. */
  name: string;
  /** 0-based rows, as tree-sitter counts. */
  startRow: number;
  endRow: number;
  startColumn: number;
}

/** An expression that may be the offending one. */
export interface Site {
  kind: 'new' | 'call' | 'throw';
  /** The callee as written, whitespace removed (`crypto.pbkdf2Sync`, `Intl.NumberFormat`, `regexp.MustCompile`). */
  callee: string;
  /** Its last identifier (`pbkdf2Sync`). */
  name: string;
  node: Node;
  /** 0-based row and column of the expression's start. */
  row: number;
  column: number;
  /**
   * Where a reader sees the call: the method's row and column when a chain
   * spreads over lines (`items\n  .filter(…)\n  .includes(x)` is "the
   * `.includes(` line"), else the start. Profilers record that row too.
   */
  callRow: number;
  callColumn: number;
  /** True when a loop or a per-element callback encloses it (inside the searched function or around it). */
  inLoop: boolean;
  /** Functions between it and the searched function (0: directly in its body). */
  depth: number;
}

export function grammarOf(language: SourceLanguage): Grammar {
  return GRAMMARS[language];
}

/** Every function of a tree, outermost first. */
export function functionsOf(root: Node, language: SourceLanguage): FunctionInfo[] {
  const g = GRAMMARS[language];
  const out: FunctionInfo[] = [];
  walk(root, (n) => {
    if (g.functions.has(n.type)) out.push({ node: n, name: functionName(n, language), startRow: n.startPosition.row, endRow: n.endPosition.row, startColumn: n.startPosition.column });
  });
  return out;
}

/** The name a profiler shows for a function node. */
export function functionName(fn: Node, language: SourceLanguage): string {
  const own = fn.childForFieldName('name');
  if (own) return own.text;
  const p = fn.parent;
  if (!p) return '';
  // JS: `const f = () => …`, `{ f: function () … }`, `obj.f = function () …`, class fields.
  if (p.type === 'variable_declarator') return p.childForFieldName('name')?.text ?? '';
  if (p.type === 'pair') return (p.childForFieldName('key')?.text ?? '').replace(/^['"]|['"]$/g, '');
  if (p.type === 'assignment_expression') return (p.childForFieldName('left')?.text ?? '').split('.').pop() ?? '';
  if (p.type === 'public_field_definition' || p.type === 'field_definition') return (p.childForFieldName('name') ?? p.childForFieldName('property'))?.text ?? '';
  return '';
}

/** Candidate expressions inside a function (or the whole file), in source order. */
export function sitesIn(scope: Node, language: SourceLanguage): Site[] {
  const g = GRAMMARS[language];
  const out: Site[] = [];
  const loopAround = enclosingLoop(scope, g) !== null;
  // An explicit stack, not recursion: generated code nests deeper than the JS stack allows.
  const todo: [Node, number, boolean][] = [[scope, 0, loopAround || (g.functions.has(scope.type) && isIterationCallback(scope, g))]];
  while (todo.length > 0) {
    const [n, depth, inLoop] = todo.pop()!;
    const at = { node: n, row: n.startPosition.row, column: n.startPosition.column, callRow: n.startPosition.row, callColumn: n.startPosition.column, inLoop, depth };
    let site: Site | null = null;
    if (n.type in g.constructions) {
      const type = n.childForFieldName(g.constructions[n.type]);
      // Go composite literals are constructions only when they build a struct of a package (`http.Client{…}`), not a slice or map.
      if (type && (n.type !== 'composite_literal' || type.type === 'qualified_type')) site = { kind: 'new', ...callee(type.text), ...at };
    } else if (n.type in g.calls) {
      const fn = n.childForFieldName(g.calls[n.type]);
      if (fn) {
        const object = language === 'java' ? n.childForFieldName('object') : null;
        site = { kind: 'call', ...callee(object ? `${object.text}.${fn.text}` : fn.text), ...at };
        // The method of a member call: `property` (JS, Go `field`), Java's `name` is `fn` itself.
        const method = language === 'java' ? fn : (fn.childForFieldName('property') ?? fn.childForFieldName('field') ?? fn.childForFieldName('attribute'));
        if (method && method.startPosition.row !== n.startPosition.row) {
          site.callRow = method.startPosition.row;
          // The column of the `.` before the method, where `.includes(` begins.
          site.callColumn = Math.max(0, method.startPosition.column - 1);
        }
      }
    } else if (g.throws.has(n.type)) {
      site = { kind: 'throw', callee: 'throw', name: 'throw', ...at };
    }
    if (site) out.push(site);
    const isFn = n !== scope && g.functions.has(n.type);
    const loopHere = g.loops.has(n.type) || (isFn && isIterationCallback(n, g));
    const children = n.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c) todo.push([c, depth + (isFn ? 1 : 0), inLoop || loopHere]);
    }
  }
  return out;
}

/** The innermost loop (or per-element callback) around a node, within its function. */
export function enclosingLoop(node: Node, g: Grammar = JS): Node | null {
  for (let p = node.parent; p; p = p.parent) {
    if (g.loops.has(p.type)) return p;
    if (g.functions.has(p.type)) return isIterationCallback(p, g) ? p : null;
  }
  return null;
}

/** A function passed to `forEach`/`map`/… runs once per element: its body is a loop. */
function isIterationCallback(fn: Node, g: Grammar): boolean {
  const args = fn.parent;
  const call = args?.parent;
  if (!args || !call || (args.type !== 'arguments' && args.type !== 'argument_list')) return false;
  const callee = call.childForFieldName('function') ?? call.childForFieldName('name');
  if (!callee) return false;
  const object = call.childForFieldName('object');
  const text = (object ? `${object.text}.${callee.text}` : callee.text).replace(/\s+/g, '');
  return g.iterating.test(text);
}

function callee(text: string): { callee: string; name: string } {
  // `new Map<string, number>()` names `Map`; `foo?.bar` is `foo.bar`; generic arguments are not part of the name.
  const clean = text.replace(/\s+/g, '').replace(/<.*>$/, '').replace(/\?\./g, '.').replace(/^\(+|\)+$/g, '');
  const name = clean.split(/[.:]/).pop() ?? clean;
  return { callee: clean, name };
}

function walk(root: Node, f: (n: Node) => void): void {
  const todo: Node[] = [root];
  while (todo.length > 0) {
    const n = todo.pop()!;
    f(n);
    const children = n.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c) todo.push(c);
    }
  }
}
