import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { StoreError } from './errors';
import type { BlobStore } from './types';

/** Keys are relative slash-separated names of safe characters: no `..`, no absolute paths, no empty segments. */
const KEY = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
const MAX_KEY_LENGTH = 512;

export function checkBlobKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH || !KEY.test(key) || key.split('/').includes('..')) {
    throw new StoreError('invalid_argument', `invalid blob key ${JSON.stringify(String(key).slice(0, 80))}: use 1–${MAX_KEY_LENGTH} characters of [A-Za-z0-9._-] in /-separated segments, no '..'`);
  }
}

/**
 * Raw profiles as files under one directory. A write goes to a temporary file
 * in the same directory and is renamed into place, so a reader never sees a
 * half-written profile and a crash leaves at most a stray temporary file.
 */
export class DirectoryBlobStore implements BlobStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    checkBlobKey(key);
    const path = resolve(this.root, key);
    // The key pattern already forbids escaping; this is the belt to its braces.
    if (!path.startsWith(this.root + sep)) throw new StoreError('invalid_argument', `blob key ${key} resolves outside the store`);
    return path;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const tmp = join(dirname(path), `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      await writeFile(tmp, bytes, { flag: 'wx' });
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Buffer> {
    const path = this.path(key);
    try {
      return await readFile(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new StoreError('blob_not_found', `no blob with key ${key}`);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
