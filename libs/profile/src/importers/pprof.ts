import * as protobuf from 'protobufjs';
import { ProfileBuilder } from '../builder';
import { LimitExceededError, MalformedProfileError, NotThisFormat, ProfileError } from '../errors';
import type { ImportContext, Importer } from '../importer';
import type { Label, Line, Profile, ValueType } from '../model';
import { fieldIds, num, PprofTypes } from '../pprof/schema';

const FORMAT = 'pprof';
const P = fieldIds(PprofTypes.Profile);
const S = fieldIds(PprofTypes.Sample);
const WIRE_VARINT = 0;
const WIRE_LEN = 2;

/** The wire type each top-level field must have (packed repeated scalars are length-delimited). */
const PROFILE_WIRE = new Map<number, number[]>(
  PprofTypes.Profile.fieldsArray.map((f) => [
    f.id,
    f.resolvedType || f.type === 'string' ? [WIRE_LEN] : f.repeated ? [WIRE_VARINT, WIRE_LEN] : [WIRE_VARINT],
  ]),
);

/**
 * pprof (google/pprof's profile.proto), gzipped or not. Every sample type is
 * kept; ids are renumbered densely; locations keep all their lines (inlined
 * frames). The small tables are decoded by protobufjs from the schema; the
 * samples, which are nearly all of a large profile, are read straight into the
 * model's typed columns (see `SampleReader`).
 */
export const pprofImporter: Importer = {
  format: FORMAT,
  extensions: ['.pb', '.pprof', '.prof', '.pb.gz'],
  sniff(head) {
    if (head.length < 2 || looksLikeText(head)) return false;
    const tag = head[0];
    const wires = PROFILE_WIRE.get(tag >>> 3);
    return wires !== undefined && wires.includes(tag & 7);
  },
  parse(data, ctx) {
    return decodePprof(data, ctx);
  },
};

/**
 * Many printable bytes are also valid protobuf tags (`j` is field 13, `p`
 * field 14), so text such as collapsed stacks (`java;…`) would pass the tag
 * test. A pprof message shows control bytes (lengths, small varints) within
 * its first bytes; text does not.
 */
