import { execFileSync } from 'node:child_process';

/** What the source checkout says about itself: where its top is, the commit checked out, and its origin. */
export interface GitCheckout {
  /** The working tree's top directory. */
  top: string;
  /** The directory asked about, relative to `top` ('' at the top), with `/` separators. */
  prefix: string;
  /** HEAD's commit, null in a repository with no commit yet. */
  commit: string | null;
  /** The origin remote as a web repository, null when there is none or it is not of the owner/name kind. */
  origin: RemoteRepository | null;
}

export interface RemoteRepository {
  /** The web host, e.g. github.com or a GitHub Enterprise host. */
  host: string;
  /** owner/name */
  repo: string;
}

/** Reads a checkout with git; null when the directory is not in one, or git is missing or refuses. */
export function readGitCheckout(dir: string): GitCheckout | null {
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (top === null) return null;
  const prefix = (git(dir, ['rev-parse', '--show-prefix']) ?? '').replace(/\/$/, '');
  const commit = git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  const url = git(dir, ['remote', 'get-url', 'origin']);
  return { top, prefix, commit: commit && /^[0-9a-f]{7,64}$/.test(commit) ? commit : null, origin: url ? parseRemote(url) : null };
}

function git(dir: string, args: string[]): string | null {
  try {
    const out = execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    return out.trim() || null;
  } catch {
    return null;
  }
}

/**
 * The web repository of a remote URL: `git@github.com:owner/name.git`,
 * `ssh://git@host[:port]/owner/name`, `https://[user@]host/owner/name.git`.
 * Credentials in the URL are never kept. The last two path segments are the
 * repository (a GitHub Enterprise may be served under a path).
 */
export function parseRemote(url: string): RemoteRepository | null {
  let host: string;
  let path: string;
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)(.+)$/.exec(url);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    [host, path] = [scp[1], scp[2]];
  } else {
    try {
      const u = new URL(url);
      if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(u.protocol)) return null;
      [host, path] = [u.hostname, decodeURIComponent(u.pathname)];
    } catch {
      return null;
    }
  }
  const parts = path.replace(/\.git\/?$/, '').split('/').filter(Boolean);
  if (parts.length < 2) return null;
  const repo = parts.slice(-2).join('/');
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) return null;
  // GitHub's SSH-over-HTTPS host serves the same repositories as github.com.
  return { host: host === 'ssh.github.com' ? 'github.com' : host.toLowerCase(), repo };
}
