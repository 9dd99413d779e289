import type { Node } from 'web-tree-sitter';

// Node types of the JavaScript, TypeScript and TSX grammars that the patch builders reason about.

export const FUNCTION_TYPES = new Set([
  'function_declaration',
  'generator_function_declaration',
  'function_expression',
  'function',
  'generator_function',
  'arrow_function',
  'method_definition',
]);

// `for (… of …)` and `for (… in …)` are both `for_in_statement` in these grammars.
export const LOOP_TYPES = new Set(['for_statement', 'for_in_statement', 'while_statement', 'do_statement']);

/** Array methods whose callback runs once per element: the callback body is a loop body. */
export const ITERATING_METHODS = new Set(['forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap']);

export function isFunction(node: Node): boolean {
  return FUNCTION_TYPES.has(node.type);
}

export function isLoop(node: Node): boolean {
  return LOOP_TYPES.has(node.type);
}

/** Ancestors from the parent outwards. */
export function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}

/** Depth-first, pre-order walk of named descendants (and the node itself). */
export function* descendants(node: Node): Generator<Node> {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    yield n;
    const kids = n.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
}

export function contains(outer: Node, inner: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/** The statement (child of a block, program or switch case) that holds `node`. */
export function enclosingStatement(node: Node): Node | undefined {
  let n: Node | null = node;
  while (n && n.parent) {
    const t = n.parent.type;
    if (t === 'statement_block' || t === 'program' || t === 'switch_case' || t === 'switch_default' || t === 'class_body') return n;
    n = n.parent;
  }
  return undefined;
}

/** Name of a function node for messages: its declared name, the variable or property it is assigned to, or "an anonymous function". */
export function functionName(fn: Node): string {
  const name = fn.childForFieldName('name');
  if (name) return name.text;
  const parent = fn.parent;
  if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text ?? 'an anonymous function';
  if (parent?.type === 'pair') return parent.childForFieldName('key')?.text ?? 'an anonymous function';
  if (parent?.type === 'arguments') {
    const call = parent.parent;
    const callee = call?.childForFieldName('function');
    if (callee?.type === 'member_expression') return `the ${callee.childForFieldName('property')?.text} callback`;
    if (callee) return `the callback passed to ${callee.text}`;
  }
  return 'an anonymous function';
}

/** When `fn` is the callback of `xs.forEach(…)`, `xs.map(…)` and the like, the call it is passed to. */
export function iteratingCall(fn: Node): Node | undefined {
  const args = fn.parent;
  if (args?.type !== 'arguments') return undefined;
  const call = args.parent;
  const callee = call?.childForFieldName('function');
  if (call?.type !== 'call_expression' || callee?.type !== 'member_expression') return undefined;
  return ITERATING_METHODS.has(callee.childForFieldName('property')?.text ?? '') ? call : undefined;
}

/** True when the tree holds a syntax error or a node inserted by error recovery. */
export function hasSyntaxError(root: Node): boolean {
  if (!root.hasError) {
    for (const n of descendants(root)) if (n.isMissing) return true;
    return false;
  }
  return true;
}

/** Where the first ERROR or MISSING node sits, for messages. */
export function firstSyntaxError(root: Node): string | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.isError || n.isMissing) return `${n.isMissing ? `missing ${n.type}` : 'syntax error'} at line ${n.startPosition.row + 1}`;
    for (const c of n.children) if (c && (c.hasError || c.isMissing || c.isError)) stack.push(c);
  }
  return undefined;
}

/** Node identity: the web binding hands out a new wrapper object on every access, so `===` does not work. */
export function same(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}
