import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shared corpus of real profiles lives beside the repository, never in
 * it. Tests that read it are skipped (not failed) where it is absent.
 */
export const CORPUS_DIR = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
export const hasCorpus = existsSync(join(CORPUS_DIR, 'README.md'));

export function corpusPath(...parts: string[]): string {
  return join(CORPUS_DIR, ...parts);
}

export function readCorpus(...parts: string[]): Buffer {
  return readFileSync(corpusPath(...parts));
}

export function listCorpus(folder: string): string[] {
  return hasCorpus ? readdirSync(corpusPath(folder)).filter((f) => !f.startsWith('.')) : [];
}
