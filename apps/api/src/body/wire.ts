import type { IncomingMessage } from 'node:http';
import { badRequest, tooLarge, unsupported } from '../errors';
import { formatSize, gunzipBounded } from './gunzip';

export interface BodyLimits {
  maxBodyBytes: number;
  maxDecompressedBytes: number;
}

/** How much of an oversized body is read and thrown away so the client sees the 413 rather than a reset. */
const DRAIN_CAP = 8 * 1024 * 1024;

/**
 * Reads a request body into memory with a bound on the bytes on the wire,
 * refusing early when Content-Length already says too much.
 */
export async function readWire(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    await drain(req);
    throw tooLarge(`request body of ${formatSize(declared)} exceeds the limit of ${formatSize(max)}`);
  }
  // Plain 'data' events rather than an async iterator: once the limit is
  // passed the rest must be drained with the same listener mode.
  const chunks: Buffer[] = [];
  let total = 0;
  const over = await new Promise<boolean>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > max) {
        cleanup();
        resolve(true);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(false);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(badRequest('the client closed the connection before the body ended'));
    };
    const cleanup = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    req.on('data', onData).once('end', onEnd).once('error', onError).once('close', onClose);
  });
  if (over) {
    await drain(req);
    throw tooLarge(`request body exceeds the limit of ${formatSize(max)}`);
  }
  return Buffer.concat(chunks, total);
}

/** The body's `Content-Encoding`: none or gzip, which is what profilers send. */
export function contentEncoding(req: IncomingMessage): 'identity' | 'gzip' {
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return 'identity';
  if (encoding === 'gzip' || encoding === 'x-gzip') return 'gzip';
  throw unsupported(`Content-Encoding ${JSON.stringify(encoding.slice(0, 40))} is not supported (use gzip or none)`);
}

/** Inflates a whole gzip buffer within the decompressed bound. */
export async function gunzipAll(bytes: Buffer, max: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of gunzipBounded(bytes, max, what)) {
    chunks.push(chunk);
    total += chunk.length;
  }
  return Buffer.concat(chunks, total);
}

async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return;
  let seen = 0;
  await new Promise<void>((resolve) => {
    const done = () => {
      req.off('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > DRAIN_CAP) {
        // Past the cap the client gets the answer with the connection closed behind it.
        req.pause();
        done();
      }
    };
    req.on('data', onData);
    req.once('end', done);
    req.once('error', done);
    req.once('close', done);
    req.resume();
  });
}
