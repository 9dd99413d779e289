// Test helpers for libs/source's patch builders: ask for a patch, apply it with git, re-parse.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseSource, type SourceLanguage } from '../../libs/source/src/parser';
import { hasSyntaxError } from '../../libs/source/src/patch/ast';
import { buildPatch, type PatchResult } from '../../libs/source/src/patch/index';

/** 1-based line and column of the first occurrence of `needle` (the nth when `nth` is given). */
export function locate(text: string, needle: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not in the text`);
  }
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

export interface Patched {
  result: PatchResult;
  /** The file after `git apply` of the patch (undefined when no patch was offered). */
  after?: string;
}

/**
 * Asks for a patch at `needle`, and when one comes, applies it with `git apply` (after `--check`)
 * in a fresh git repository and re-parses the result: a patch that does not apply or yields a
 * file with syntax errors throws.
 */
export async function patchAt(text: string, needle: string, category: string, opts: { file?: string; language?: SourceLanguage; nth?: number } = {}): Promise<Patched> {
  const file = opts.file ?? 'src/app.js';
  const language = opts.language ?? 'javascript';
  const { line, column } = locate(text, needle, opts.nth);
  const result = await buildPatch({ file, text, language, line, column, category, ruleId: 'test.rule' });
  if (!('patch' in result)) return { result };
  const after = gitApply(file, text, result.patch);
  const tree = await parseSource(after, language);
  try {
    if (hasSyntaxError(tree.rootNode)) throw new Error(`patched file does not parse:\n${after}`);
  } finally {
    tree.delete();
  }
  return { result, after };
}

export function gitApply(file: string, text: string, patch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hotpath-patch-'));
  try {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'fix.diff'), patch);
    const check = spawnSync('git', ['apply', '--check', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`git apply --check failed: ${check.stderr}\n${patch}`);
    execFileSync('git', ['apply', 'fix.diff'], { cwd: dir });
    return readFileSync(join(dir, file), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs CommonJS source with the given modules for `require`; returns its exports. */
export function runCommonJs(source: string, modules: Record<string, unknown> = {}): Record<string, any> {
  const module = { exports: {} as Record<string, any> };
  const req = (name: string) => {
    if (name in modules) return modules[name];
    throw new Error(`unexpected require(${name})`);
  };
  new Function('module', 'exports', 'require', source)(module, module.exports, req);
  return module.exports;
}
