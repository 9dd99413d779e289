import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `hotpath analyze --format markdown|sarif|html` and the source-link flags,
 * run as a user runs the built command (`npx tsc -b` first).
 */
const ROOT = resolve(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'apps', 'cli', 'bin', 'hotpath.js');
const APP = join(ROOT, 'examples', 'orders-api');
const PROFILE = join(APP, 'profiles', 'cpu.cpuprofile');
const hasExample = existsSync(PROFILE);
const SCHEMA = resolve(ROOT, '..', 'shared', 'schemas', 'sarif-2.1.0.json');
const SHA = '0123456789abcdef0123456789abcdef01234567';
// With --source, the pbkdf2 finding is located on the line of its call (the locate stage), not the function's first line.
const AUTH_LINES = existsSync(join(APP, 'auth.js')) ? readFileSync(join(APP, 'auth.js'), 'utf8').split('\n') : [];
const PBKDF2 = AUTH_LINES.findIndex((l) => l.includes('derived = crypto.pbkdf2Sync(')) + 1;
/** No colour settings from the caller's environment. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'NO_COLOR', 'TERM'].includes(k)));

function hotpath(args: string[], env: NodeJS.ProcessEnv = ENV) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, maxBuffer: 64 << 20, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

function ok(args: string[], env?: NodeJS.ProcessEnv): string {
  const r = hotpath(args, env);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

let tmp = '';
beforeAll(() => {
  if (!existsSync(join(ROOT, 'apps', 'cli', 'dist', 'main.js'))) throw new Error('build first: npx tsc -b');
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'hotpath-formats-')));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!hasExample)('hotpath analyze in every format (examples/orders-api)', () => {
  it('keeps --format json as it was: no flame graph', () => {
    const report = JSON.parse(ok(['analyze', PROFILE, '--format', 'json']));
    expect(Object.keys(report)).toEqual(['schemaVersion', 'profile', 'findings', 'hotspots', 'hotStacks']);
  });

  it('writes one HTML file with the flame graph and the findings (-o)', () => {
    const out = join(tmp, 'report.html');
    expect(ok(['analyze', PROFILE, '--source', APP, '--format', 'html', '-o', out])).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    const data = JSON.parse(/<script type="application\/json" id="hp-data">([\s\S]*?)<\/script>/.exec(html)![1]);
    expect(data.graph.name.length).toBeGreaterThan(50);
    expect(data.graph.name.length).toBeLessThanOrEqual(2000);
    expect(data.findings.length).toBeGreaterThan(0);
    // Each finding found its frames in the graph.
    for (const f of data.findings) expect(f.frames.length).toBeGreaterThan(0);
  });

  it('writes Markdown for a comment, within GitHub’s size limit', () => {
    const md = ok(['analyze', PROFILE, '--format', 'markdown']);
    expect(md).toMatch(/^### hotpath: \d+ findings?\n/);
    expect(md).toContain('<details>');
    expect(md.length).toBeLessThanOrEqual(60_000);
  });

  it.skipIf(!existsSync(SCHEMA))('writes SARIF that the 2.1.0 schema accepts, with results placed in the repository (--source)', () => {
    const log = JSON.parse(ok(['analyze', PROFILE, '--source', APP, '--format', 'sarif']));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].tool.driver.name).toBe('hotpath');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    for (const r of log.runs[0].results) expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^examples\/orders-api\/[\w./-]+\.js$/);
  });

  it('links locations with --repo and --commit, to a GitHub Enterprise with --source-base-url', () => {
    const args = ['analyze', PROFILE, '--source', APP, '--repo', 'acme/orders', '--commit', SHA, '--format', 'markdown'];
    expect(ok(args)).toContain(`(<https://github.com/acme/orders/blob/${SHA}/examples/orders-api/auth.js#L${PBKDF2}>)`);
    expect(ok([...args, '--source-base-url', 'https://ghe.example.com/'])).toContain(`(<https://ghe.example.com/acme/orders/blob/${SHA}/examples/orders-api/auth.js#L${PBKDF2}>)`);
    const text = ok(args.slice(0, -2));
    expect(text).toContain(`https://github.com/acme/orders/blob/${SHA}/examples/orders-api/auth.js#L${PBKDF2}`);
  });

  it('reads the repository and commit of a --source checkout with git', () => {
    const repo = join(tmp, 'checkout');
    cpSync(APP, join(repo, 'svc'), { recursive: true, filter: (p) => !p.includes('profiles') });
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=hotpath', '-c', 'user.email=hotpath@example.com', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'orders');
    git('remote', 'add', 'origin', 'https://github.com/acme/orders.git');
    const head = git('rev-parse', 'HEAD');
    const md = ok(['analyze', PROFILE, '--source', join(repo, 'svc'), '--format', 'markdown']);
    expect(md).toContain(`(<https://github.com/acme/orders/blob/${head}/svc/auth.js#L${PBKDF2}>)`);
    expect(md).toContain(`[acme/orders@\u2060${head.slice(0, 12)}](<https://github.com/acme/orders/commit/${head}>)`);
    // The snippet comes from the checkout.
    expect(md).toContain(`> ${PBKDF2} | ${AUTH_LINES[PBKDF2 - 1]}`);
  });

  it('colours text for a terminal only: FORCE_COLOR, not a pipe, not NO_COLOR', () => {
    expect(ok(['analyze', PROFILE])).not.toContain('\x1b');
    expect(ok(['analyze', PROFILE], { ...ENV, NO_COLOR: '1' })).not.toContain('\x1b');
    const coloured = ok(['analyze', PROFILE], { ...ENV, FORCE_COLOR: '1' });
    expect(coloured).toContain('\x1b[1m');
    // A file never gets colour.
    const out = join(tmp, 'report.txt');
    ok(['analyze', PROFILE, '-o', out], { ...ENV, FORCE_COLOR: '1' });
    expect(readFileSync(out, 'utf8')).not.toContain('\x1b');
  });
});

describe('source-link flags that are wrong (exit 2, one line)', () => {
  const PROFILE_OR_ANY = hasExample ? PROFILE : BIN;
  it.each([
    [['--repo', 'not-a-repo', '--commit', SHA], /--repo must be owner\/name/],
    [['--repo', 'acme/shop', '--commit', 'main'], /--commit must be a commit sha/],
    [['--repo', 'acme/shop', '--commit', SHA, '--source-base-url', 'javascript:alert(1)'], /--source-base-url: .*http/],
    [['--repo', 'acme/shop'], /--repo needs --commit/],
    [['--commit', SHA], /--commit needs --repo/],
  ])('%j', (flags, message) => {
    const r = hotpath(['analyze', PROFILE_OR_ANY, '--format', 'markdown', ...flags]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^hotpath: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
  });
});
