import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LimitExceededError, MalformedProfileError, ProfileError } from './errors';
import { formatBytes, Limits } from './limits';

/**
 * Reads a profile from a stream, inflating gzip on the fly, with both byte
 * limits checked as the bytes arrive: a gzip bomb stops at
 * `maxDecompressedBytes` of output, an endless pipe at `maxInputBytes` of
 * input. The compressed bytes are never held whole, and when the size is
 * known in advance (a file's gzip trailer) the output is written into one
 * buffer of that size, so peak memory stays close to the profile's own size.
 */
export async function readProfileStream(
  source: AsyncIterable<Uint8Array>,
  limits: Limits,
  options: { sizeHint?: number; onBytes?: (inputBytes: number) => void } = {},
): Promise<Buffer> {
  const chunks = source[Symbol.asyncIterator]();
  // The format is told by the first two bytes, which a pipe may deliver in separate (or after empty) chunks.
  const early: Uint8Array[] = [];
  let earlyBytes = 0;
  let last: IteratorResult<Uint8Array> = { done: false, value: new Uint8Array(0) };
  while (earlyBytes < 2) {
    last = await chunks.next();
    if (last.done) break;
    early.push(last.value);
    earlyBytes += last.value.length;
  }
  if (earlyBytes === 0) throw new ProfileError('empty_profile', 'the input is empty');
  const head = Buffer.concat(early.map((c) => c.subarray(0, 2))).subarray(0, 2);
  const ended = last.done === true;
  let inputBytes = 0;
  async function* input(): AsyncGenerator<Uint8Array> {
    for (let k = 0; ; k++) {
      let value: Uint8Array;
      if (k < early.length) value = early[k];
      else {
        const c = ended ? null : await chunks.next();
        if (!c || c.done) return;
        value = c.value;
      }
      inputBytes += value.length;
      if (inputBytes > limits.maxInputBytes) {
        throw new LimitExceededError('maxInputBytes', limits.maxInputBytes, `more than ${formatBytes(limits.maxInputBytes)} of input`);
      }
      options.onBytes?.(inputBytes);
      yield value;
    }
  }
  const gzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  if (!gzip) return collect(input(), limits.maxInputBytes, options.sizeHint, 'maxInputBytes');

  // Output chunks of 256 KiB are allocated (and freed) by mmap rather than from malloc's heap,
  // so the memory they pass through goes back to the system instead of staying in RSS.
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const feed = Readable.from(input());
  feed.on('error', (err) => gunzip.destroy(err));
  feed.pipe(gunzip);
  try {
    return await collect(gunzip, limits.maxDecompressedBytes, options.sizeHint, 'maxDecompressedBytes');
  } catch (err) {
    if (err instanceof ProfileError) throw err;
    throw new MalformedProfileError('gzip', (err as Error).message.replace(/\.$/, ''));
  } finally {
    feed.destroy();
    gunzip.destroy();
  }
}

/** Reads a profile file: its gzip trailer (if any) sizes the output buffer. */
export async function readProfileFile(path: string, limits: Limits, onBytes?: (read: number, size: number) => void): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > limits.maxInputBytes) throw new LimitExceededError('maxInputBytes', limits.maxInputBytes, `file of ${formatBytes(size)}`);
    const declared = await gzipDeclaredSize(file, size);
    // The trailer is the sender's word: deflate expands at most 1032:1, so a larger claim is a lie
    // (it would have the output buffer allocated up to the limit for a file of a few bytes).
    const sizeHint = declared === undefined ? size : Math.min(declared, size * MAX_DEFLATE_RATIO);
    return await readProfileStream(file.createReadStream({ highWaterMark: 1 << 20, autoClose: false }), limits, {
      sizeHint,
      onBytes: (n) => onBytes?.(n, size),
    });
  } finally {
    await file.close();
  }
}

/** The most deflate can expand its input (zlib's technical details: 1032:1). */
const MAX_DEFLATE_RATIO = 1032;

/** ISIZE, the uncompressed size modulo 2^32 that ends a gzip member (RFC 1952 §2.3.1). */
async function gzipDeclaredSize(file: import('node:fs/promises').FileHandle, size: number): Promise<number | undefined> {
  if (size < 18) return undefined;
  const head = Buffer.alloc(2);
  await file.read(head, 0, 2, 0);
  if (head[0] !== 0x1f || head[1] !== 0x8b) return undefined;
  const tail = Buffer.alloc(4);
  await file.read(tail, 0, 4, size - 4);
  return tail.readUInt32LE(0);
}

async function collect(chunks: AsyncIterable<Uint8Array>, max: number, sizeHint: number | undefined, limit: keyof Limits): Promise<Buffer> {
  // A hint is only a first guess (ISIZE wraps at 4 GiB, a trailer may lie): the buffer still grows.
  let out = Buffer.allocUnsafe(Math.min(Math.max(sizeHint ?? 0, 64 * 1024), max + 1));
  let length = 0;
  for await (const chunk of chunks) {
    if (length + chunk.length > max) {
      throw new LimitExceededError(limit, max, `more than ${formatBytes(max)}${limit === 'maxDecompressedBytes' ? ' after decompression' : ''}`);
    }
    if (length + chunk.length > out.length) {
      const bigger = Buffer.allocUnsafe(Math.min(Math.max(out.length * 2, length + chunk.length), max + 1));
      out.copy(bigger, 0, 0, length);
      out = bigger;
    }
    out.set(chunk, length);
    length += chunk.length;
  }
  return out.subarray(0, length);
}
