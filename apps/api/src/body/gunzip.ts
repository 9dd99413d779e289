import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { malformed, tooLarge } from '../errors';

const MiB = 1024 * 1024;
const size = (n: number) => (n < MiB ? `${(n / 1024).toFixed(1)} KiB` : `${(n / MiB).toFixed(1)} MiB`);

/**
 * Inflates a gzip stream chunk by chunk and stops as soon as the output
 * passes `max` bytes, so a gzip bomb costs at most `max` of work and no more
 * than one chunk of memory here. zlib runs on libuv's thread pool, off the
 * event loop that serves requests. A truncated or corrupt stream is a
 * malformed profile, named by `what`.
 */
export async function* gunzipBounded(source: AsyncIterable<Buffer> | Buffer, max: number, what: string): AsyncGenerator<Buffer> {
  // 256 KiB output chunks instead of zlib's 16 KiB: the stream's per-chunk
  // overhead dominates otherwise (32 MiB inflate: ~250 ms at 16 KiB, ~20 ms here).
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const input = Buffer.isBuffer(source) ? Readable.from([source]) : Readable.from(source);
  input.on('error', (err) => gunzip.destroy(err));
  input.pipe(gunzip);
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > max) throw tooLarge(`${what} inflates past the decompressed limit of ${size(max)}`);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof Error && 'code' in err && typeof (err as NodeJS.ErrnoException).code === 'string' && (err as NodeJS.ErrnoException).code!.startsWith('Z_')) {
      throw malformed(`${what} is not valid gzip: ${err.message}`);
    }
    throw err;
  } finally {
    input.unpipe(gunzip);
    input.destroy();
    gunzip.destroy();
  }
}

export { size as formatSize };
