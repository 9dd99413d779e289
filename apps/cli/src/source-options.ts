import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { SourceOptions } from '@hotpath/report';
import type { SourceResolver } from '@hotpath/source';
import { readGitCheckout } from './git';
import { UsageError } from './usage';

export interface SourceFlags {
  /** --source */
  source?: string;
  /** --repo owner/name */
  repo?: string;
  /** --commit sha */
  commit?: string;
  /** --source-base-url */
  baseUrl?: string;
}

const MAX_SOURCE_FILE = 4 * 1024 * 1024;

/**
 * Where the views link locations to and read snippets from. The flags win;
 * what they leave out comes from the `--source` checkout (its origin remote
 * and HEAD, read with git), so `--source .` in a clone links to the commit
 * checked out. Frame files are resolved in the source tree by their longest
 * path suffix, then placed in the repository under the directory `--source`
 * is in it. Undefined when nothing is known.
 */
export function sourceOptions(flags: SourceFlags, tree: SourceResolver | undefined): SourceOptions | undefined {
  if (flags.source === undefined && flags.repo === undefined && flags.commit === undefined) return undefined;
  const checkout = flags.source !== undefined ? readGitCheckout(flags.source) : null;
  const repo = flags.repo ?? checkout?.origin?.repo;
  const commit = flags.commit ?? checkout?.commit ?? undefined;
  if (flags.repo !== undefined && commit === undefined) throw new UsageError('--repo needs --commit (or a --source that is a git checkout with a commit)');
  if (flags.commit !== undefined && repo === undefined) throw new UsageError('--commit needs --repo (or a --source whose git checkout has an origin remote)');
  // A GitHub Enterprise origin links to its own host, unless told otherwise.
  const fromOrigin = flags.repo === undefined && checkout?.origin && checkout.origin.host !== 'github.com';
  const baseUrl = flags.baseUrl ?? (fromOrigin ? `https://${checkout!.origin!.host}` : undefined);

  const root = checkout?.top ?? flags.source;
  const prefix = checkout?.prefix ?? '';
  const options: SourceOptions = { repo, commit, baseUrl, locationRoot: prefix };
  if (tree) {
    options.resolveFrame = (file) => {
      const rel = tree.resolvePath(file);
      return rel === null || 'ambiguous' in rel ? null : posix.join(prefix, rel.file);
    };
  }
  if (root !== undefined) options.readFile = (path) => readSource(root, path);
  return options;
}

/** A repository file's text (paths come normalised, never climbing out); null when unreadable or too large. */
function readSource(root: string, path: string): string | null {
  try {
    const file = join(root, path);
    if (statSync(file).size > MAX_SOURCE_FILE) return null;
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
