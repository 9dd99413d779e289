import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from './unified-diff';
import { PATCH } from './report.fixture';

describe('parseUnifiedDiff', () => {
  it('reads the file, the old range and the new side of each hunk', () => {
    expect(parseUnifiedDiff(PATCH)).toEqual([
      {
        path: 'src/handler.ts',
        hunks: [
          {
            oldStart: 15,
            oldLines: 5,
            newStart: 15,
            newLines: 5,
            newText: ["import { S3Client } from '@aws-sdk/client-s3';", 'const s3 = new S3Client({});', '', 'export async function handle(req) {', '  return s3.send(req);'],
          },
        ],
      },
    ]);
  });

  it('reads several files and hunks, git headers, pure insertions and the no-newline marker', () => {
    const diff = [
      'diff --git a/a.js b/a.js',
      'index 1111111..2222222 100644',
      '--- a/a.js',
      '+++ b/a.js',
      '@@ -3,0 +4,2 @@ function f() {',
      '+x();',
      '+y();',
      '@@ -10 +12 @@',
      '-old',
      '\\ No newline at end of file',
      '+new',
      '\\ No newline at end of file',
      '--- b.js\t2024-01-01 00:00:00',
      '+++ b.js\t2024-01-01 00:00:01',
      '@@ -1,2 +1 @@',
      ' keep',
      '-drop',
    ].join('\n');
    const files = parseUnifiedDiff(diff);
    expect(files.map((f) => f.path)).toEqual(['a.js', 'b.js']);
    expect(files[0].hunks).toEqual([
      { oldStart: 3, oldLines: 0, newStart: 4, newLines: 2, newText: ['x();', 'y();'] },
      { oldStart: 10, oldLines: 1, newStart: 12, newLines: 1, newText: ['new'] },
    ]);
    expect(files[1].hunks).toEqual([{ oldStart: 1, oldLines: 2, newStart: 1, newLines: 1, newText: ['keep'] }]);
  });

  it('skips deleted files and text that is not a diff', () => {
    expect(parseUnifiedDiff('--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n')).toEqual([]);
    expect(parseUnifiedDiff('just words')).toEqual([]);
  });
});
