import type { Node } from 'web-tree-sitter';
import { ancestors, contains, descendants, enclosingStatement, functionName, isFunction, isLoop, iteratingCall, same } from './ast';
import type { Binding, Scopes } from './scope';

/** A loop or function that an expression sits in, innermost first. */
export interface Region {
  node: Node;
  kind: 'loop' | 'function';
  /** For messages: "the loop at line 12", "createOrder". */
  label: string;
  /** A function that runs once per element (`forEach`, `map` … callback) counts as a loop too. */
  iterates: boolean;
}

export interface Escape {
  regions: Region[];
  /** How many regions, innermost first, the expression can be moved out of. */
  escapable: number;
  /** Why it cannot leave regions[escapable] (absent when it can leave them all). */
  blocker?: string;
  /** Why it cannot go to module scope although it leaves every region (a module variable reassigned elsewhere). */
  moduleBlocker?: string;
  /** Reads configuration (`process.env`) or calls a function: build it on first use, not at load. */
  lazy: boolean;
  lazyWhy?: string;
  /** Free references that are module-level bindings (their declarations decide where a module-scope copy may go). */
  moduleRefs: Binding[];
}

// Calls whose result depends only on their arguments, so hoisting them with invariant arguments changes nothing.
const PURE_CALLS = new Set(['Number', 'String', 'Boolean', 'parseInt', 'parseFloat', 'BigInt', 'Symbol.for', 'Object.freeze', 'path.join', 'path.resolve', 'path.dirname', 'path.basename', 'join', 'resolve', 'require', 'JSON.stringify', 'JSON.parse']);
// Calls that return something new each time: an expression holding one cannot be shared.
const VARYING_CALLS = /^(Date\.now|Math\.random|performance\.now|process\.hrtime(\.bigint)?|crypto\.randomUUID|randomUUID|crypto\.randomBytes|randomBytes|crypto\.randomInt|randomInt|new Date)$/;

function loopKind(loop: Node): string {
  if (loop.type === 'for_in_statement') return loop.childForFieldName('operator')?.text === 'in' ? 'for…in' : 'for…of';
  return loop.type === 'do_statement' ? 'do…while' : loop.type.replace('_statement', '');
}

export function regionsOf(expr: Node): Region[] {
  const out: Region[] = [];
  for (const a of ancestors(expr)) {
    if (isLoop(a)) out.push({ node: a, kind: 'loop', label: `the ${loopKind(a)} loop at line ${a.startPosition.row + 1}`, iterates: true });
    else if (isFunction(a)) out.push({ node: a, kind: 'function', label: functionName(a), iterates: iteratingCall(a) !== undefined });
  }
  return out;
}

function describe(b: Binding, r: Region): string {
  switch (b.kind) {
    case 'param':
      return `\`${b.name}\` is a parameter of ${r.kind === 'function' && contains(r.node, b.id) ? r.label : 'an enclosing function'}`;
    case 'loop':
      return `\`${b.name}\` is the loop variable of ${r.kind === 'loop' ? r.label : `a loop in ${r.label}`}`;
    case 'catch':
      return `\`${b.name}\` is the caught error`;
    default:
      return `\`${b.name}\` is a local variable declared in ${r.label} (line ${b.id.startPosition.row + 1})`;
  }
}

function insideNestedFunction(node: Node, outer: Node): boolean {
  for (let p = node.parent; p && !same(p, outer); p = p.parent) if (isFunction(p)) return true;
  return false;
}

/** How far out of its loops and functions `expr` can move without changing what it computes. */
export function analyseEscape(scopes: Scopes, expr: Node): Escape {
  const regions = regionsOf(expr);
  let escapable = regions.length;
  let blocker: string | undefined;
  let moduleBlocker: string | undefined;
  let lazy = false;
  let lazyWhy: string | undefined;
  const moduleRefs: Binding[] = [];
  const block = (index: number, why: string) => {
    if (index < escapable) {
      escapable = index;
      blocker = why;
    }
  };

  for (const ref of scopes.freeReferences(expr)) {
    const b = scopes.resolve(ref);
    if (!b) continue; // a global (RegExp, Intl, process, …)
    for (let i = 0; i < regions.length; i++) {
      const r = regions[i]!;
      if (contains(r.node, b.id)) {
        block(i, describe(b, r));
        break;
      }
      const assigned = b.assignments.find((a) => contains(r.node, a));
      if (assigned) {
        block(i, `\`${b.name}\` is assigned inside ${r.label} (line ${assigned.startPosition.row + 1})`);
        break;
      }
    }
    if (b.scope.type === 'program') {
      moduleRefs.push(b);
      const later = b.assignments.find((a) => ancestors(a).some(isFunction));
      if (later && !moduleBlocker) moduleBlocker = `the module variable \`${b.name}\` is reassigned at line ${later.startPosition.row + 1}, so its value when the module loads is not the one each call sees`;
    }
  }

  for (const n of descendants(expr)) {
    if (n.type === 'this' || n.type === 'super' || (n.type === 'identifier' && n.text === 'arguments' && !scopes.resolve(n))) {
      const i = regions.findIndex((r) => r.kind === 'function' && r.node.type !== 'arrow_function');
      if (i >= 0) block(i, `it uses \`${n.text}\` of ${regions[i]!.label}`);
    } else if (n.type === 'await_expression' || n.type === 'yield_expression') {
      block(0, `it contains \`${n.type === 'await_expression' ? 'await' : 'yield'}\``);
    } else if ((n.type === 'call_expression' || n.type === 'new_expression') && !insideNestedFunction(n, expr)) {
      // Calls inside a callback passed to the construction run later, not when it is built.
      const callee = (n.childForFieldName(n.type === 'call_expression' ? 'function' : 'constructor')?.text ?? '').replace(/\s+/g, '');
      const name = n.type === 'new_expression' ? `new ${callee}` : callee;
      if (VARYING_CALLS.test(name)) block(0, `\`${name}()\` returns a different value on every call`);
      else if (!same(n, expr) && n.type === 'call_expression' && !PURE_CALLS.has(callee) && !lazy) {
        lazy = true;
        lazyWhy = `it calls \`${callee}()\``;
      }
    } else if (n.type === 'member_expression' && /^process\.env\b/.test(n.text) && !lazy) {
      lazy = true;
      lazyWhy = `it reads \`${n.text}\``;
    }
  }
  return { regions, escapable, blocker, moduleBlocker, lazy, lazyWhy, moduleRefs };
}

/**
 * The statement before which a value computed once per call of regions[k] can be declared, having
 * left regions[0..k-1]: the statement of regions[k]'s body that holds regions[k-1].
 */
export function anchorInside(regions: Region[], escaped: number): Node | undefined {
  if (escaped === 0) return undefined;
  const outer = regions[escaped - 1]!;
  const anchor = enclosingStatement(outer.node);
  const holder = regions[escaped];
  if (!anchor || (holder && !contains(holder.node, anchor))) return undefined;
  return anchor;
}

/** "every call of f", "every iteration of the for…of loop at line 3 in f": how often the code runs now. */
export function everyTime(regions: Region[]): string {
  if (regions.length === 0) return 'module load';
  const [first, ...rest] = regions;
  const tail = rest.length > 0 ? ` in ${rest.map((r) => r.label).join(' in ')}` : '';
  return first!.kind === 'loop' || first!.iterates ? `every iteration of ${first!.label}${tail}` : `every call of ${first!.label}${tail}`;
}
