import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { javaPath, pathParts, SourceError, SourceResolver, sourceMapReference } from '@hotpath/source';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('SourceResolver paths', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hp-resolve-'));
    write(root, {
      'src/orders.js': 'a\n',
      'src/util/index.js': 'x\n',
      'lib/util/index.js': 'y\n',
      'my app/space.js': 'z\n',
      'main.js': 'm\n',
      'dist/main.js': 'd\n',
      'src/main/java/com/acme/shipping/RateLine.java': 'class RateLine {}\n',
      'node_modules/dep/src/orders.js': 'no\n',
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('matches a path recorded on another machine by its longest suffix in the tree', () => {
    const r = new SourceResolver(root);
    expect(r.resolvePath('/srv/app/src/orders.js')).toEqual({ file: 'src/orders.js' });
    expect(r.resolvePath('file:///srv/app/src/orders.js')).toEqual({ file: 'src/orders.js' });
    expect(r.resolvePath('file:///home/ci/my%20app/space.js')).toEqual({ file: 'my app/space.js' });
    expect(r.resolvePath('webpack:///./src/orders.js')).toEqual({ file: 'src/orders.js' });
    expect(r.resolvePath('webpack://orders/./src/util/index.js')).toEqual({ file: 'src/util/index.js' });
    expect(r.resolvePath('C:\\build\\lib\\util\\index.js')).toEqual({ file: 'lib/util/index.js' });
    expect(r.resolvePath('/srv/app/src/missing.js')).toBeNull();
  });

  it('reports an ambiguous match with every candidate instead of picking one', () => {
    const r = new SourceResolver(root);
    expect(r.resolvePath('/srv/app/other/util/index.js')).toEqual({ ambiguous: ['lib/util/index.js', 'src/util/index.js'] });
    expect(r.resolveFrame('/srv/app/other/util/index.js', 1)).toEqual({ ambiguous: ['lib/util/index.js', 'src/util/index.js'] });
  });

  it('prefers the file that matches whole, where the tree root is a directory of the recorded path', () => {
    const r = new SourceResolver(root);
    expect(r.resolvePath('/srv/app/main.js')).toEqual({ file: 'main.js' });
  });

  it('never resolves into node_modules', () => {
    const r = new SourceResolver(root);
    expect(r.resolvePath('/x/node_modules/dep/src/orders.js')).toEqual({ file: 'src/orders.js' });
  });

  it('finds Java files by the package path of the frame when the profile has no file', () => {
    const r = new SourceResolver(root);
    expect(r.resolvePath('', 'com.acme.shipping.RateLine.format')).toEqual({ file: 'src/main/java/com/acme/shipping/RateLine.java' });
    expect(javaPath('com.acme.shipping.RateLine$Builder.lambda$build$0')).toBe('com/acme/shipping/RateLine.java');
    expect(javaPath('main.(*index).add')).toBeNull();
  });

  it('bounds the tree and names a missing directory', () => {
    const r = new SourceResolver(root, { maxFiles: 2 });
    expect(r.truncated).toBe(true);
    expect(r.warnings[0]).toMatch(/more than 2 files/);
    expect(() => new SourceResolver(join(root, 'nope'))).toThrow(SourceError);
    expect(() => new SourceResolver(join(root, 'main.js'))).toThrow(/not a directory/);
  });

  it('splits recorded names into path components', () => {
    expect(pathParts('file:///a/b%2Bc/d.js')).toEqual(['a', 'b+c', 'd.js']);
    expect(pathParts('webpack:///./src/x.ts?abcd')).toEqual(['src', 'x.ts']);
    expect(pathParts('webpack-internal:///./src/x.ts')).toEqual(['src', 'x.ts']);
  });
});

describe('SourceResolver through source maps written by the TypeScript compiler', () => {
  let root: string;
  const ts_ = [
    'interface Rule { pattern: string }',
    '',
    'export function check(rules: Rule[], value: string): boolean {',
    '  let ok = true;',
    '  for (const rule of rules) {',
    '    const re = new RegExp(rule.pattern);',
    '    ok = ok && re.test(value);',
    '  }',
    '  return ok;',
    '}',
    '',
  ].join('\n');

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hp-maps-'));
    write(root, { 'src/check.ts': ts_ });
    // The compiler's own emitter, in process (three `tsc` runs take seconds on a busy machine).
    const tsc = (out: string, options: ts.CompilerOptions) => {
      const r = ts.transpileModule(ts_, { fileName: 'check.ts', compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.CommonJS, ...options } });
      const files: Record<string, string> = { [`${out}/check.js`]: r.outputText };
      if (r.sourceMapText) {
        // transpileModule names the source by its bare file name; tsc --outDir writes it relative to the map.
        const map = JSON.parse(r.sourceMapText);
        if (!options.sourceRoot) map.sources = ['../src/check.ts'];
        files[`${out}/check.js.map`] = JSON.stringify(map);
      }
      write(root, files);
    };
    tsc('dist', { sourceMap: true });
    tsc('inline', { inlineSourceMap: true });
    tsc('bundled', { sourceMap: true, sourceRoot: 'webpack:///./src/' });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const [dir, how] of [
    ['dist', 'a .map file named by sourceMappingURL'],
    ['inline', 'an inline data: map'],
    ['bundled', 'webpack:/// source names'],
  ] as const) {
    it(`maps a compiled line back to the TypeScript line through ${how}`, () => {
      const js = readFileSync(join(root, dir, 'check.js'), 'utf8');
      const r = new SourceResolver(root);
      const res = r.resolveFrame(`/srv/app/${dir}/check.js`, lineOf(js, 'new RegExp('));
      expect(res).toMatchObject({ file: 'src/check.ts', line: lineOf(ts_, 'new RegExp('), generated: { file: `${dir}/check.js` } });
      expect(r.line(`/srv/app/${dir}/check.js`, lineOf(js, 'new RegExp('))).toContain('new RegExp(rule.pattern)');
    });
  }

  it('keeps the compiled line when the map is broken, and says why', () => {
    const js = readFileSync(join(root, 'dist', 'check.js'), 'utf8');
    const broken = mkdtempSync(join(tmpdir(), 'hp-broken-'));
    try {
      write(broken, { 'dist/check.js': js, 'dist/check.js.map': '{"version":3,"mappings":', 'src/check.ts': ts_ });
      const r = new SourceResolver(broken);
      expect(r.resolveFrame('/srv/dist/check.js', 3)).toEqual({ file: 'dist/check.js', line: 3, column: undefined });
      expect(r.warnings.join('\n')).toMatch(/dist\/check\.js: source map is not JSON/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('reads only a trailing sourceMappingURL comment', () => {
    expect(sourceMapReference('x();\n//# sourceMappingURL=a.js.map\n')).toBe('a.js.map');
    expect(sourceMapReference('x();\n/*# sourceMappingURL=a.css.map */')).toBe('a.css.map');
    expect(sourceMapReference('const s = "//# sourceMappingURL=fake.map";\nx();\n')).toBeNull();
    expect(sourceMapReference('//# sourceMappingURL=early.map\nx();\n')).toBeNull();
  });
});
