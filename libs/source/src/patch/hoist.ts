import type { Node } from 'web-tree-sitter';
import { ancestors, contains, descendants, isFunction, same } from './ast';
import type { PatchContext } from './context';
import type { Edit } from './diff';
import { analyseEscape, everyTime, anchorInside, type Escape } from './escape';
import { freshName, type Binding } from './scope';
import type { PatchPlan } from './plan';

/** What is being built once instead of per call. */
export interface Construction {
  /** The expression in the file that builds the object (replaced by a reference to the shared one). */
  node: Node;
  /** Source text that builds it at its new place (usually node.text). */
  build: string;
  /** Text that replaces `node`, given the name of the shared instance (usually the name itself). */
  use: (shared: string) => string;
  /** Base for the shared binding's name, e.g. inventoryClient. */
  baseName: string;
  /** TypeScript type of the shared value, for declarations that need one (`let x: T | undefined`). */
  type: string;
  /** What it is, for messages: "the InventoryClient client". */
  what: string;
}

// Calls on the object that end its life or change it for the caller: a shared instance must not get them.
const LIFECYCLE = /^(close|destroy|end|quit|disconnect|dispose|shutdown|terminate|release|abort|removeAllListeners)$/;

/** Why sharing the value of `node` would change the function's behaviour, if it would. */
export function usageBlocker(ctx: PatchContext, node: Node): string | undefined {
  const decl = node.parent;
  if (decl?.type !== 'variable_declarator' || !same(decl.childForFieldName('value'), node)) return undefined;
  const id = decl.childForFieldName('name');
  if (id?.type !== 'identifier') return undefined;
  const b = ctx.scopes.resolve(id);
  if (!b) return undefined;
  if (b.assignments.length > 0) return `\`${b.name}\` is reassigned at line ${b.assignments[0]!.startPosition.row + 1}`;
  for (const ref of ctx.scopes.references(b)) {
    const parent = ref.parent;
    if (parent?.type !== 'member_expression' || !same(parent.childForFieldName('object'), ref)) continue;
    const prop = parent.childForFieldName('property')?.text ?? '';
    const grand = parent.parent;
    if (grand?.type === 'call_expression' && LIFECYCLE.test(prop)) return `the code calls \`${b.name}.${prop}()\` at line ${grand.startPosition.row + 1}, which a shared instance must not get`;
    if ((grand?.type === 'assignment_expression' || grand?.type === 'augmented_assignment_expression') && same(grand.childForFieldName('left'), parent)) {
      return `the code sets \`${parent.text}\` at line ${grand.startPosition.row + 1}: per-call state on the object`;
    }
  }
  return undefined;
}

/** The `const NAME = <node>;` statement that `node` is the whole initialiser of, when it can move as it is. */
function movableDeclaration(ctx: PatchContext, node: Node): { statement: Node; binding: Binding } | undefined {
  const decl = node.parent;
  const statement = decl?.parent;
  if (decl?.type !== 'variable_declarator' || statement?.type !== 'lexical_declaration') return undefined;
  if (statement.child(0)?.text !== 'const' || statement.namedChildren.filter((c) => c?.type === 'variable_declarator').length !== 1) return undefined;
  const id = decl.childForFieldName('name');
  if (id?.type !== 'identifier' || !ctx.ownsLines(statement)) return undefined;
  const binding = ctx.scopes.resolve(id);
  if (!binding) return undefined;
  return { statement, binding };
}

/** True when the name of `binding` keeps meaning the same thing if its declaration moves to `newScope`. */
function nameSurvivesMove(ctx: PatchContext, binding: Binding, newScope: Node): boolean {
  for (const other of ctx.scopes.named(binding.name)) {
    if (other === binding) continue;
    // Another declaration between the new place and the uses would capture them, or be captured.
    if (contains(other.scope, binding.id) || contains(newScope, other.id)) return false;
  }
  for (const n of descendants(newScope)) {
    if ((n.type === 'identifier' || n.type === 'shorthand_property_identifier') && n.text === binding.name && !ctx.scopes.isDeclaration(n)) {
      const r = ctx.scopes.resolve(n);
      if (r !== binding && (!r || !contains(newScope, r.scope) || same(r.scope, newScope))) return false;
    }
  }
  return true;
}

function deleteLines(ctx: PatchContext, statement: Node): Edit {
  return { start: ctx.lineStart(statement.startIndex), end: ctx.nextLineStart(statement.endIndex), text: '' };
}

/**
 * Builds the object once: at module scope when nothing it reads changes between calls (on first
 * use when it reads configuration), else before the outermost loop it does not depend on.
 * Returns undefined with `why` set when it cannot move at all.
 */
