import { ConstantPools, CHECKPOINT_EVENT_TYPE, readConstantPools } from './constant-pool';
import { ChunkEvents, EventBudget, EventDecoder } from './events';
import { Metadata, METADATA_EVENT_TYPE, readMetadata } from './metadata';
import { JfrDecodeError, JfrReader } from './reader';
import { ValueReader } from './values';

/**
 * A JFR file is one or more chunks laid end to end (a recording rotated into
 * several chunks, or files concatenated: both are valid). Each chunk is self-
 * contained: its own header, metadata, constant pools and events.
 *
 * Chunk header, 68 bytes, big-endian (OpenJDK `ChunkHeader`, JMC
 * `ChunkStructure`):
 *
 *     0  magic "FLR\0"        4  major, minor (u16 each)   8  chunk size (i64)
 *     16 constant pool offset 24 metadata offset           32 start (ns since epoch)
 *     40 duration (ns)        48 start ticks               56 ticks per second
 *     64 features (u32): bit 0 compressed integers, bit 1 final chunk
 *
 * Offsets are relative to the chunk's start. Events follow the header up to
 * the chunk's end, each `size (int), type id (long), fields…`, the size
 * counting from the event's first byte.
 */

export const CHUNK_HEADER_SIZE = 68;
export const MAGIC = [0x46, 0x4c, 0x52, 0x00];
const FEATURE_COMPRESSED_INTS = 1;

export interface ChunkHeader {
  readonly start: number;
  readonly major: number;
  readonly minor: number;
  readonly size: number;
  readonly constantPoolOffset: number;
  readonly metadataOffset: number;
  readonly startNanos: number;
  readonly durationNanos: number;
  readonly ticksPerSecond: number;
  readonly compressedInts: boolean;
}

export interface Chunk {
  readonly index: number;
  readonly header: ChunkHeader;
  readonly metadata: Metadata;
  readonly pools: ConstantPools;
  readonly events: ChunkEvents;
}

/** A chunk that could not be read, with where and why (turned into MalformedProfileError by the importer). */
export class ChunkError extends Error {
  constructor(
    readonly chunk: number,
    readonly chunkStart: number,
    readonly segment: string,
    readonly offset: number,
    readonly detail: string,
  ) {
    super(`chunk ${chunk} (at byte ${chunkStart}): ${segment}: ${detail} at byte ${offset}`);
    this.name = 'ChunkError';
  }
}

export function hasMagic(b: Uint8Array, at = 0): boolean {
  return b.length >= at + 4 && b[at] === MAGIC[0] && b[at + 1] === MAGIC[1] && b[at + 2] === MAGIC[2] && b[at + 3] === MAGIC[3];
}

/** A time in nanoseconds: 2^53 ns is 285 years, so epoch times lose only sub-microsecond precision as doubles. */
function time64(view: DataView, at: number): number {
  return view.getUint32(at) * 4294967296 + view.getUint32(at + 4);
}

function u64(view: DataView, at: number): number {
  const hi = view.getUint32(at);
  const lo = view.getUint32(at + 4);
  // Offsets and sizes are bounded by the input length; anything ≥ 2^53 is invalid anyway.
  return hi >= 0x200000 ? Number.MAX_SAFE_INTEGER : hi * 4294967296 + lo;
}