function looksLikeText(head: Uint8Array): boolean {
  const n = Math.min(head.length, 64);
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

interface Tables {
  sampleTypes: { type: number; unit: number }[];
  strings: string[];
  mappings: Record<string, unknown>[];
  /** Where each location and function message is (start, length pairs), decoded one at a time later. */
  locations: number[];
  functions: number[];
  samples: number;
  maxLocationId: number;
  scalars: Record<number, number>;
  periodType: { type: number; unit: number } | null;
  comments: number[];
}

function decodePprof(data: Uint8Array, ctx: ImportContext): Profile {
  const t = readTables(data);
  if (t.sampleTypes.length === 0) throw new MalformedProfileError(FORMAT, 'no sample_type: the profile does not say what its values are');
  const str = (i: number, what: string) => {
    if (!Number.isInteger(i) || i < 0 || i >= t.strings.length) {
      throw new MalformedProfileError(FORMAT, `${what} refers to string ${i}, but the string table has ${t.strings.length}`);
    }
    return t.strings[i];
  };
  if (t.strings.length > 0 && t.strings[0] !== '') throw new MalformedProfileError(FORMAT, 'string_table[0] must be ""');
  const sampleTypes: ValueType[] = t.sampleTypes.map((v, i) => ({
    type: str(v.type, `sample_type[${i}].type`),
    unit: str(v.unit, `sample_type[${i}].unit`),
  }));
  const defaultName = t.scalars[P.defaultSampleType] ? str(t.scalars[P.defaultSampleType], 'default_sample_type') : '';
  const defaultIndex = defaultName ? sampleTypes.findIndex((v) => v.type === defaultName) : -1;
  const b = new ProfileBuilder(FORMAT, sampleTypes, ctx.limits, {
    defaultSampleType: defaultIndex >= 0 ? defaultIndex : null,
    periodType: t.periodType ? { type: str(t.periodType.type, 'period_type'), unit: str(t.periodType.unit, 'period_type') } : null,
    period: t.scalars[P.period] ?? 0,
    timeNanos: t.scalars[P.timeNanos] ?? 0,
    durationNanos: plausibleDuration(t.scalars[P.durationNanos] ?? 0, t.scalars[P.timeNanos] ?? 0),
    comments: t.comments.map((c, i) => str(c, `comment[${i}]`)),
  });
  const strMap = t.strings.map((s) => b.intern(s));
  const mapStr = (i: number, what: string) => (str(i, what), strMap[i]);

  const mappingIds = new Map<number, number>();
  for (const [index, m] of t.mappings.entries()) {
    const id = num(m.id) || index + 1;
    mappingIds.set(
      id,
      b.mappingId(str(num(m.filename), `mapping ${id} filename`), str(num(m.buildId), `mapping ${id} build_id`), num(m.memoryStart), num(m.memoryLimit), num(m.fileOffset)),
    );
  }
  const functionIds = new Map<number, number>();
  const tables = protobuf.Reader.create(data);
  for (let index = 0; index < t.functions.length / 2; index++) {
    const f = plainAt(PprofTypes.Function, tables, t.functions[2 * index], t.functions[2 * index + 1], 'function');
    // pprof reserves id 0. .NET's writer leaves function ids out (so 0) and refers to functions by
    // their 1-based position in the table; reading an absent id as that position accepts both.
    const id = num(f.id) || index + 1;
    const named = unpackName(str(num(f.name), `function ${id} name`), str(num(f.filename), `function ${id} filename`), Math.max(0, num(f.startLine)));
    functionIds.set(id, b.functionId(named.name, named.file, named.startLine, str(num(f.systemName), `function ${id} system_name`)));
  }
  // Location ids are usually 1..n; a dense lookup table keeps the sample loop free of Map calls.
  const locationIds = new Uint32Array(t.maxLocationId + 1);
  for (let index = 0; index < t.locations.length / 2; index++) {
    const l = plainAt(PprofTypes.Location, tables, t.locations[2 * index], t.locations[2 * index + 1], 'location');
    const id = num(l.id) || index + 1;
    if (locationIds[id] !== 0) throw new MalformedProfileError(FORMAT, `location id ${id} is defined twice`);
    const mappingId = num(l.mappingId);
    if (mappingId !== 0 && !mappingIds.has(mappingId)) throw new MalformedProfileError(FORMAT, `location ${id} refers to unknown mapping ${mappingId}`);
    const lines: Line[] = ((l.line as Record<string, unknown>[] | undefined) ?? []).map((ln) => {
      const fid = functionIds.get(num(ln.functionId));
      if (fid === undefined) throw new MalformedProfileError(FORMAT, `location ${id} refers to unknown function ${num(ln.functionId)}`);
      return { functionId: fid, line: Math.max(0, num(ln.line)), column: Math.max(0, num(ln.column)) };
    });
    locationIds[id] = b.addLocation(lines, mappingId ? mappingIds.get(mappingId)! : 0, num(l.address));
  }

  // The decoded tables now live in the builder; let the originals go before the samples arrive.
  t.locations = t.functions = t.mappings = [];
  // The first pass counted the samples: refuse them by their number before reserving room for them.
  const { maxSamples } = ctx.limits;
  if (t.samples > maxSamples) throw new LimitExceededError('maxSamples', maxSamples, `${t.samples} samples`);
  b.reserve(t.samples);
  const reader = new SampleReader(data, sampleTypes.length, locationIds);
  const labelSets = new LabelSetCache(b, asBuffer(data), mapStr);
  // Second pass: only the samples, straight into the builder's columns.
  const r = protobuf.Reader.create(data);
  for (let i = 0; r.pos < r.len; ) {
    const tag = r.uint32();
    if (tag !== SAMPLE_TAG) {
      r.skipType(tag & 7);
      continue;
    }
    const len = r.uint32();
    try {
      reader.read(r.pos, r.pos + len, i);
    } catch (err) {
      if (err instanceof WireError) throw new MalformedProfileError(FORMAT, `sample ${i}: ${err.message}`);
      throw err;
    }
    r.pos += len;
    const labelSet = reader.labelCount ? labelSets.id(reader, i) : 0;
    b.addSample(reader.stack, reader.values, labelSet, reader.depth);
    if ((++i & 0xffff) === 0) ctx.progress(r.pos / data.length);
  }
  return b.build();
}

/**
 * Label sets by their encoded bytes. Samples repeat a few label combinations
 * (pod, endpoint, thread), so a sample's labels are decoded only the first
 * time their bytes are seen.
 */
class LabelSetCache {
  /** Hash of the encoded labels → candidates: [encoded bytes, label set id]. */
  private readonly byHash = new Map<number, [Buffer, number][]>();

  constructor(
    private readonly b: ProfileBuilder,
    private readonly text: Buffer,
    private readonly mapStr: (i: number, what: string) => number,
  ) {}

  id(reader: SampleReader, sample: number): number {
    const r = reader.labelRanges;
    const buf = this.text;
    let hash = 0x811c9dc5 ^ reader.labelCount;
    let size = 0;
    for (let k = 0; k < reader.labelCount; k++) {
      for (let at = r[2 * k]; at < r[2 * k + 1]; at++) hash = Math.imul(hash ^ buf[at], 0x01000193);
      size += r[2 * k + 1] - r[2 * k] + 1;
    }
    const candidates = this.byHash.get(hash);
    if (candidates) for (let c = 0; c < candidates.length; c++) if (this.same(candidates[c][0], reader)) return candidates[c][1];
    const labels: Label[] = [];
    const encoded = Buffer.allocUnsafe(size);
    let at = 0;
    for (let k = 0; k < reader.labelCount; k++) {
      labels.push(this.decode(buf.subarray(r[2 * k], r[2 * k + 1]), sample));
      at += buf.copy(encoded, at, r[2 * k], r[2 * k + 1]);
      encoded[at++] = 0xff; // separates labels: a Label message never ends in 0xff
    }
    const id = this.b.labelSetId(labels);
    if (candidates) candidates.push([encoded, id]);
    else this.byHash.set(hash, [[encoded, id]]);
    return id;
  }

  private same(bytes: Buffer, reader: SampleReader): boolean {
    const r = reader.labelRanges;
    let at = 0;
    for (let k = 0; k < reader.labelCount; k++) {
      const len = r[2 * k + 1] - r[2 * k];
      if (at + len >= bytes.length || this.text.compare(bytes, at, at + len, r[2 * k], r[2 * k + 1]) !== 0) return false;
      at += len;
      if (bytes[at++] !== 0xff) return false;
    }
    return at === bytes.length;
  }

  private decode(bytes: Uint8Array, sample: number): Label {
    const l = PprofTypes.Label.decode(bytes) as unknown as Record<string, unknown>;
    const what = `sample ${sample} label`;
    const s = this.mapStr;
    return { key: s(num(l.key), what), str: s(num(l.str), what), num: num(l.num), numUnit: s(num(l.numUnit), what) };
  }
}

/**
 * First pass over the top-level fields: decodes every table except the
 * samples, whose byte ranges are recorded together with the exact number of
 * location ids they hold, so the second pass can fill preallocated columns.
 */
function readTables(data: Uint8Array): Tables {
  const r = protobuf.Reader.create(data);
  const text = asBuffer(data);
  const t: Tables = {
    sampleTypes: [],
    strings: [],
    mappings: [],
    locations: [],
    functions: [],
    samples: 0,
    maxLocationId: 0,
    scalars: {},
    periodType: null,
    comments: [],
  };
  let fields = 0;
  try {
    while (r.pos < r.len) {
      const start = r.pos;
      const tag = r.uint32();
      const field = tag >>> 3;
      const wire = tag & 7;
      const expected = PROFILE_WIRE.get(field);
      if (expected && !expected.includes(wire)) {
        throw new WireError(`field ${field} at byte ${start} has wire type ${wire}`);
      }
      if (field === 0 || wire > 5) throw new WireError(`invalid field tag ${tag} at byte ${start}`);
      switch (field) {
        case P.sample: {
          const len = length(r); // read before adding: `r.pos += length(r)` would add to the old pos
          r.pos += len;
          t.samples++;
          break;
        }
        case P.sampleType:
          t.sampleTypes.push(valueType(PprofTypes.ValueType.decode(r, length(r))));
          break;
        case P.periodType:
          t.periodType = valueType(PprofTypes.ValueType.decode(r, length(r)));
          break;
        case P.mapping:
          t.mappings.push(plain(PprofTypes.Mapping, r));
          break;
        // Locations and functions are decoded after this pass, one at a time: held as objects side by
        // side, a large profile's tables are tens of megabytes of heap that outlive their use.
        case P.location: {
          const len = length(r);
          t.maxLocationId = Math.max(t.maxLocationId, locationId(r, r.pos, r.pos + len) || t.locations.length / 2 + 1);
          t.locations.push(r.pos, len);
          r.pos += len;
          break;
        }
        case P.function: {
          const len = length(r);
          t.functions.push(r.pos, len);
          r.pos += len;
          break;
        }
        case P.stringTable: {
          const len = length(r);
          t.strings.push(text.toString('utf8', r.pos, (r.pos += len)));
          break;
        }
        case P.comment:
          if (wire === WIRE_LEN) {
            const end = length(r) + r.pos;
            while (r.pos < end) t.comments.push(num(r.int64()));
          } else t.comments.push(num(r.int64()));
          break;
        default:
          if (wire === WIRE_VARINT && expected) t.scalars[field] = num(r.int64());
          else r.skipType(wire); // unknown fields are allowed by protobuf and skipped
      }
      fields++;
    }
  } catch (err) {
    if (err instanceof ProfileError) throw err;
    const message = err instanceof WireError ? err.message : `truncated or corrupt at byte ${r.pos} (${(err as Error).message})`;
    // Before the first complete field there is no evidence this was pprof at all.
    if (fields === 0) throw new NotThisFormat(message);
    throw new MalformedProfileError(FORMAT, message);
  }
  if (t.maxLocationId > 64 * 1024 * 1024) {
    throw new MalformedProfileError(FORMAT, `location id ${t.maxLocationId} is implausibly large`);
  }
  return t;
}

class WireError extends Error {}

/**
 * Pyroscope's Node.js agent (the versions behind the corpus's nodejs-*.pb.gz)
 * packs file and line into the function name: `node:events:emit:532` with
 * filename `node:events`. Unpacked, the function is `emit`, starting at line
 * 532, like every other writer's; rules and views then see one name.
 */
function unpackName(name: string, file: string, startLine: number): { name: string; file: string; startLine: number } {
  const m = /^(node:[^\s:]+|[^\s:]*):(.+):(\d+)$/.exec(name);
  if (!m || !m[2]) return { name, file, startLine };
  const [, path, fn, line] = m;
  // The prefix is the frame's file as the agent saw it: empty for V8's pseudo frames, the same
  // file, or a relative path (`./index.js`) that ends the recorded one.
  const base = path.replace(/^\.\//, '');
  if (path !== '' && path !== file && !(base && file.endsWith(base))) return { name, file, startLine };
  return { name: fn, file, startLine: startLine || Number(line) };
}

/**
 * Some converters write the start timestamp into duration_nanos too (the
 * corpus's JFR-to-pprof outputs do): a "duration" equal to the start time is
 * no duration, and reporting fifty years of recording would mislead.
 */
function plausibleDuration(duration: number, time: number): number {
  return duration > 0 && duration === time ? 0 : duration;
}

/**
 * Decodes one message and keeps it as a plain object with number fields:
 * protobufjs's messages hold a Long object per 64-bit field, which for the
 * location table of a large profile is tens of megabytes kept alive.
 */
function plain(type: protobuf.Type, r: protobuf.Reader): Record<string, unknown> {
  return type.toObject(type.decode(r, length(r)), { longs: Number });
}

/** `plain` for the message of `len` bytes at `start`; a message that does not decode is malformed. */
function plainAt(type: protobuf.Type, r: protobuf.Reader, start: number, len: number, what: string): Record<string, unknown> {
  r.pos = start;
  try {
    return type.toObject(type.decode(r, len), { longs: Number });
  } catch (err) {
    throw new MalformedProfileError(FORMAT, `${what} at byte ${start}: ${(err as Error).message}`);
  }
}

/** A location message's id (field 1), read without decoding the rest; 0 when it has none. */
function locationId(r: protobuf.Reader, start: number, end: number): number {
  const at = r.pos;
  r.pos = start;
  let id = 0;
  while (r.pos < end) {
    const tag = r.uint32();
    if (tag === LOCATION_ID) {
      id = num(r.uint64());
      break;
    }
    r.skipType(tag & 7);
  }
  r.pos = at;
  return id;
}

/** A Buffer view of the input (no copy), for its fast string decoding. */
function asBuffer(data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.length);
}

/**
 * Reads a length prefix and checks it fits in the input: protobufjs's Buffer
 * reader would silently shorten a string that runs past the end.
 */
function length(r: protobuf.Reader): number {
  const at = r.pos;
  const len = r.uint32();
  if (r.pos + len > r.len) throw new WireError(`field at byte ${at} declares ${len} bytes, but only ${r.len - r.pos} remain`);
  return len;
}

function valueType(m: protobuf.Message): { type: number; unit: number } {
  const v = m as unknown as { type: unknown; unit: unknown };
  return { type: num(v.type), unit: num(v.unit) };
}

const SAMPLE_TAG = (P.sample << 3) | WIRE_LEN;
const LOCATION_ID = (fieldIds(PprofTypes.Location).id << 3) | WIRE_VARINT;
const LOCATION_PACKED = (S.locationId << 3) | WIRE_LEN;
const LOCATION_SINGLE = (S.locationId << 3) | WIRE_VARINT;
const VALUE_PACKED = (S.value << 3) | WIRE_LEN;
const VALUE_SINGLE = (S.value << 3) | WIRE_VARINT;
const LABEL = (S.label << 3) | WIRE_LEN;

/** `stop` when a field that ends there stays inside its sample (which ends at `end`). */
function within(stop: number, end: number, pos: number): number {
  if (stop > end) throw new WireError(`field at byte ${pos} runs ${stop - end} bytes past the end of its sample`);
  return stop;
}

function skip(v: Varint, wire: number, pos: number, end: number): number {
  switch (wire) {
    case WIRE_VARINT:
      v.read(pos, end);
      return v.pos;
    case 1:
      return pos + 8;
    case WIRE_LEN: {
      const len = v.read(pos, end);
      return v.pos + len;
    }
    case 5:
      return pos + 4;
    default:
      throw new WireError(`invalid wire type ${wire} at byte ${pos}`);
  }
}

/**
 * Reads one Sample message into reusable buffers. This is the hot loop of the
 * whole import (a large profile is almost only samples), so it reads varints
 * inline rather than through a Reader object per value.
 */
class SampleReader {
  stack: Uint32Array = new Uint32Array(256);
  depth = 0;
  readonly values: Float64Array;
  /** Byte ranges [start, end) of this sample's Label messages. */
  labelRanges: number[] = [];
  labelCount = 0;
  private readonly v: Varint;

  constructor(
    private readonly buf: Uint8Array,
    private readonly types: number,
    private readonly locationIds: Uint32Array,
  ) {
    this.values = new Float64Array(types);
    this.v = new Varint(buf);
  }

  read(pos: number, end: number, index: number): void {
    const { buf, v } = this;
    this.depth = 0;
    this.labelCount = 0;
    let nValues = 0;
    while (pos < end) {
      const tag = v.read(pos, end);
      pos = v.pos;
      if (tag === LOCATION_PACKED) {
        const stop = within(v.read(pos, end) + v.pos, end, pos);
        pos = v.pos;
        while (pos < stop) {
          this.push(v.read(pos, stop), index);
          pos = v.pos;
        }
      } else if (tag === LOCATION_SINGLE) {
        this.push(v.read(pos, end), index);
        pos = v.pos;
      } else if (tag === VALUE_PACKED || tag === VALUE_SINGLE) {
        const packed = tag === VALUE_PACKED;
        const stop = packed ? within(v.read(pos, end) + v.pos, end, pos) : end;
        if (packed) pos = v.pos;
        // A packed field may be empty (length 0); an unpacked one holds exactly one value.
        do {
          if (packed && pos >= stop) break;
          const value = v.readSigned(pos, stop);
          pos = v.pos;
          if (nValues < this.types) this.values[nValues] = value;
          nValues++;
        } while (packed);
      } else if (tag === LABEL) {
        const len = within(v.read(pos, end) + v.pos, end, pos) - v.pos;
        this.labelRanges[2 * this.labelCount] = v.pos;
        this.labelRanges[2 * this.labelCount + 1] = v.pos + len;
        this.labelCount++;
        pos = v.pos + len;
      } else pos = within(skip(v, tag & 7, pos, end), end, pos);
    }
    if (nValues !== this.types) {
      throw new MalformedProfileError(FORMAT, `sample ${index} has ${nValues} values for ${this.types} sample types`);
    }
  }

  private push(id: number, index: number): void {
    const mapped = id < this.locationIds.length ? this.locationIds[id] : 0;
    if (mapped === 0) throw new MalformedProfileError(FORMAT, `sample ${index} refers to unknown location ${id}`);
    if (this.depth === this.stack.length) {
      const wider = new Uint32Array(this.stack.length * 2);
      wider.set(this.stack);
      this.stack = wider;
    }
    this.stack[this.depth++] = mapped;
  }
}

/** Base-128 varints (protobuf encoding) up to 64 bits; `pos` is where the last read ended. */
class Varint {
  pos = 0;
  private lo = 0;
  private hi = 0;
  constructor(private readonly buf: Uint8Array) {}

  /** uint64 as a number (exact below 2^53, which covers ids and realistic values). */
  read(pos: number, end: number): number {
    const b = this.buf[pos];
    if (b < 0x80 && pos < end) {
      this.pos = pos + 1;
      return b;
    }
    this.read64(pos, end);
    return this.hi * 4294967296 + this.lo;
  }

  /** int64: two's complement, so negative values (delta profiles) take all ten bytes. */
  readSigned(pos: number, end: number): number {
    const b = this.buf[pos];
    if (b < 0x80 && pos < end) {
      this.pos = pos + 1;
      return b;
    }
    this.read64(pos, end);
    if (this.hi & 0x80000000) return -((~this.hi >>> 0) * 4294967296 + (~this.lo >>> 0) + 1);
    return this.hi * 4294967296 + this.lo;
  }

  private read64(pos: number, end: number): void {
    const buf = this.buf;
    let lo = 0;
    let hi = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      if (pos >= end) throw new WireError(`varint at byte ${pos} runs past its field`);
      const b = buf[pos++];
      const bits = b & 0x7f;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (shift - 32);
      if (b < 0x80) {
        this.pos = pos;
        this.lo = lo >>> 0;
        this.hi = hi >>> 0;
        return;
      }
    }
    throw new WireError(`varint at byte ${pos} is longer than 10 bytes`);
  }
}
