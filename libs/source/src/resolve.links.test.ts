import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceResolver } from './resolve';

describe('SourceResolver over a tree with symbolic links', () => {
  it('skips a dangling link instead of failing', () => {
    const root = mkdtempSync(join(tmpdir(), 'hotpath-src-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/orders.js'), 'a\nb\n');
    symlinkSync(join(root, 'gone.js'), join(root, 'src/dangling.js'));
    const src = new SourceResolver(root);
    expect(src.line('/srv/app/src/orders.js', 2)).toBe('b');
  });

  it('does not follow a link back into the tree forever', () => {
    const root = mkdtempSync(join(tmpdir(), 'hotpath-src-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/orders.js'), 'a\nb\n');
    symlinkSync('..', join(root, 'src/up'));
    const src = new SourceResolver(root);
    expect(src.resolvePath('/srv/app/src/orders.js')).toEqual({ file: 'src/orders.js' });
  });
});
