import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { defaultRegistry, isGzip } from '@hotpath/profile';
import { malformed, tooLarge, unsupported } from '../errors';
import { formatSize, gunzipBounded } from './gunzip';
import { parseMultipart } from './multipart';
import { type BodyLimits, contentEncoding, gunzipAll, readWire } from './wire';

/** Enough decompressed bytes for every importer's `sniff`. */
const HEAD_BYTES = 4096;

export interface ProfileBody {
  /** The profile as stored: at most one gzip layer (the profile's own, or the request's Content-Encoding). */
  bytes: Buffer;
  /** sha256 of the fully decompressed profile, hex: the same for a raw and a gzipped upload of one profile. */
  digest: string;
  /** Formats whose content check accepts the start of the profile, best guess first. */
  formats: string[];
  decompressedBytes: number;
  fileName?: string;
}

/**
 * The API's whole validation of a profile: bounded reading, bounded
 * decompression, a digest and a content sniff. Parsing is the workers' job;
 * this never runs an importer.
 */
export async function readProfileBody(req: IncomingMessage, limits: BodyLimits, formatHint?: string): Promise<ProfileBody> {
  const encoding = contentEncoding(req);
  const wire = await readWire(req, limits.maxBodyBytes);
  const contentType = String(req.headers['content-type'] ?? '');
  // A gzip-encoded raw body is kept as it came: the importers inflate gzip
  // themselves, so the API never holds more than the wire bytes of it.
  let bytes = wire;
  let fileName: string | undefined;
  if (/^multipart\/form-data/i.test(contentType)) {
    const body = encoding === 'gzip' ? await gunzipAll(wire, limits.maxDecompressedBytes, 'the gzip request body') : wire;
    const part = await parseMultipart(contentType, body, limits.maxBodyBytes);
    bytes = part.bytes;
    fileName = part.fileName;
  } else if (encoding === 'gzip' && wire.length > 0 && !isGzip(wire)) {
    throw malformed('Content-Encoding is gzip but the body is not gzip');
  }
  if (bytes.length === 0) throw malformed('the profile is empty');
  let inspected = await inspect(bytes, limits.maxDecompressedBytes);
  if (isGzip(bytes) && isGzip(inspected.head)) {
    // gzip over gzip (Content-Encoding over a .pb.gz): store one layer less, so the importers see a single gzip.
    bytes = await gunzipAll(bytes, limits.maxDecompressedBytes, 'the gzip request body');
    inspected = await inspect(bytes, limits.maxDecompressedBytes);
  }
  const { digest, head, decompressedBytes } = inspected;
  if (decompressedBytes === 0) throw malformed('the profile is empty after decompression');
  const formats = defaultRegistry.sniff(head, fileName);
  if (formatHint !== undefined) {
    if (!defaultRegistry.formats.includes(formatHint)) {
      throw unsupported(`format ${JSON.stringify(formatHint)} is not one hotpath reads (known: ${defaultRegistry.formats.join(', ')})`);
    }
    return { bytes, digest, formats: [formatHint], decompressedBytes, fileName };
  }
  if (formats.length === 0) {
    throw unsupported(`no importer recognises the content (${describe(head)}); expected one of ${defaultRegistry.formats.join(', ')}`);
  }
  return { bytes, digest, formats, decompressedBytes, fileName };
}

async function inspect(bytes: Buffer, maxDecompressed: number): Promise<{ digest: string; head: Buffer; decompressedBytes: number }> {
  const hash = createHash('sha256');
  if (!isGzip(bytes)) {
    if (bytes.length > maxDecompressed) throw tooLargeDecompressed(bytes.length, maxDecompressed);
    return { digest: hash.update(bytes).digest('hex'), head: bytes.subarray(0, HEAD_BYTES), decompressedBytes: bytes.length };
  }
  const head: Buffer[] = [];
  let headBytes = 0;
  let total = 0;
  for await (const chunk of gunzipBounded(bytes, maxDecompressed, 'the gzip profile')) {
    hash.update(chunk);
    total += chunk.length;
    if (headBytes < HEAD_BYTES) {
      head.push(chunk);
      headBytes += chunk.length;
    }
  }
  return { digest: hash.digest('hex'), head: Buffer.concat(head).subarray(0, HEAD_BYTES), decompressedBytes: total };
}

function tooLargeDecompressed(actual: number, max: number) {
  return tooLarge(`profile of ${formatSize(actual)} exceeds the decompressed limit of ${formatSize(max)}`);
}

function describe(head: Buffer): string {
  const start = head.subarray(0, 16);
  const printable = Array.from(start).every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
  return printable ? `starts with ${JSON.stringify(start.toString('latin1'))}` : `starts with bytes ${start.toString('hex').replace(/(..)/g, '$1 ').trim()}`;
}
