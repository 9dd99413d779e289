import { Language, Parser, type Tree } from 'web-tree-sitter';

/** Languages whose official grammar is bundled (as WASM inside its npm package). */
export type SourceLanguage = 'typescript' | 'tsx' | 'javascript' | 'python' | 'go' | 'java';

const GRAMMARS: Record<SourceLanguage, string> = {
  typescript: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
  javascript: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  go: 'tree-sitter-go/tree-sitter-go.wasm',
  java: 'tree-sitter-java/tree-sitter-java.wasm',
};

const EXTENSIONS: Record<string, SourceLanguage> = {
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.py': 'python',
  '.go': 'go',
  '.java': 'java',
};

/** The grammar for a file name, by extension; undefined for a language we cannot parse. */
export function languageOf(file: string): SourceLanguage | undefined {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[file.slice(dot).toLowerCase()];
}

let ready: Promise<void> | undefined;
const languages = new Map<SourceLanguage, Promise<Language>>();

/**
 * A parser for one language. The WASM runtime and each grammar load once per
 * process (tens of milliseconds each); a Parser is cheap, but not shareable
 * across concurrent async callers, so each call gets its own.
 */
export async function parserFor(language: SourceLanguage): Promise<Parser> {
  ready ??= Parser.init();
  await ready;
  let lang = languages.get(language);
  if (!lang) {
    lang = Language.load(require.resolve(GRAMMARS[language]));
    languages.set(language, lang);
  }
  const parser = new Parser();
  parser.setLanguage(await lang);
  return parser;
}

/** Parses source text; the tree must be deleted by the caller when done (WASM memory). */
export async function parseSource(text: string, language: SourceLanguage): Promise<Tree> {
  const parser = await parserFor(language);
  try {
    const tree = parser.parse(text);
    if (!tree) throw new Error(`tree-sitter returned no tree for ${language} source`);
    return tree;
  } finally {
    parser.delete();
  }
}
