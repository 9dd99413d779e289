import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { originalLines, originalPosition, parseSourceMap } from './source-map';

describe('originalLines', () => {
  it('gives every source line a compiler joined into one generated line', () => {
    // Below ES2022 tsc moves an arrow-function class property into the constructor and
    // writes its first statement on the same line as the assignment.
    const source = ['export class Rollup {', '  private snapshot = (w: object) =>', '    JSON.parse(JSON.stringify(w));', '}', ''].join('\n');
    const out = ts.transpileModule(source, {
      fileName: 'rollup.ts',
      compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.CommonJS, sourceMap: true },
    });
    const map = parseSourceMap(out.sourceMapText!, 'rollup.js.map', 'rollup.js');
    const generated = out.outputText.split('\n').findIndex((l) => l.includes('JSON.parse')) + 1;
    expect(generated).toBeGreaterThan(0);
    const first = originalPosition(map, generated)!;
    const lines = originalLines(map, generated, first.source);
    // The statement's own line is among them even when the first mapped segment is the property's line.
    expect(lines).toContain(3);
    expect(lines[0]).toBe(first.line);
    expect(lines.length).toBeGreaterThan(1);
  });
});
