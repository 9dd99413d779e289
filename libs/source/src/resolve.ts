import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import type { TraceMap } from '@jridgewell/trace-mapping';
import { SourceError } from './errors';
import { decodeDataUrl, MAX_SOURCE_MAP_BYTES, originalPosition, originalLines, parseSourceMap, sourceMapReference } from './source-map';

/** Where a profile's file name is in the tree, or the files it could equally be. */
export type PathResolution = { file: string } | { ambiguous: string[] } | null;

/** A frame's place in the tree: in the original source when a source map leads there. */
export type FrameResolution =
  | {
      /** Tree-relative, `/`-separated. */
      file: string;
      /** 1-based. */
      line: number;
      /** 1-based, when known. */
      column?: number;
      /** The compiled file and line the profile named, and the map's source name, when a source map was followed. */
      generated?: { file: string; line: number; source: string };
    }
  | { ambiguous: string[] }
  | null;

export interface ResolverLimits {
  /** Files indexed at most (default 100 000); beyond, the tree is reported as truncated. */
  maxFiles?: number;
  /** Bytes of one source file read at most (default 4 MiB). */
  maxFileBytes?: number;
}

/** Directories that hold other people's code or caches, never the program's source. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', '__pycache__', '.venv', 'venv', '.tox', '.gradle', '.idea']);
const GENERATED = /\.(?:m|c)?js$/i;
// `com.acme.Y$Inner.method`; classes in the default package have no package part.
const JAVA_FRAME = /^((?:[a-z_][\w]*\.)*)([A-Z][\w]*)(?:\$[\w$]*)?\.[\w$<>-]+$/;

/**
 * A checked-out source tree that profile frames are resolved into. Profiles
 * record where the program ran (`/srv/app/src/x.js`, `file:///…`,
 * `webpack://app/./src/x.ts`), not where its source is now, so a file is
 * found by the longest path suffix present in the tree (DESIGN.md). A tie is
 * broken only by a principled rule (the tree's root is a directory of the
 * recorded path); otherwise it is reported as ambiguous, never guessed.
 * Compiled files that carry a source map lead to the original line.
 */
export class SourceResolver {
  private readonly byName = new Map<string, string[]>();
  private readonly files = new Set<string>();
  private readonly paths = new Map<string, PathResolution>();
  private readonly texts = new Map<string, string | null>();
  private readonly lines = new Map<string, string[] | null>();
  private readonly maps = new Map<string, TraceMap | null>();
  private readonly visited = new Set<string>();
  private readonly maxFiles: number;
  private readonly maxFileBytes: number;
  /** Problems met while resolving (unreadable maps, oversized files), one line each, for the report. */
  readonly warnings: string[] = [];
  /** True when the tree had more files than were indexed. */
  truncated = false;

  constructor(
    readonly root: string,
    limits: ResolverLimits = {},
  ) {
    this.maxFiles = limits.maxFiles ?? 100_000;
    this.maxFileBytes = limits.maxFileBytes ?? 4 * 1024 * 1024;
    let s: Stats;
    try {
      s = statSync(root);
    } catch {
      throw new SourceError('not-a-directory', root, 'the source directory does not exist');
    }
    if (!s.isDirectory()) throw new SourceError('not-a-directory', root, 'the source path is not a directory');
    this.index(root);
    if (this.truncated) this.warnings.push(`${root}: more than ${this.maxFiles} files; only the first ${this.maxFiles} were indexed`);
  }

  /**
   * The tree-relative path of a profile's file name. Java frames carry no file,
   * only `package.Class.method`: their file follows the package path.
   */
  resolvePath(file: string, functionName?: string): PathResolution {
    const key = file || (functionName ? javaPath(functionName) : null);
    if (!key) return null;
    const cached = this.paths.get(key);
    if (cached !== undefined) return cached;
    const result = this.match(pathParts(key));
    this.paths.set(key, result);
    return result;
  }

  /**
   * A frame's file and line in the tree; through the file's source map when it
   * has one, to the original (TypeScript) line.
   */
  resolveFrame(file: string, line: number, column?: number, functionName?: string): FrameResolution {
    const path = this.resolvePath(file, functionName);
    if (path === null || 'ambiguous' in path) return path;
    if (!GENERATED.test(path.file) || line < 1) return { file: path.file, line, column };
    const map = this.sourceMap(path.file);
    const pos = map ? originalPosition(map, line, column) : null;
    if (!pos) return { file: path.file, line, column };
    const original = this.files.has(posix.normalize(pos.source)) ? { file: posix.normalize(pos.source) } : this.match(pathParts(pos.source));
    // A map whose sources are not in the tree (a bundle of packages, say) still leaves the compiled line.
    if (original === null) return { file: path.file, line, column };
    if ('ambiguous' in original) return original;
    return { file: original.file, line: pos.line, column: pos.column, generated: { file: path.file, line, source: pos.source } };
  }

