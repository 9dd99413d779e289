import type { Node } from 'web-tree-sitter';
import type { SourceLanguage } from '../parser';
import { contains, descendants, isFunction, same } from './ast';
import type { Edit } from './diff';
import { Scopes } from './scope';

/** What one patch builder works with: the file, its tree and its bindings. */
export class PatchContext {
  readonly scopes: Scopes;
  readonly taken: Set<string>;
  readonly typed: boolean;

  constructor(
    readonly text: string,
    readonly root: Node,
    readonly language: SourceLanguage,
  ) {
    this.scopes = new Scopes(root);
    this.taken = this.scopes.allNames();
    this.typed = language === 'typescript' || language === 'tsx';
  }

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Offset just after the newline that ends the line holding `offset` (or the end of the text). */
  nextLineStart(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  indentOf(offset: number): string {
    const start = this.lineStart(offset);
    return /^[ \t]*/.exec(this.text.slice(start))![0];
  }

  /** One indentation step as the file writes it (two spaces when it cannot tell). */
  indentUnit(): string {
    const m = /\n( +|\t)\S/.exec(this.text);
    return m ? (m[1]!.startsWith('\t') ? '\t' : m[1]!.length >= 4 && !/\n  \S/.test(this.text) ? '    ' : '  ') : '  ';
  }

  /** True when only whitespace precedes the node on its line and only whitespace or a comment follows it. */
  ownsLines(node: Node): boolean {
    const before = this.text.slice(this.lineStart(node.startIndex), node.startIndex);
    const after = this.text.slice(node.endIndex, this.nextLineStart(node.endIndex)).trim();
    return before.trim() === '' && (after === '' || after.startsWith('//'));
  }

  /** An edit that puts whole lines before the line of `node`, indented like it. */
  insertBefore(node: Node, lines: string[]): Edit {
    const start = this.lineStart(node.startIndex);
    const indent = this.indentOf(node.startIndex);
    return { start, end: start, text: lines.map((l) => (l ? indent + l : l)).join('\n') + '\n' };
  }

  /** The top-level statement that holds `node`. */
  topLevel(node: Node): Node {
    let n = node;
    while (n.parent && n.parent.type !== 'program') n = n.parent;
    return n;
  }

  /**
   * Where a module-scope declaration that reads `deps` can go: after the last top-level statement
   * declaring one of them, else after the file's leading directives and imports. Returns the
   * top-level statement to insert after (undefined: at the very top).
   */
  moduleAnchor(deps: Node[]): Node | undefined {
    const top = this.root.namedChildren.filter((n): n is Node => n !== null);
    let after = -1;
    for (let i = 0; i < top.length; i++) {
      const s = top[i]!;
      if (s.type === 'comment') continue;
      if (isPrologue(s)) after = i;
      else break;
    }
    for (const d of deps) {
      const i = top.findIndex((s) => contains(s, d));
      if (i > after) after = i;
    }
    return after >= 0 ? top[after] : undefined;
  }

  /** An edit that inserts declarations at module scope after `anchor` (a top-level statement), set off by a blank line. */
  insertAtModule(anchor: Node | undefined, lines: string[]): Edit {
    if (!anchor) return { start: 0, end: 0, text: lines.join('\n') + '\n\n' };
    const at = this.nextLineStart(anchor.endIndex);
    const eofNoNewline = at === this.text.length && !this.text.endsWith('\n');
    return { start: at, end: at, text: (eofNoNewline ? '\n' : '') + '\n' + lines.join('\n') + '\n' };
  }

  /**
   * Inserts module-scope declarations used by the code at `expr`: just above the top-level
   * statement that holds it (above its leading comments) when everything they read is declared
   * before that, else after the last declaration they read. `loadRisk` is true when top-level
   * code before the insertion calls the function holding `expr`: the new bindings would then be
   * read before they are initialised. `early` puts them right after what they read (and the
   * imports), the first place they can go, for code that the module runs while loading.
   */
  placeAtModule(expr: Node, deps: Node[], lines: string[], early = false): { edit: Edit; loadRisk: boolean } {
    const holder = this.topLevel(expr);
    const after = this.moduleAnchor(deps);
    if (early || (after && after.startIndex >= holder.startIndex)) return { edit: this.insertAtModule(after, lines), loadRisk: this.calledDuringLoad(expr, after) };
    let first = holder;
    for (let p = holder.previousNamedSibling; p && p.type === 'comment' && p.endPosition.row >= first.startPosition.row - 1; p = p.previousNamedSibling) first = p;
    const start = this.lineStart(first.startIndex);
    const before = first.previousNamedSibling ?? undefined;
    return { edit: { start, end: start, text: lines.join('\n') + '\n\n' }, loadRisk: this.calledDuringLoad(expr, before) };
  }

  /**
   * True when top-level code up to and including `anchor` calls the module-level function that
   * holds `expr`: a `const` declared after `anchor` would then be read before it is initialised.
   */
  calledDuringLoad(expr: Node, anchor: Node | undefined): boolean {
    const holder = this.topLevel(expr);
    const names = new Set<string>();
    const fnName = holder.childForFieldName('name') ?? holder.childForFieldName('declaration')?.childForFieldName('name');
    if (fnName) names.add(fnName.text);
    for (const d of descendants(holder)) if (d.type === 'variable_declarator' && same(d.parent?.parent, this.root)) names.add(d.childForFieldName('name')?.text ?? '');
    if (!anchor) return false;
    for (const s of this.root.namedChildren) {
      if (!s) continue;
      if (s.startIndex > anchor.startIndex) break;
      for (const d of descendants(s)) {
        if (d.type !== 'call_expression' && d.type !== 'new_expression') continue;
        if (insideFunction(d, s)) continue;
        const callee = d.childForFieldName(d.type === 'call_expression' ? 'function' : 'constructor');
        if (callee && names.has(callee.text)) return true;
      }
    }
    return false;
  }
}

function insideFunction(node: Node, stop: Node): boolean {
  for (let p = node.parent; p && !same(p, stop); p = p.parent) if (isFunction(p)) return true;
  return false;
}

function isPrologue(s: Node): boolean {
  if (s.type === 'import_statement') return true;
  if (s.type === 'expression_statement' && s.firstNamedChild?.type === 'string') return true;
  if (s.type === 'lexical_declaration' || s.type === 'variable_declaration') {
    return s.namedChildren.every((d) => {
      if (d?.type !== 'variable_declarator') return true;
      const v = d.childForFieldName('value');
      return !!v && /^(require\(|await import\()/.test(v.text) && !/\)\s*\(/.test(v.text);
    });
  }
  return false;
}
