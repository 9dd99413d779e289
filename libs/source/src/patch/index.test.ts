import { describe, expect, it } from 'vitest';
import { gitApply } from '../../../../test/support/patch-apply';
import { applyEdits, unifiedDiff } from './diff';
import { buildPatch } from './index';

const base = { file: 'src/a.js', language: 'javascript' as const, line: 1, column: 1, category: 'client-construction-in-hot-path', ruleId: 'r' };

describe('buildPatch requests', () => {
  it('names the problem with a bad request instead of throwing', async () => {
    expect(await buildPatch({ ...base, text: 'x\n', line: 9 })).toEqual({ reason: 'line 9 is outside src/a.js (2 lines)' });
    expect(await buildPatch({ ...base, text: 'x\n', column: 0 })).toEqual({ reason: 'column 0 is not a 1-based column' });
    expect(await buildPatch({ ...base, text: 'x\n', file: '../etc/passwd' })).toMatchObject({ reason: expect.stringMatching(/not a relative path/) });
    expect(await buildPatch({ ...base, text: 'x'.repeat(2_000_001) })).toMatchObject({ reason: expect.stringMatching(/more than the 2000000/) });
    expect(await buildPatch({ ...base, text: 'x\n', language: 'python' })).toEqual({ reason: 'no automatic patch for client-construction-in-hot-path in Python sources' });
  });

  it('does not patch a file that does not parse', async () => {
    const r = await buildPatch({ ...base, text: 'function f() {\n  const c = new S3Client({});\n  return c.(\n}\n', line: 2, column: 13 });
    expect(r).toMatchObject({ reason: expect.stringMatching(/does not parse cleanly/) });
  });

  it('gives the measured reason for JSON deep copies and a plain one for categories without a patcher', async () => {
    const text = 'function f(x) {\n  return JSON.parse(JSON.stringify(x));\n}\n';
    expect(await buildPatch({ ...base, text, line: 2, category: 'serialization-overhead' })).toMatchObject({ reason: expect.stringMatching(/bench\/structured-clone\.mjs/) });
    expect(await buildPatch({ ...base, text, line: 2, category: 'lock-contention' })).toEqual({ reason: 'no automatic patch for lock-contention' });
  });
});

describe('unifiedDiff', () => {
  const text = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

  it('writes separate hunks for distant edits and git applies them', () => {
    const at = (n: number) => text.indexOf(`line ${n}\n`);
    const edits = [
      { start: at(2), end: at(2), text: 'inserted A\n' },
      { start: at(20), end: at(20) + 'line 20'.length, text: 'changed 20' },
    ];
    const patch = unifiedDiff('f.txt', text, edits);
    expect(patch.match(/^@@/gm)).toHaveLength(2);
    expect(patch).toContain('@@ -1,4 +1,5 @@\n line 1\n+inserted A\n line 2\n');
    expect(patch).toContain('@@ -17,7 +18,7 @@');
    expect(gitApply('f.txt', text, patch)).toBe(applyEdits(text, edits));
  });

  it('merges edits whose context overlaps into one hunk', () => {
    const at = (n: number) => text.indexOf(`line ${n}\n`);
    const patch = unifiedDiff('f.txt', text, [
      { start: at(10), end: at(11), text: '' },
      { start: at(14), end: at(14), text: 'new\n' },
    ]);
    expect(patch.match(/^@@/gm)).toHaveLength(1);
    expect(gitApply('f.txt', text, patch)).toBe(applyEdits(text, [{ start: at(10), end: at(11), text: '' }, { start: at(14), end: at(14), text: 'new\n' }]));
  });

  it('handles a file without a final newline', () => {
    const t = 'a\nb\nc';
    const edits = [{ start: 4, end: 5, text: 'C' }];
    const patch = unifiedDiff('f.txt', t, edits);
    expect(patch).toContain('\\ No newline at end of file');
    expect(gitApply('f.txt', t, patch)).toBe('a\nb\nC');
  });

  it('keeps non-ASCII text intact (offsets are UTF-16 code units)', () => {
    const t = "const name = 'Zoë Müller';\nconst x = 1;\n";
    const start = t.indexOf('1;');
    const patch = unifiedDiff('f.js', t, [{ start, end: start + 1, text: '2' }]);
    expect(gitApply('f.js', t, patch)).toBe("const name = 'Zoë Müller';\nconst x = 2;\n");
  });
});
