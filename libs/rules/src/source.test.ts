import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceTree } from '@hotpath/rules';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hotpath-src-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('SourceTree', () => {
  const root = tree({
    'src/orders.js': 'a\nb\nnew S3Client()\n',
    'src/util/index.js': 'u1\n',
    'lib/util/index.js': 'l1\n',
    'node_modules/pkg/orders.js': 'not this one\n',
  });
  const src = new SourceTree(root);

  it('finds files recorded on another machine by their longest path suffix', () => {
    expect(src.resolve('/srv/app/src/orders.js')).toBe('src/orders.js');
    expect(src.resolve('file:///home/ci/build/src/orders.js')).toBe('src/orders.js');
    expect(src.resolve('webpack:///./src/orders.js')).toBe('src/orders.js');
    expect(src.line('/srv/app/src/orders.js', 3)).toBe('new S3Client()');
  });

  it('leaves ambiguous and missing files unresolved rather than guessing', () => {
    expect(src.resolve('/srv/app/util/index.js')).toBeNull();
    expect(src.resolve('/srv/app/src/util/index.js')).toBe('src/util/index.js');
    expect(src.resolve('/srv/app/missing.js')).toBeNull();
    expect(src.line('/srv/app/src/orders.js', 0)).toBeNull();
    expect(src.line('/srv/app/src/orders.js', 99)).toBeNull();
  });
});
