import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRemote, readGitCheckout } from './git';

describe('parseRemote', () => {
  it.each([
    ['git@github.com:acme/shop.git', { host: 'github.com', repo: 'acme/shop' }],
    ['git@github.com:acme/shop', { host: 'github.com', repo: 'acme/shop' }],
    ['https://github.com/acme/shop.git', { host: 'github.com', repo: 'acme/shop' }],
    ['https://x-access-token:secret@github.com/acme/shop', { host: 'github.com', repo: 'acme/shop' }],
    ['ssh://git@ssh.github.com:443/acme/shop.git', { host: 'github.com', repo: 'acme/shop' }],
    ['ssh://git@GHE.example.com:2222/team/svc.git/', { host: 'ghe.example.com', repo: 'team/svc' }],
    ['https://ghe.example.com/scm/team/svc.git', { host: 'ghe.example.com', repo: 'team/svc' }],
  ])('%s', (url, expected) => {
    expect(parseRemote(url)).toEqual(expected);
  });

  it.each(['/srv/git/shop.git', 'file:///srv/git/acme/shop.git', 'https://github.com/acme', 'git@github.com:"><x>/y', 'not a url'])('is null for %s', (url) => {
    expect(parseRemote(url)).toBeNull();
  });
});

describe('readGitCheckout', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tmp = () => {
    const d = realpathSync(mkdtempSync(join(tmpdir(), 'hotpath-git-')));
    dirs.push(d);
    return d;
  };
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=hotpath', '-c', 'user.email=hotpath@example.com', '-c', 'init.defaultBranch=main', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();

  it('reads the top, the prefix of a subdirectory, HEAD and the origin', () => {
    const top = tmp();
    mkdirSync(join(top, 'services', 'api'), { recursive: true });
    writeFileSync(join(top, 'services', 'api', 'a.js'), 'x\n');
    git(top, 'init', '-q');
    git(top, 'add', '.');
    git(top, 'commit', '-q', '-m', 'one');
    git(top, 'remote', 'add', 'origin', 'git@github.com:acme/shop.git');
    const head = git(top, 'rev-parse', 'HEAD');
    expect(readGitCheckout(join(top, 'services', 'api'))).toEqual({ top, prefix: 'services/api', commit: head, origin: { host: 'github.com', repo: 'acme/shop' } });
    expect(readGitCheckout(top)?.prefix).toBe('');
  });

  it('knows no commit before the first one, and no origin without a remote', () => {
    const top = tmp();
    git(top, 'init', '-q');
    expect(readGitCheckout(top)).toEqual({ top, prefix: '', commit: null, origin: null });
  });

  it('is null outside a checkout', () => {
    const dir = tmp();
    // Keep git from finding a repository above the temporary directory.
    const ceiling = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = tmpdir();
    try {
      expect(readGitCheckout(dir)).toBeNull();
    } finally {
      if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    }
  });
});
