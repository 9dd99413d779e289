import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceTree } from '@hotpath/rules';

describe('SourceTree with symbolic links', () => {
  it('skips a dangling link instead of failing', () => {
    const root = mkdtempSync(join(tmpdir(), 'hotpath-src-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/orders.js'), 'a\nb\n');
    symlinkSync(join(root, 'gone.js'), join(root, 'src/dangling.js'));
    const src = new SourceTree(root);
    expect(src.line('/srv/app/src/orders.js', 2)).toBe('b');
  });

  it('does not follow a link back into the tree forever', () => {
    const root = mkdtempSync(join(tmpdir(), 'hotpath-src-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/orders.js'), 'a\nb\n');
    symlinkSync('..', join(root, 'src/up'));
    const src = new SourceTree(root);
    expect(src.resolve('/srv/app/src/orders.js')).toBe('src/orders.js');
  });

  it('finds a file whose recorded URL is percent-encoded', () => {
    const root = mkdtempSync(join(tmpdir(), 'hotpath-src-'));
    mkdirSync(join(root, 'my app'));
    writeFileSync(join(root, 'my app/order list.js'), 'x\n');
    const src = new SourceTree(root);
    expect(src.resolve('file:///srv/my%20app/order%20list.js')).toBe('my app/order list.js');
  });
});
