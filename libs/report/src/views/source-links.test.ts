import { describe, expect, it } from 'vitest';
import { SourceLinks, type Finding } from '@hotpath/report';
import { HANDLER_TS, sampleReport } from './report.fixture';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const resolveFrame = (f: string) => (f.startsWith('/srv/app/') && !f.includes('node_modules') ? f.slice('/srv/app/'.length) : null);

describe('SourceLinks', () => {
  it('links nothing without a repository and a commit', () => {
    const links = new SourceLinks({ resolveFrame });
    expect(links.linked).toBe(false);
    expect(links.url('src/a.ts', 3)).toBeNull();
    expect(links.frameUrl({ function: 'f', file: '/srv/app/src/a.ts', line: 3 })).toBeNull();
    expect(new SourceLinks({ repo: 'acme/shop' }).linked).toBe(false);
  });

  it('links a repository path and line at the commit, each segment encoded', () => {
    const links = new SourceLinks({ repo: 'acme/shop', commit: SHA });
    expect(links.url('src/a.ts', 18)).toBe(`https://github.com/acme/shop/blob/${SHA}/src/a.ts#L18`);
    expect(links.url('src/a b#c?.ts', 0)).toBe(`https://github.com/acme/shop/blob/${SHA}/src/a%20b%23c%3F.ts`);
    expect(links.commitUrl).toBe(`https://github.com/acme/shop/commit/${SHA}`);
    expect(links.label).toBe('acme/shop@0123456789ab');
  });

  it('takes a GitHub Enterprise base URL, and only http(s) ones', () => {
    const links = new SourceLinks({ repo: 'acme/shop', commit: SHA, baseUrl: 'https://ghe.example.com/' });
    expect(links.url('a.ts', 1)).toBe(`https://ghe.example.com/acme/shop/blob/${SHA}/a.ts#L1`);
    expect(new SourceLinks({ repo: 'acme/shop', commit: SHA, baseUrl: 'https://example.com/git' }).url('a.ts')).toBe(
      `https://example.com/git/acme/shop/blob/${SHA}/a.ts`,
    );
    expect(() => new SourceLinks({ repo: 'acme/shop', commit: SHA, baseUrl: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => new SourceLinks({ repo: 'acme/shop', commit: SHA, baseUrl: 'not a url' })).toThrow(/not a URL/);
    expect(() => new SourceLinks({ repo: '"><script>', commit: SHA })).toThrow(/owner\/name/);
  });

  it('places location files under the source directory and refuses paths that leave the repository', () => {
    const links = new SourceLinks({ locationRoot: 'services/api' });
    expect(links.locationPath('src/a.ts')).toBe('services/api/src/a.ts');
    expect(links.locationPath('./src/a.ts')).toBe('services/api/src/a.ts');
    expect(links.locationPath('../../../etc/passwd')).toBeNull();
    expect(new SourceLinks().locationPath('/etc/passwd')).toBeNull();
    expect(new SourceLinks().locationPath('src\\win.ts')).toBe('src/win.ts');
  });

  it('resolves frames only through the resolver it is given', () => {
    expect(new SourceLinks().framePath('/srv/app/src/a.js')).toBeNull();
    const links = new SourceLinks({ resolveFrame });
    expect(links.framePath('/srv/app/src/a.js')).toBe('src/a.js');
    expect(links.framePath('node:internal/crypto/pbkdf2')).toBeNull();
    expect(new SourceLinks({ resolveFrame: () => '../outside.js' }).framePath('x')).toBeNull();
  });

  it('places a finding at its location, else its blamed frame, else its innermost resolvable frame', () => {
    const links = new SourceLinks({ resolveFrame });
    const [located, unlocated] = sampleReport().findings;
    expect(links.place(located)).toEqual({ path: 'src/handler.ts', line: 18, column: 14, function: 'handle', from: 'location' });
    const blamed: Finding = { ...located, location: undefined };
    expect(links.place(blamed)).toEqual({ path: 'dist/handler.js', line: 20, function: 'handle', from: 'blame' });
    expect(links.place(unlocated)).toEqual({ path: 'dist/handler.js', line: 20, function: 'handle', from: 'frame' });
    expect(new SourceLinks().place(unlocated)).toBeNull();
  });

  it('reads snippets around a line, clipped to the file', () => {
    const links = new SourceLinks({ readFile: (p) => (p === 'src/handler.ts' ? HANDLER_TS : null) });
    expect(links.snippet('src/handler.ts', 18)).toEqual({
      path: 'src/handler.ts',
      line: 18,
      startLine: 16,
      lines: ['', 'export async function handle(req) {', '  const s3 = new S3Client({});', '  return s3.send(req);', '}'],
    });
    expect(links.snippet('src/handler.ts', 1)?.startLine).toBe(1);
    expect(links.snippet('src/handler.ts', 21)).toBeNull();
    expect(links.snippet('src/missing.ts', 1)).toBeNull();
    expect(new SourceLinks().snippet('src/handler.ts', 18)).toBeNull();
  });
});
