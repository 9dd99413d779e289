import { open } from 'node:fs/promises';
import { LimitExceededError, formatBytes } from '@hotpath/profile';

/**
 * Reads a profile from a file or standard input (`-`), never more than
 * `maxBytes`: a file's size is checked before reading, stdin is cut off at
 * the limit, so an endless pipe cannot exhaust memory.
 */
export async function readInput(path: string, maxBytes: number, onProgress?: (read: number, size: number) => void): Promise<Buffer> {
  if (path === '-') return readStream(process.stdin, maxBytes);
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > maxBytes) throw new LimitExceededError('maxInputBytes', maxBytes, `file of ${formatBytes(size)}`);
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    const chunk = 8 * 1024 * 1024;
    while (offset < size) {
      const { bytesRead } = await file.read(buffer, offset, Math.min(chunk, size - offset), offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
      onProgress?.(offset, size);
    }
    return buffer.subarray(0, offset);
  } finally {
    await file.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > maxBytes) throw new LimitExceededError('maxInputBytes', maxBytes, `more than ${formatBytes(maxBytes)} on standard input`);
    chunks.push(b);
  }
  return Buffer.concat(chunks, size);
}
