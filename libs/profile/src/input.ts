import { gunzipSync } from 'node:zlib';
import { LimitExceededError, MalformedProfileError, ProfileError } from './errors';
import { formatBytes, Limits } from './limits';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Inflates gzip input, refusing to produce more than `maxDecompressedBytes`.
 * zlib stops as soon as the output passes the limit, so a gzip bomb costs at
 * most the limit in memory, never its full expansion. The size the member
 * declares in its trailer (ISIZE, RFC 1952 §2.3.1, modulo 2^32) is quoted in
 * the error as a hint of what was refused.
 */
export function decompress(bytes: Uint8Array, limits: Limits): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.maxDecompressedBytes });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      const declared = bytes.length >= 18 ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readUInt32LE(bytes.length - 4) : 0;
      throw new LimitExceededError(
        'maxDecompressedBytes',
        limits.maxDecompressedBytes,
        `gzip input of ${formatBytes(bytes.length)} inflates past the limit (its trailer declares ${formatBytes(declared)} mod 4 GiB)`,
      );
    }
    throw new MalformedProfileError('gzip', e.message.replace(/\.$/, ''));
  }
}

export function checkInputSize(size: number, limits: Limits): void {
  if (size === 0) throw new ProfileError('empty_profile', 'the input is empty');
  if (size > limits.maxInputBytes) {
    throw new LimitExceededError('maxInputBytes', limits.maxInputBytes, `input of ${formatBytes(size)}`);
  }
}

/**
 * Decodes text with its byte-order mark: UTF-16 LE/BE (as Windows tools
 * write collapsed stacks) or UTF-8. Returns null when the bytes are not valid
 * text in that encoding, which tells text importers the input is not theirs.
 */
export function decodeText(bytes: Uint8Array, fatal = true): string | null {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    start = 2;
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
  }
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes.subarray(start));
  } catch {
    return null;
  }
}

/** A printable description of the first bytes, for "unrecognised format" messages. */
export function describeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 16);
  const printable = Array.from(head).every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
  if (printable) return `starts with ${JSON.stringify(Buffer.from(head).toString('latin1'))}`;
  return `starts with bytes ${Buffer.from(head).toString('hex').replace(/(..)/g, '$1 ').trim()}`;
}
