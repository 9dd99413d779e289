import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importProfile } from '@hotpath/profile';
import { analyzeProfiles } from '@hotpath/pipeline';
import { type Finding, renderMarkdown } from '@hotpath/report';
import { locateFindings, SourceResolver } from '@hotpath/source';

/**
 * A TypeScript program compiled three ways (a .map file, an inline map, and
 * a map whose sources are webpack:/// names), each run under `node
 * --cpu-prof`: the recorded profiles name compiled files and lines, and the
 * findings must come back located on the TypeScript line.
 */
const MONEY = `export interface Line {
  sku: string;
  pence: number;
}

export function price(line: Line): string {
  const label = line.sku.toUpperCase();
  const formatter = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
  return \`\${label} \${formatter.format(line.pence / 100)}\`;
}
`;
const MAIN = `import { price } from './money';

const end = Date.now() + 1500;
let total = 0;
for (let i = 0; Date.now() < end; i++) {
  total += price({ sku: 'sku-' + (i % 50), pence: i }).length;
}
console.log(total);
`;

const VARIANTS: Record<string, ts.CompilerOptions> = {
  dist: { sourceMap: true },
  inline: { inlineSourceMap: true },
  bundle: { sourceMap: true, sourceRoot: 'webpack:///./src/' },
};

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function compile(root: string, out: string, options: ts.CompilerOptions): void {
  for (const [name, text] of [['money', MONEY], ['main', MAIN]]) {
    const r = ts.transpileModule(text, { fileName: `${name}.ts`, compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, ...options } });
    mkdirSync(join(root, out), { recursive: true });
    writeFileSync(join(root, out, `${name}.js`), r.outputText);
    if (r.sourceMapText) {
      const map = JSON.parse(r.sourceMapText);
      if (!options.sourceRoot) map.sources = [`../src/${name}.ts`]; // what tsc --outDir writes
      writeFileSync(join(root, out, `${name}.js.map`), JSON.stringify(map));
    }
  }
}

describe('locating findings of profiles recorded from compiled TypeScript', () => {
  let root: string;
  const profiles: Record<string, string> = {};
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hp-locate-ts-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/money.ts'), MONEY);
    writeFileSync(join(root, 'src/main.ts'), MAIN);
    for (const [out, options] of Object.entries(VARIANTS)) {
      compile(root, out, options);
      const dir = join(root, 'profiles', out);
      const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(root, out, 'main.js')], { timeout: 30_000 });
      expect(r.status, r.stderr.toString()).toBe(0);
      profiles[out] = join(dir, readdirSync(dir)[0]);
    }
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const out of Object.keys(VARIANTS)) {
    it(`puts the formatter finding on the TypeScript line of new Intl.NumberFormat( (${out})`, async () => {
      const profile = importProfile(readFileSync(profiles[out]), { fileName: profiles[out] });
      const report = await analyzeProfiles([profile], { source: root, model: false });
      const f = report.findings.find((x) => x.category === 'locale-formatter-construction');
      expect(f, JSON.stringify(report.findings.map((x) => x.ruleId))).toBeDefined();
      expect(f!.blame?.file).toMatch(new RegExp(`/${out}/money\\.js$`));
      const line = lineOf(MONEY, 'new Intl.NumberFormat(');
      expect(f!.location).toEqual({ file: 'src/money.ts', line, column: MONEY.split('\n')[line - 1].indexOf('new Intl') + 1, function: 'price' });
      // The service renders without the tree: the snippet the finding carries is what its views show.
      expect(f!.snippet?.lines[line - f!.snippet!.startLine]).toBe(MONEY.split('\n')[line - 1]);
      expect(renderMarkdown(report)).toContain(`> ${line} | ${MONEY.split('\n')[line - 1]}`);
      // The patch, when B's patcher offers one, is against the TypeScript file.
      if (f!.patch) expect(f!.patch).toMatch(/^--- a\/src\/money\.ts\n\+\+\+ b\/src\/money\.ts\n/);
    });
  }
});

