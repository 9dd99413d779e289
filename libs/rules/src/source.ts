import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Source text by the file name a profile records and a 1-based line. */
export interface SourceProvider {
  line(file: string, line: number): string | null;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'target', 'vendor', '__pycache__', '.venv']);
const MAX_FILES = 50_000;

/**
 * Source lines from a checked-out tree. Profiles record where the program
 * ran (`/srv/app/src/x.js`, `file:///…`, `webpack:///…`), not where the
 * source is now, so a file is found by the longest path suffix that exists in
 * the tree (DESIGN.md, "Facts about the formats"); a tie between files is
 * ambiguous and resolves to nothing rather than to a guess.
 */
export class SourceTree implements SourceProvider {
  private readonly byName = new Map<string, string[]>();
  private readonly resolved = new Map<string, string | null>();
  private readonly lines = new Map<string, string[]>();

  /** Real paths of the directories indexed, so a link back up the tree is not followed forever. */
  private readonly visited = new Set<string>();

  constructor(readonly root: string) {
    this.index(root, 0);
  }

  line(file: string, line: number): string | null {
    if (line < 1) return null;
    const path = this.resolve(file);
    if (path === null) return null;
    let text = this.lines.get(path);
    if (!text) this.lines.set(path, (text = readFileSync(join(this.root, path), 'utf8').split(/\r?\n/)));
    return text[line - 1] ?? null;
  }

  /** The tree-relative path of a profile's file name, or null when absent or ambiguous. */
  resolve(file: string): string | null {
    let hit = this.resolved.get(file);
    if (hit !== undefined) return hit;
    // file: URLs are percent-encoded (`my%20app`); the tree holds the decoded names.
    const path = file.startsWith('file:') ? decodePath(file) : file;
    const parts = path.replace(/^(file|webpack):\/\/\/?/, '/').split(/[\\/]+/).filter((p) => p && p !== '.');
    const candidates = this.byName.get(parts[parts.length - 1] ?? '') ?? [];
    let best: string[] = [];
    let bestLength = 0;
    for (const c of candidates) {
      const cp = c.split('/');
      let k = 0;
      while (k < cp.length && k < parts.length && cp[cp.length - 1 - k] === parts[parts.length - 1 - k]) k++;
      if (k > bestLength) [best, bestLength] = [[c], k];
      else if (k === bestLength) best.push(c);
    }
    hit = best.length === 1 ? best[0] : null;
    this.resolved.set(file, hit);
    return hit;
  }

  private index(dir: string, count: number): number {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return count;
    }
    if (this.visited.has(real)) return count;
    this.visited.add(real);
    for (const entry of readdirSync(dir)) {
      if (count >= MAX_FILES) return count;
      if (entry.startsWith('.') || SKIP_DIRS.has(entry)) continue;
      const path = join(dir, entry);
      let s: Stats;
      try {
        s = statSync(path); // follows links; a dangling one is skipped
      } catch {
        continue;
      }
      if (s.isDirectory()) count = this.index(path, count);
      else if (s.isFile()) {
        const rel = relative(this.root, path).split(sep).join('/');
        const list = this.byName.get(entry);
        if (list) list.push(rel);
        else this.byName.set(entry, [rel]);
        count++;
      }
    }
    return count;
  }
}

function decodePath(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url; // a stray `%` that is not an escape
  }
}

/** Source given inline (rule fixtures): file name → text. */
export class InlineSource implements SourceProvider {
  constructor(private readonly files: Record<string, string>) {}

  line(file: string, line: number): string | null {
    const text = this.files[file];
    return text === undefined ? null : (text.split(/\r?\n/)[line - 1] ?? null);
  }
}