export function readChunkHeader(buf: Uint8Array, start: number, index: number): ChunkHeader {
  const bad = (detail: string, at = start) => new ChunkError(index, start, 'chunk header', at, detail);
  if (buf.length - start < CHUNK_HEADER_SIZE) throw bad(`only ${buf.length - start} bytes left, a chunk header needs ${CHUNK_HEADER_SIZE}`);
  if (!hasMagic(buf, start)) throw bad('no "FLR\\0" magic where a chunk should start');
  const view = new DataView(buf.buffer, buf.byteOffset + start, CHUNK_HEADER_SIZE);
  const major = view.getUint16(4);
  const minor = view.getUint16(6);
  // Version 0.x is JDK 7/8's different layout; 1.x (JDK 9, 10) and 2.x (JDK 11+, async-profiler) share this one.
  if (major !== 1 && major !== 2) throw bad(`unsupported format version ${major}.${minor} (1.x and 2.x are supported)`, start + 4);
  const size = u64(view, 8);
  const constantPoolOffset = u64(view, 16);
  const metadataOffset = u64(view, 24);
  const ticksPerSecond = u64(view, 56);
  const features = view.getUint32(64);
  if (size < CHUNK_HEADER_SIZE || size > buf.length - start) {
    throw bad(`chunk size ${size} does not fit: ${buf.length - start} bytes remain in the input (truncated recording?)`, start + 8);
  }
  if (metadataOffset < CHUNK_HEADER_SIZE || metadataOffset >= size) throw bad(`metadata offset ${metadataOffset} is outside the chunk of ${size} bytes`, start + 24);
  if (constantPoolOffset !== 0 && (constantPoolOffset < CHUNK_HEADER_SIZE || constantPoolOffset >= size)) {
    throw bad(`constant pool offset ${constantPoolOffset} is outside the chunk of ${size} bytes`, start + 16);
  }
  if (ticksPerSecond <= 0) throw bad('ticks per second is 0', start + 56);
  return {
    start,
    major,
    minor,
    size,
    constantPoolOffset,
    metadataOffset,
    startNanos: time64(view, 32),
    durationNanos: time64(view, 40),
    ticksPerSecond,
    compressedInts: (features & FEATURE_COMPRESSED_INTS) !== 0,
  };
}

/**
 * Reads one chunk: metadata first (it says how to read everything else), then
 * the constant pools, then the events in order. `tick` is called now and
 * then so the caller can enforce its time budget; `budget` bounds the
 * sample events kept over all chunks.
 */
export function readChunk(r: JfrReader, index: number, start: number, tick: (pos: number) => void, budget: EventBudget): Chunk {
  const header = readChunkHeader(r.buf, start, index);
  const end = start + header.size;
  let segment = 'metadata';
  let segmentStart = start + header.metadataOffset;
  let eventType = -1;
  let metadata: Metadata | undefined;
  try {
    r.compressed = header.compressedInts;
    r.pos = segmentStart;
    r.end = end;
    metadata = readMetadata(r);
    segment = 'constant pool';
    const pools = header.constantPoolOffset
      ? readConstantPools(r, metadata, start, end, header.constantPoolOffset, (pos) => (segmentStart = pos))
      : new ConstantPools();
    const events = new ChunkEvents();
    const decoder = new EventDecoder(new ValueReader(r, metadata), metadata, header.ticksPerSecond);
    segment = 'event';
    let pos = start + CHUNK_HEADER_SIZE;
    let n = 0;
    while (pos < end) {
      segmentStart = pos;
      eventType = -1;
      r.pos = pos;
      r.end = end;
      const size = r.int();
      if (size <= 0 || size > end - pos) r.fail(`event declares ${size} bytes, but ${end - pos} remain in the chunk`, pos);
      r.end = pos + size;
      eventType = r.id();
      // Metadata and checkpoint events sit among the others; they were read above.
      if (eventType !== METADATA_EVENT_TYPE && eventType !== CHECKPOINT_EVENT_TYPE) decoder.decode(eventType, events, budget);
      pos += size;
      if ((++n & 0x3fff) === 0) tick(pos);
    }
    return { index, header, metadata, pools, events };
  } catch (err) {
    if (!(err instanceof JfrDecodeError)) throw err;
    if (segment === 'event' && eventType !== -1) segment = `event ${metadata?.byId.get(eventType)?.name ?? `of undeclared type ${eventType}`}`;
    throw new ChunkError(index, start, `${segment} at byte ${segmentStart}`, err.offset, err.message);
  }
}
