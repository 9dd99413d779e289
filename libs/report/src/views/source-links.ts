import { posix } from 'node:path';
import type { Finding, StackFrame } from '../report';

/**
 * Where the source of a report is, so that views can link each location to
 * its file and line at the analysed commit (as Google Cloud Profiler does)
 * and show the lines around it. Everything is optional: without a
 * repository and commit there are no links, without `readFile` no snippets.
 */
export interface SourceOptions {
  /** The repository, `owner/name`. */
  repo?: string;
  /** The commit the profiled program was built from. */
  commit?: string;
  /** Where the repository is served (GitHub Enterprise): default https://github.com. */
  baseUrl?: string;
  /**
   * The repository path of a frame's file as the profile records it
   * (`/srv/app/src/x.js`, `file:///…`), or null when it is not in the
   * repository. Frame files are where the program ran, so only a resolver
   * that knows the checkout (the CLI's `--source`) can say; without one no
   * frame is linked.
   */
  resolveFrame?: (file: string) => string | null;
  /**
   * Where the directory that `location.file` and patch paths are relative to
   * (the `--source` directory) sits in the repository; absent or '' for the
   * repository's top.
   */
  locationRoot?: string;
  /** A file's text by its repository path, null when it cannot be read (for snippets). */
  readFile?: (path: string) => string | null;
}

/** A place in the repository: a path relative to its top and a 1-based line (0: unknown). */
export interface SourcePlace {
  path: string;
  line: number;
  column?: number;
  function: string;
  /** What the place came from: the resolved location, the blamed frame, or another frame of the stack. */
  from: 'location' | 'blame' | 'frame';
}

export interface Snippet {
  path: string;
  /** The line the snippet is about. */
  line: number;
  /** Number of the first line in `lines`. */
  startLine: number;
  lines: string[];
}

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const MAX_SNIPPET_LINE = 240;

/** Source paths, links and snippets for the views; one per rendering. */
export class SourceLinks {
  private readonly base: string | null;
  private readonly files = new Map<string, string[] | null>();
  /** Snippets findings carry (`Finding.snippet`), by `path:line`, for renderings without the tree. */
  private readonly embedded = new Map<string, { startLine: number; lines: string[] }>();

  constructor(private readonly options: SourceOptions = {}) {
    this.base = linkBase(options);
  }

  /** True when locations can be linked (repository and commit known). */
  get linked(): boolean {
    return this.base !== null;
  }

  /** The repository and commit, as `owner/name@abcdef123456`, when known. */
  get label(): string | null {
    const { repo, commit } = this.options;
    return repo && commit ? `${repo}@${commit.slice(0, 12)}` : null;
  }

  /** A link to the commit itself, when known. */
  get commitUrl(): string | null {
    if (!this.base) return null;
    return this.base.replace(/\/blob\/([^/]+)$/, '/commit/$1');
  }

  /** The repository path of a finding's `location.file` (or a patch's file), null when it leaves the tree. */
  locationPath(file: string): string | null {
    return repositoryPath(posix.join(this.options.locationRoot ?? '', file.replace(/\\/g, '/')));
  }

  /** The repository path of a frame's file, null when it is not in the repository (or no resolver knows). */
  framePath(file: string): string | null {
    if (!file || !this.options.resolveFrame) return null;
    const p = this.options.resolveFrame(file);
    return p === null ? null : repositoryPath(p);
  }

  /** A link to a repository path and line at the commit, or null without repository and commit. */
  url(path: string, line = 0): string | null {
    if (!this.base) return null;
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    return `${this.base}/${encoded}${line > 0 ? `#L${line}` : ''}`;
  }

  /** A link to a frame's file and line, when the file resolves into the repository. */
  frameUrl(frame: StackFrame): string | null {
    const path = this.framePath(frame.file);
    return path === null ? null : this.url(path, frame.line);
  }

  /**
   * Where a finding is in the repository: its resolved location, else the
   * blamed frame, else the innermost frame of its stack that resolves.
   */
  place(f: Finding): SourcePlace | null {
    if (f.location) {
      const path = this.locationPath(f.location.file);
      if (path !== null) {
        if (f.snippet) this.embedded.set(`${path}:${f.location.line}`, f.snippet);
        return { path, line: f.location.line, column: f.location.column, function: f.location.function, from: 'location' };
      }
    }
    if (f.blame) {
      const path = this.framePath(f.blame.file);
      if (path !== null) return { path, line: f.blame.line, function: f.blame.function, from: 'blame' };
    }
    for (let i = f.stack.length - 1; i >= 0; i--) {
      const path = this.framePath(f.stack[i].file);
      if (path !== null) return { path, line: f.stack[i].line, function: f.stack[i].function, from: 'frame' };
    }
    return null;
  }

  /** The lines a finding carried around its location (see `place`), cut to the context asked for. */
  private embeddedSnippet(path: string, line: number, context: number): Snippet | null {
    const e = this.embedded.get(`${path}:${line}`);
    if (!e || line < e.startLine || line >= e.startLine + e.lines.length) return null;
    const start = Math.max(e.startLine, line - context);
    const end = Math.min(e.startLine + e.lines.length - 1, line + context);
    const lines = e.lines.slice(start - e.startLine, end - e.startLine + 1).map((l) => (l.length > MAX_SNIPPET_LINE ? l.slice(0, MAX_SNIPPET_LINE - 1) + '…' : l));
    return { path, line, startLine: start, lines };
  }

  /** The lines around a place, when the file can be read and has the line. */
  snippet(path: string, line: number, context = 2): Snippet | null {
    if (line < 1) return null;
    if (!this.options.readFile) return this.embeddedSnippet(path, line, context);
    let lines = this.files.get(path);
    if (lines === undefined) {
      const text = this.options.readFile(path);
      lines = text === null ? null : text.split(/\r?\n/);
      this.files.set(path, lines);
    }
    if (!lines || line > lines.length) return null;
    const start = Math.max(1, line - context);
    const end = Math.min(lines.length, line + context);
    const out = lines.slice(start - 1, end).map((l) => (l.length > MAX_SNIPPET_LINE ? l.slice(0, MAX_SNIPPET_LINE - 1) + '…' : l));
    return { path, line, startLine: start, lines: out };
  }
}

/** `base/owner/name/blob/commit`, or null when repository or commit is missing. */
function linkBase({ repo, commit, baseUrl }: SourceOptions): string | null {
  if (!repo || !commit) return null;
  if (!REPO.test(repo)) throw new TypeError(`repository must be owner/name, not ${JSON.stringify(repo)}`);
  const base = checkBaseUrl(baseUrl ?? 'https://github.com');
  const [owner, name] = repo.split('/');
  return `${base}/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/blob/${encodeURIComponent(commit)}`;
}

/**
 * The base URL without its trailing slash. Only http(s): the links end up in
 * `href` attributes, where a `javascript:` URL would run.
 */
export function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`source base URL is not a URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`source base URL must be http(s), not ${url.protocol}`);
  if (url.search || url.hash) throw new TypeError(`source base URL must have no query or fragment: ${JSON.stringify(baseUrl)}`);
  return url.href.replace(/\/+$/, '');
}

/** A normalised relative path inside the repository, or null for one that is absolute or climbs out of it. */
function repositoryPath(p: string): string | null {
  const n = posix.normalize(p.replace(/\\/g, '/'));
  if (n === '.' || n.startsWith('/') || n === '..' || n.startsWith('../') || /^[A-Za-z]:/.test(n) || n.includes('\0')) return null;
  return n.replace(/^\.\//, '');
}