export function hoistConstruction(ctx: PatchContext, c: Construction, escape: Escape = analyseEscape(ctx.scopes, c.node)): PatchPlan | { reason: string } {
  const { regions } = escape;
  if (regions.length === 0) return { reason: `${c.what} is already built once, at module scope (line ${c.node.startPosition.row + 1})` };
  const usage = usageBlocker(ctx, c.node);
  if (usage) return { reason: `sharing ${c.what} is not safe: ${usage}` };

  const toModule = escape.escapable === regions.length && !escape.moduleBlocker;
  if (toModule) return hoistToModule(ctx, c, escape);
  const k = escape.escapable === regions.length ? regions.length - 1 : escape.escapable;
  const anchor = anchorInside(regions, k);
  if (!anchor || k === 0) {
    return { reason: `${c.what} cannot move out of ${regions[0]!.label}: ${escape.blocker ?? escape.moduleBlocker}` };
  }
  const holder = regions[k]!;
  const left = regions.slice(0, k).map((r) => r.label).join(' and ');
  const moved = c.build === c.node.text ? movableDeclaration(ctx, c.node) : undefined;
  const block = anchor.parent!;
  if (moved && nameSurvivesMove(ctx, moved.binding, block)) {
    return {
      edits: [ctx.insertBefore(anchor, [moved.statement.text]), deleteLines(ctx, moved.statement)],
      description: `Builds ${c.what} once per call of ${holder.label}, before ${left}, instead of on every iteration (${escape.blocker ?? 'it depends on the call'}, so it cannot move further out).`,
    };
  }
  const name = freshName(c.baseName, ctx.taken);
  return {
    edits: [ctx.insertBefore(anchor, [`const ${name} = ${c.build};`]), { start: c.node.startIndex, end: c.node.endIndex, text: c.use(name) }],
    description: `Builds ${c.what} once per call of ${holder.label} as \`${name}\`, before ${left}, instead of on every iteration (${escape.blocker ?? 'it depends on the call'}, so it cannot move further out).`,
  };
}

/**
 * Another site in the file that a patch of its own would give the same module-level name: a
 * declaration of the same name elsewhere, or the same constructor called elsewhere. Each patch is
 * built against the original text, so such names get the using function's name as a suffix.
 */
function siblingSite(ctx: PatchContext, c: Construction, declared: string | undefined): boolean {
  if (declared && ctx.scopes.named(declared).length > 1) return true;
  const callee = (n: Node) => (n.type === 'new_expression' ? n.childForFieldName('constructor')?.text : n.type === 'call_expression' ? n.childForFieldName('function')?.text : undefined);
  const mine = callee(c.node);
  if (!mine) return false;
  for (const n of descendants(ctx.root)) if (!same(n, c.node) && callee(n) === mine && ancestors(n).some(isFunction)) return true;
  return false;
}

function hoistToModule(ctx: PatchContext, c: Construction, escape: Escape): PatchPlan | { reason: string } {
  const deps = escape.moduleRefs.map((b) => b.id);
  const owner = escape.regions.map((r) => r.label).find((l) => /^[A-Za-z_$][\w$]*$/.test(l) && l !== 'constructor');
  const movedName = movableDeclaration(ctx, c.node)?.binding.name;
  const suffix = owner && siblingSite(ctx, c, movedName) ? `For${owner[0]!.toUpperCase()}${owner.slice(1)}` : '';
  const where = everyTime(escape.regions);
  const outer = escape.regions.at(-1)!;
  const eager = (lines: string[]) => ctx.placeAtModule(c.node, deps, lines);
  if (!escape.lazy) {
    const moved = c.build === c.node.text && !suffix ? movableDeclaration(ctx, c.node) : undefined;
    if (moved && nameSurvivesMove(ctx, moved.binding, ctx.root)) {
      const place = eager([moved.statement.text.trim()]);
      if (!place.loadRisk) {
        return {
          edits: [place.edit, deleteLines(ctx, moved.statement)],
          description: `Builds ${c.what} once, at module scope, instead of on ${where}: everything it reads is fixed when the module loads.`,
        };
      }
    } else {
      const name = freshName(`${c.baseName}${suffix}`, ctx.taken);
      const place = eager([`const ${name} = ${c.build};`]);
      if (!place.loadRisk) {
        return {
          edits: [place.edit, { start: c.node.startIndex, end: c.node.endIndex, text: c.use(name) }],
          description: `Builds ${c.what} once, at module scope (\`${name}\`), instead of on ${where}: everything it reads is fixed when the module loads.`,
        };
      }
      ctx.taken.delete(name);
    }
  }
  const name = freshName(`${c.baseName}${suffix}`, ctx.taken);
  const getter = freshName(`get${c.baseName[0]!.toUpperCase()}${c.baseName.slice(1)}${suffix}`, ctx.taken);
  const why = escape.lazy ? `${escape.lazyWhy}, so it is built on first use rather than when the module loads` : `top-level code calls ${outer.label} while the module loads, so it is built on first use`;
  const declare = ctx.typed ? `let ${name}: ${c.type} | undefined;` : `let ${name};`;
  const unit = ctx.indentUnit();
  const lines = [declare, `// Built once and shared; ${why}.`, `function ${getter}()${ctx.typed ? `: ${c.type}` : ''} {`, `${unit}${name} ??= ${c.build};`, `${unit}return ${name};`, '}'];
  let place = ctx.placeAtModule(c.node, deps, lines);
  if (place.loadRisk) place = ctx.placeAtModule(c.node, deps, lines, true);
  if (place.loadRisk) return { reason: `top-level code calls ${outer.label} while the module loads, before the shared ${c.what} could be declared` };
  return {
    edits: [place.edit, { start: c.node.startIndex, end: c.node.endIndex, text: c.use(`${getter}()`) }],
    description: `Builds ${c.what} once, on first use (\`${getter}()\`), instead of on ${where}: ${why}.`,
  };
}

/** The first node, in source order, of the line (1-based) that satisfies `test`, preferring one at the column. */
export function findOnLine(root: Node, text: string, line: number, column: number, test: (n: Node) => boolean): Node | undefined {
  const row = line - 1;
  let best: Node | undefined;
  for (const n of descendants(root)) {
    if (n.startPosition.row > row || n.endPosition.row < row) continue;
    if (!test(n)) continue;
    if (n.startPosition.row === row && n.startPosition.column === column - 1) return n;
    if (!best || (best.startPosition.row !== row && n.startPosition.row === row)) best = n;
  }
  return best;
}