describe('locateFindings', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hp-locate-'));
    for (const [p, text] of Object.entries({
      'a/util.js': 'function work() {\n  return JSON.parse(JSON.stringify({}));\n}\n',
      'b/util.js': 'function work() {\n  return 1;\n}\n',
      'notes.txt': 'hello\n',
    })) {
      mkdirSync(join(root, dirname(p)), { recursive: true });
      writeFileSync(join(root, p), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const finding = (file: string, line: number): Finding => ({
    ruleId: 'node.json-deep-clone',
    category: 'serialization-overhead',
    detector: 'rule',
    confidence: 1,
    severity: 'medium',
    title: 't',
    impact: { share: 0.1, value: 1, unit: 'nanoseconds' },
    stack: [{ function: 'work', file, line }],
    blame: { function: 'work', file, line },
    explanation: '',
    recommendation: '',
  });

  it('reports an ambiguous file in the warnings and leaves the finding unlocated', async () => {
    const r = await locateFindings([finding('/srv/x/util.js', 1)], new SourceResolver(root));
    expect(r.findings[0].location).toBeUndefined();
    expect(r.stats).toMatchObject({ ambiguous: 1, expression: 0 });
    expect(r.warnings[0]).toMatch(/util\.js matches 2 files .*a\/util\.js, b\/util\.js/);
  });

  it('locates a resolvable one and leaves a file outside the tree alone', async () => {
    const r = await locateFindings([finding('/srv/x/a/util.js', 1), finding('/srv/x/c/other.js', 1)], new SourceResolver(root), { patches: false });
    expect(r.findings[0].location).toEqual({ file: 'a/util.js', line: 2, column: 10, function: 'work' });
    expect(r.findings[1].location).toBeUndefined();
    expect(r.stats).toMatchObject({ expression: 1, unresolved: 1 });
  });

  it('keeps the frame line for a file it cannot parse', async () => {
    const r = await locateFindings([finding('/srv/x/notes.txt', 1)], new SourceResolver(root));
    expect(r.findings[0].location).toEqual({ file: 'notes.txt', line: 1, column: 1, function: 'work' });
  });
});

function compileOne(dir: string, src: string): void {
  const r = ts.transpileModule(src, { fileName: 'upload.ts', compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, sourceMap: true } });
  const map = JSON.parse(r.sourceMapText!);
  map.sources = ['../src/upload.ts'];
  writeFileSync(join(dir, 'dist/upload.js'), r.outputText);
  writeFileSync(join(dir, 'dist/upload.js.map'), JSON.stringify(map));
}

describe('findings whose stacks never reach the program', () => {
  let root: string;
  const GO = 'package main\n\nimport "net/http"\n\nfunc quote(url string) {\n\tc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}\n\tc.Get(url)\n}\n';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hp-search-'));
    writeFileSync(join(root, 'quote.go'), GO);
    writeFileSync(join(root, 'main.go'), 'package main\n\nimport "regexp"\n\nvar a = regexp.MustCompile("a")\nvar b = regexp.MustCompile("b")\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const orphan = (category: Finding['category'], fn: string, file: string): Finding => ({
    ruleId: `go.${category}`,
    category,
    detector: 'rule',
    confidence: 1,
    severity: 'medium',
    title: 't',
    impact: { share: 0.1, value: 1, unit: 'nanoseconds' },
    stack: [{ function: fn, file, line: 10 }],
    explanation: '',
    recommendation: '',
  });

  it('counts a compiled file with a source map as its source, not as a second place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hp-search-ts-'));
    try {
      const src = "import { S3Client } from '@aws-sdk/client-s3';\nexport async function upload(key: string): Promise<void> {\n  const s3 = new S3Client({ region: 'eu-west-1' });\n  await s3.send(key as never);\n}\n";
      mkdirSync(join(dir, 'src'));
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'src/upload.ts'), src);
      compileOne(dir, src);
      const r = await locateFindings([orphan('client-construction-in-hot-path', 'S3Client', 'file:///srv/node_modules/@aws-sdk/client-s3/dist-cjs/index.js')], new SourceResolver(dir));
      expect(r.findings[0].location).toMatchObject({ file: 'src/upload.ts', line: 3, function: 'upload' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the one place in the tree with the expression, and reports several instead of choosing', async () => {
    const r = await locateFindings(
      [
        orphan('connection-without-keepalive', 'net/http.(*Transport).dialConnFor', '/usr/lib/go/src/net/http/transport.go'),
        orphan('regex-compilation-in-hot-path', 'regexp.compile', '/usr/lib/go/src/regexp/regexp.go'),
      ],
      new SourceResolver(root),
    );
    const line = GO.split('\n').findIndex((l) => l.includes('http.Transport{')) + 1;
    expect(r.findings[0].location).toEqual({ file: 'quote.go', line, column: GO.split('\n')[line - 1].indexOf('&http.Transport') + 2, function: 'quote' });
    expect(r.findings[1].location).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(/2 places in the source tree .*main\.go:5, main\.go:6/);
  });
});