  /** A tree file's text (tree-relative path); null when absent, unreadable or over the size bound. */
  read(file: string, maxBytes = this.maxFileBytes): string | null {
    let text = this.texts.get(file);
    if (text !== undefined) return text;
    text = null;
    if (this.files.has(file)) {
      try {
        const full = join(this.root, file);
        const size = statSync(full).size;
        if (size > maxBytes) this.warnings.push(`${file}: ${size} bytes, more than the ${maxBytes} read`);
        else text = readFileSync(full, 'utf8');
      } catch (err) {
        // Removed or made unreadable since the tree was indexed: that file is absent, the analysis goes on.
        this.warnings.push(`${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    }
    this.texts.set(file, text);
    return text;
  }

  /** True for a compiled file whose source map leads back to sources (its sites are theirs, not its own). */
  compiled(file: string): boolean {
    return GENERATED.test(file) && this.sourceMap(file) !== null;
  }

  /** Every indexed file, tree-relative, in a stable order. */
  list(): string[] {
    return [...this.files].sort();
  }

  /** A source line by the profile's file name and 1-based line (the rule engine's SourceProvider). */
  line(file: string, line: number): string | null {
    if (line < 1) return null;
    const r = this.resolveFrame(file, line);
    if (r === null || 'ambiguous' in r) return null;
    let lines = this.lines.get(r.file);
    if (lines === undefined) {
      lines = this.read(r.file)?.split(/\r?\n/) ?? null;
      this.lines.set(r.file, lines);
    }
    if (!lines) return null;
    // A generated line can hold several source lines: the self time fell on one of them, and a
    // pattern on any of them is a pattern on that line (joined, so each keeps its own text).
    const map = r.generated ? this.sourceMap(r.generated.file) : null;
    const all = map && r.generated ? originalLines(map, r.generated.line, r.generated.source) : [];
    if (all.length > 1) return all.map((l) => lines![l - 1] ?? '').join('\n');
    return lines[r.line - 1] ?? null;
  }

  private sourceMap(file: string): TraceMap | null {
    let map = this.maps.get(file);
    if (map !== undefined) return map;
    map = null;
    try {
      map = this.loadMap(file);
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      this.warnings.push(err.message);
    }
    this.maps.set(file, map);
    return map;
  }

  private loadMap(file: string): TraceMap | null {
    const text = this.read(file);
    if (text === null) return null;
    const ref = sourceMapReference(text);
    if (ref !== null && ref.startsWith('data:')) return parseSourceMap(decodeDataUrl(ref, file), file, file);
    let mapFile: string | null = null;
    if (ref !== null && !/^[a-z][a-z0-9+.-]*:/i.test(ref)) mapFile = posix.normalize(posix.join(posix.dirname(file), decodeRef(ref)));
    // A map beside the file serves where the comment was stripped (some deploys strip it).
    if (mapFile === null || !this.files.has(mapFile)) mapFile = this.files.has(`${file}.map`) ? `${file}.map` : null;
    if (mapFile === null) return null;
    const json = this.read(mapFile, MAX_SOURCE_MAP_BYTES);
    if (json === null) return null;
    return parseSourceMap(json, mapFile, file);
  }

  private match(parts: string[]): PathResolution {
    const candidates = this.byName.get(parts[parts.length - 1] ?? '') ?? [];
    let best: string[] = [];
    let bestLength = 0;
    for (const c of candidates) {
      const cp = c.split('/');
      let k = 0;
      while (k < cp.length && k < parts.length && cp[cp.length - 1 - k] === parts[parts.length - 1 - k]) k++;
      if (k > bestLength) [best, bestLength] = [[c], k];
      else if (k === bestLength && k > 0) best.push(c);
    }
    if (best.length === 0) return null;
    if (best.length === 1) return { file: best[0] };
    // `/srv/app/x.js` against `x.js` and `dist/x.js`: only `x.js` matches whole, i.e. the tree root is /srv/app.
    const whole = best.filter((c) => c.split('/').length === bestLength);
    return whole.length === 1 ? { file: whole[0] } : { ambiguous: best.sort() };
  }

  private index(dir: string): void {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (this.visited.has(real)) return; // a link back up the tree
    this.visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const entry of entries) {
      if (this.files.size >= this.maxFiles) {
        this.truncated = true;
        return;
      }
      if (SKIP_DIRS.has(entry)) continue;
      const path = join(dir, entry);
      let s: Stats;
      try {
        s = statSync(path); // follows links; a dangling one is skipped
      } catch {
        continue;
      }
      if (s.isDirectory()) this.index(path);
      else if (s.isFile()) {
        const rel = relative(this.root, path).split(sep).join('/');
        this.files.add(rel);
        const list = this.byName.get(entry);
        if (list) list.push(rel);
        else this.byName.set(entry, [rel]);
      }
    }
  }
}

/** The path components of a recorded file name: URLs decoded, scheme and bundler prefixes dropped. */
export function pathParts(file: string): string[] {
  let path = file;
  if (/^file:/i.test(path)) {
    try {
      path = decodeURIComponent(path.replace(/^file:(\/\/[^/]*)?/i, ''));
    } catch {
      path = path.replace(/^file:(\/\/[^/]*)?/i, ''); // a stray `%` that is not an escape
    }
  }
  // webpack://<namespace>/./src/x.ts, webpack:///src/x.ts
  path = path.replace(/^webpack(?:-internal)?:\/\/[^/]*\//i, '/').replace(/[?#].*$/, '');
  return path.split(/[\\/]+/).filter((p) => p && p !== '.' && p !== '..');
}

function decodeRef(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref; // a stray `%` that is not an escape
  }
}

/** `com.acme.x.Y$Inner.method` → `com/acme/x/Y.java`. */
export function javaPath(functionName: string): string | null {
  const m = JAVA_FRAME.exec(functionName);
  return m ? `${m[1].replace(/\./g, '/')}${m[2]}.java` : null;
}

