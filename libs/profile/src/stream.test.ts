import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, readProfileFile, readProfileStream, withLimits } from '@hotpath/profile';

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield p;
}

describe('readProfileStream', () => {
  const text = Buffer.from('main;f 1\n'.repeat(1000));
  const gz = gzipSync(text);

  it('inflates gzip whose magic bytes arrive in two chunks', async () => {
    const out = await readProfileStream(chunks(gz.subarray(0, 1), gz.subarray(1)), DEFAULT_LIMITS);
    expect(Buffer.compare(out, text)).toBe(0);
  });

  it('does not call a stream empty because its first chunk is', async () => {
    const out = await readProfileStream(chunks(new Uint8Array(0), text), DEFAULT_LIMITS);
    expect(Buffer.compare(out, text)).toBe(0);
  });

  it('does not trust a gzip trailer that declares more than deflate can expand to', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hotpath-stream-'));
    const forged = Buffer.from(gz);
    forged.writeUInt32LE(0xfffffff0, forged.length - 4); // ISIZE: ~4 GiB
    const file = join(root, 'forged.gz');
    writeFileSync(file, forged);
    const limits = withLimits({ maxDecompressedBytes: 512 * 1024 * 1024 });
    // zlib checks ISIZE itself, so this is refused; what matters is what was allocated before.
    const before = process.memoryUsage().arrayBuffers;
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers - before)), 0);
    await readProfileFile(file, limits).catch(() => undefined);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });
});
