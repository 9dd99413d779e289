import { expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryBlobStore } from './blob';

it('round-trips bytes under nested keys and leaves no temporary files', async () => {
  const root = mkdtempSync(join(tmpdir(), 'blobs-'));
  const blobs = new DirectoryBlobStore(root);
  const bytes = Buffer.from([0, 1, 2, 255]);
  await Promise.all([blobs.put('profiles/t/abc', bytes), blobs.put('profiles/t/abc', bytes)]);
  expect(await blobs.get('profiles/t/abc')).toEqual(bytes);
  expect(readdirSync(join(root, 'profiles/t'))).toEqual(['abc']);
  await blobs.delete('profiles/t/abc');
  await expect(blobs.get('profiles/t/abc')).rejects.toMatchObject({ code: 'blob_not_found' });
});

it('refuses keys that could leave the root', async () => {
  const blobs = new DirectoryBlobStore(mkdtempSync(join(tmpdir(), 'blobs-')));
  for (const key of ['../x', 'a/../../x', '/etc/passwd', '', 'a//b', 'a/./b', '.hidden', 'a\\b', 'x'.repeat(600)]) {
    await expect(blobs.put(key, Buffer.from('x')), key).rejects.toMatchObject({ code: 'invalid_argument' });
  }
});
