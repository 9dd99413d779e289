import type { StackFrame } from '@hotpath/report';
import { languageOf, parseSource, type SourceLanguage } from './parser';
import { matchesCategory } from './patterns';
import type { SourceResolver } from './resolve';
import { functionName, grammarOf, sitesIn } from './syntax';

/** Categories whose expression is specific enough that one site in a whole program identifies it. */
const SEARCHABLE = new Set([
  'client-construction-in-hot-path',
  'regex-compilation-in-hot-path',
  'sync-crypto-on-request-path',
  'locale-formatter-construction',
  'connection-without-keepalive',
  'module-loading-in-hot-path',
  'reflection-overhead',
]);

/** Files and characters searched at most: this runs only for findings whose stacks never reach the program. */
const MAX_FILES = 2000;
const MAX_CHARS = 16 * 1024 * 1024;

export type SearchResult = { file: string; line: number; column: number; start: { line: number; column: number }; function: string } | { candidates: string[] } | null;

/**
 * For a finding with no frame of the program on its stacks (a Go transport
 * dialling in its own goroutine, SDK work in a promise continuation): the one
 * place in the tree that has an expression of the category. More than one
 * place is reported as candidates, never chosen between; an index of sites
 * per file is kept across findings.
 */
export class TreeSearch {
  private readonly sites = new Map<string, { line: number; column: number; start: { line: number; column: number }; function: string; match: (c: string) => boolean }[]>();
  private loaded = false;
  private readonly files: { file: string; language: SourceLanguage }[] = [];

  constructor(private readonly resolver: SourceResolver) {}

  async find(category: string, stack: StackFrame[]): Promise<SearchResult> {
    if (!SEARCHABLE.has(category)) return null;
    const languages = languagesOf(stack);
    if (languages.size === 0) return null;
    await this.load();
    const hits: { file: string; line: number; column: number; start: { line: number; column: number }; function: string }[] = [];
    for (const { file, language } of this.files) {
      if (!languages.has(language)) continue;
      for (const s of this.sites.get(file) ?? []) if (s.match(category)) hits.push({ file, line: s.line, column: s.column, start: s.start, function: s.function });
    }
    if (hits.length === 0) return null;
    // Several sites of one expression on one line (`&http.Client{Transport: &http.Transport{…}}`) are one place.
    const places = [...new Set(hits.map((h) => `${h.file}:${h.line}`))];
    return places.length === 1 ? hits[0] : { candidates: places };
  }

  private async load(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    let chars = 0;
    for (const file of this.resolver.list()) {
      const language = languageOf(file);
      // A compiled file with a map would count each site twice (here and in its source).
      if (!language || this.files.length >= MAX_FILES || this.resolver.compiled(file)) continue;
      const text = this.resolver.read(file);
      if (text === null || chars + text.length > MAX_CHARS) continue;
      chars += text.length;
      this.files.push({ file, language });
      const tree = await parseSource(text, language);
      try {
        const g = grammarOf(language);
        this.sites.set(
          file,
          sitesIn(tree.rootNode, language).map((s) => {
            let fn = '';
            for (let p = s.node.parent; p && !fn; p = p.parent) if (g.functions.has(p.type)) fn = functionName(p, language);
            const probe = { kind: s.kind, callee: s.callee };
            return { line: s.callRow + 1, column: s.callColumn + 1, start: { line: s.row + 1, column: s.column + 1 }, function: fn, match: (c: string) => matchesCategory(c, probe) };
          }),
        );
      } finally {
        // The matchers keep copies of the callee strings: nodes die with the tree.
        tree.delete();
      }
    }
  }
}

/** The source languages a stack's frames come from. */
function languagesOf(stack: StackFrame[]): Set<SourceLanguage> {
  const out = new Set<SourceLanguage>();
  for (const f of stack) {
    const l = f.file.startsWith('node:') ? 'javascript' : languageOf(f.file.replace(/[?#].*$/, ''));
    if (l) out.add(l);
    else if (!f.file && /^(?:java|javax|jdk|sun|com|org)\./.test(f.function)) out.add('java');
  }
  if (out.has('javascript') || out.has('typescript')) for (const l of ['javascript', 'typescript', 'tsx'] as const) out.add(l);
  return out;
}
