import { ProfileBuilder } from '../builder';
import { LimitExceededError, MalformedProfileError, NotThisFormat } from '../errors';
import type { ImportContext, Importer } from '../importer';
import type { Profile, ValueType } from '../model';
import { isObject, show, objectAt, arrayAt, numberAt, intAt, stringAt, JsonObject, withFormat } from './json-shape';

const FORMAT = 'speedscope';
const SCHEMA_URL = 'https://www.speedscope.app/file-format-schema.json';

/**
 * What a profile's values measure, from its `unit`. All time units become
 * one time type, in nanoseconds: the finest unit the format has, so every
 * input converts by an exact whole factor and profiles of different time
 * units add up. The format does not say whether its time is CPU or elapsed
 * time (evented profiles are traces, hence elapsed), so it is called `wall`,
 * the claim that is always true.
 */
type Kind = 'count' | 'time' | 'space';

const UNITS: Readonly<Record<string, { kind: Kind; factor: number }>> = {
  none: { kind: 'count', factor: 1 },
  nanoseconds: { kind: 'time', factor: 1 },
  microseconds: { kind: 'time', factor: 1e3 },
  milliseconds: { kind: 'time', factor: 1e6 },
  seconds: { kind: 'time', factor: 1e9 },
  bytes: { kind: 'space', factor: 1 },
};

const VALUE_TYPES: Readonly<Record<Kind, ValueType>> = {
  count: { type: 'samples', unit: 'count' },
  time: { type: 'wall', unit: 'nanoseconds' },
  space: { type: 'space', unit: 'bytes' },
};
const KIND_ORDER: readonly Kind[] = ['count', 'time', 'space'];

/**
 * The speedscope file format (jlfwong/speedscope `src/lib/file-format-spec.ts`,
 * schema at https://www.speedscope.app/file-format-schema.json): frames
 * shared by every profile of the file, and profiles that are either
 * `sampled` (stacks of frame indices, root first, with weights) or `evented`
 * (open/close events of frames at increasing values). All profiles of a file
 * go into one Profile; each sample carries the label `thread=<profile name>`.
 * Frame `line` and `col` are taken as 1-based, as speedscope's own importers
 * write them (its Chrome importer adds 1 to V8's 0-based numbers).
 */
export const speedscopeImporter: Importer = {
  format: FORMAT,
  extensions: ['.speedscope.json'],
  sniff(_head, headText) {
    return headText !== null && looksLikeSpeedscope(headText);
  },
  parse(_data, ctx) {
    return withFormat(FORMAT, () => importSpeedscope(ctx.json(FORMAT), ctx));
  },
};

/**
 * The spec requires `$schema`, and writers put it near the top (speedscope's
 * own export after a few short keys), so it is nearly always in the first
 * 4 KiB; a file whose keys were reordered is still recognised by its
 * profiles' `type` next to their `samples` or `events`.
 */
function looksLikeSpeedscope(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  if (text.includes(SCHEMA_URL)) return true;
  return /"profiles"\s*:/.test(text) && /"type"\s*:\s*"(sampled|evented)"/.test(text) && /"(samples|events)"\s*:/.test(text);
}

// ---------------------------------------------------------------------------
// The file.

interface Frame {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

interface ProfileHeader {
  readonly where: string;
  /** For messages and the `thread` label. */
  readonly name: string;
  readonly kind: Kind;
  /** Multiplies the profile's values into the unit of its kind's value type. */
  readonly factor: number;
  readonly startValue: number | null;
  readonly endValue: number | null;
  readonly body: JsonObject;
}

function importSpeedscope(json: unknown, ctx: ImportContext): Profile {
  const file = recognise(json);
  const frames = readFrames(file.shared);
  const profiles = arrayAt(file.profiles, 'profiles').map((p, i) => readHeader(p, i));
  if (profiles.length === 0) malformed('profiles is empty: the file holds no profile');

  const kinds = KIND_ORDER.filter((k) => profiles.some((p) => p.kind === k));
  const active = file.activeProfileIndex === undefined ? 0 : intAt(file.activeProfileIndex, 'activeProfileIndex');
  const b = new ProfileBuilder(FORMAT, kinds.map((k) => VALUE_TYPES[k]), ctx.limits, {
    defaultSampleType: kinds.indexOf((profiles[active] ?? profiles[0]).kind),
    durationNanos: durationNanos(profiles),
  });
  const locations = new FrameLocations(b, frames);
  for (const p of profiles) {
    const stacks = new StackTrie();
    if (p.body.type === 'sampled') readSampled(p, stacks, locations, ctx.limits.maxStackDepth);
    else readEvented(p, stacks, locations, ctx.limits.maxStackDepth);
    emit(b, stacks, p, kinds.indexOf(p.kind), kinds.length);
  }
  return b.build();
}

/** Ours when it says so with `$schema`, or when it has the format's two top-level tables. */
function recognise(json: unknown): JsonObject {
  if (!isObject(json)) throw new NotThisFormat('not a JSON object');
  if (json.$schema !== undefined && json.$schema !== SCHEMA_URL) throw new NotThisFormat(`$schema is ${show(json.$schema)}`);
  if (json.$schema === undefined && !(isObject(json.shared) && Array.isArray(json.profiles))) {
    throw new NotThisFormat('no $schema, and no "shared" and "profiles"');
  }
  return json;
}

function readFrames(shared: unknown): Frame[] {
  const frames = arrayAt(objectAt(shared, 'shared').frames, 'shared.frames');
  return frames.map((f, i) => {
    const where = `shared.frames[${i}]`;
    const frame = objectAt(f, where);
    return {
      name: stringAt(frame.name, `${where}.name`) || '(anonymous)',
      file: frame.file === undefined ? '' : stringAt(frame.file, `${where}.file`),
      line: frame.line === undefined ? 0 : lineAt(frame.line, `${where}.line`),
      column: frame.col === undefined ? 0 : lineAt(frame.col, `${where}.col`),
    };
  });
}

function readHeader(value: unknown, i: number): ProfileHeader {
  const where = `profiles[${i}]`;
  const body = objectAt(value, where);
  if (body.type !== 'sampled' && body.type !== 'evented') {
    malformed(`${where}.type is ${show(body.type)}, expected "sampled" or "evented"`);
  }
  const unit = stringAt(body.unit, `${where}.unit`);
  const known = Object.hasOwn(UNITS, unit) ? UNITS[unit] : undefined;
  if (!known) malformed(`${where}.unit is ${show(unit)}, expected one of ${Object.keys(UNITS).join(', ')}`);
  const name = body.name === undefined ? `profile ${i}` : stringAt(body.name, `${where}.name`);
  const startValue = body.startValue === undefined ? null : numberAt(body.startValue, `${where}.startValue`);
  const endValue = body.endValue === undefined ? null : numberAt(body.endValue, `${where}.endValue`);
  if (startValue !== null && endValue !== null && endValue < startValue) {
    malformed(`profile "${name}" ends (endValue ${endValue}) before it starts (startValue ${startValue})`);
  }
  return { where, name, kind: known.kind, factor: known.factor, startValue, endValue, body };
}

/** The longest time profile's span. Its start is a value of unknown origin, so timeNanos stays unknown. */
function durationNanos(profiles: readonly ProfileHeader[]): number {
  let longest = 0;
  for (const p of profiles) {
    if (p.kind === 'time' && p.startValue !== null && p.endValue !== null) {
      longest = Math.max(longest, (p.endValue - p.startValue) * p.factor);
    }
  }
  return Math.round(longest);
}

// ---------------------------------------------------------------------------
// Profiles into stacks with weights.

/**
 * `samples[i]` is a stack of frame indices, root first, weighing `weights[i]`.
 * Weights must not be negative: they are amounts of time, bytes or samples.
 */
function readSampled(p: ProfileHeader, stacks: StackTrie, locations: FrameLocations, maxDepth: number): void {
  const samples = arrayAt(p.body.samples, `${p.where}.samples`);
  const weights = arrayAt(p.body.weights, `${p.where}.weights`);
  if (samples.length !== weights.length) {
    malformed(`profile "${p.name}" has ${samples.length} samples but ${weights.length} weights`);
  }
  samples.forEach((s, i) => {
    const where = `${p.where}.samples[${i}]`;
    const frames = arrayAt(s, where);
    if (frames.length > maxDepth) throw new LimitExceededError('maxStackDepth', maxDepth, `a stack of ${frames.length} frames in ${where}`);
    let node = StackTrie.ROOT;
    frames.forEach((f, k) => (node = stacks.child(node, locations.get(f, `${where}[${k}]`, p.name))));
    const weight = numberAt(weights[i], `${p.where}.weights[${i}]`);
    if (weight < 0) malformed(`profile "${p.name}": weights[${i}] is ${weight}, a negative weight`);
    stacks.add(node, weight);
  });
}

/**
 * Replays open (`O`) and close (`C`) events; between two events, the time
 * passes on the stack then open, top frame included. The spec requires
 * events in non-decreasing order of `at`, every opened frame to be closed,
 * and closes balanced with opens: anything else is refused with the
 * profile, the frame and the value where it went wrong, because a trace
 * that does not nest has no single call tree to give.
 */
function readEvented(p: ProfileHeader, stacks: StackTrie, locations: FrameLocations, maxDepth: number): void {
  const replay = new EventReplay(p, stacks, locations, maxDepth);
  arrayAt(p.body.events, `${p.where}.events`).forEach((e, i) => replay.apply(e, i));
  replay.finish();
}

interface OpenFrame {
  /** The stack (trie node) this frame is the top of. */
  readonly node: number;
  readonly frame: number;
  readonly at: number;
}

class EventReplay {
  private readonly open: OpenFrame[] = [];
  private last = -Infinity;

  constructor(
    private readonly p: ProfileHeader,
    private readonly stacks: StackTrie,
    private readonly locations: FrameLocations,
    private readonly maxDepth: number,
  ) {}

  apply(value: unknown, i: number): void {
    const where = `${this.p.where}.events[${i}]`;
    const event = objectAt(value, where);
    const at = numberAt(event.at, `${where}.at`);
    const frame = intAt(event.frame, `${where}.frame`);
    const location = this.locations.get(frame, `${where}.frame`, this.p.name);
    if (at < this.last) this.fail(`events[${i}] is at ${at}, before the event preceding it (at ${this.last}); events must be in order of "at"`);
    const top = this.open.at(-1);
    if (top && at > this.last) this.stacks.add(top.node, at - this.last);
    this.last = at;
    if (event.type === 'O') this.enter(location, frame, at);
    else if (event.type === 'C') this.leave(frame, at);
    else malformed(`${where}.type is ${show(event.type)}, expected "O" or "C"`);
  }

  finish(): void {
    const top = this.open.at(-1);
    if (top === undefined) return;
    const others = this.open.length - 1;
    const more = others > 0 ? ` (with ${others} enclosing frame${others > 1 ? 's' : ''} also open)` : '';
    const end = this.p.endValue === null ? 'the last event' : `the profile's end at ${this.p.endValue}`;
    this.fail(`${this.locations.describe(top.frame)}, opened at ${top.at}, is never closed before ${end}${more}`);
  }

  private enter(location: number, frame: number, at: number): void {
    if (this.open.length >= this.maxDepth) {
      throw new LimitExceededError('maxStackDepth', this.maxDepth, `${this.open.length + 1} frames open at ${at} in profile "${this.p.name}"`);
    }
    const parent = this.open.at(-1)?.node ?? StackTrie.ROOT;
    this.open.push({ node: this.stacks.child(parent, location), frame, at });
  }

  private leave(frame: number, at: number): void {
    const top = this.open.pop();
    const closing = `${this.locations.describe(frame)} is closed at ${at}`;
    if (top === undefined) this.fail(`${closing}, but no frame is open`);
    if (top.frame !== frame) {
      this.fail(`${closing}, but the innermost open frame is ${this.locations.describe(top.frame)}, opened at ${top.at}`);
    }
  }

  private fail(detail: string): never {
    malformed(`profile "${this.p.name}": ${detail}`);
  }
}

/** One sample per distinct stack of the profile, with the weights it summed. */
function emit(b: ProfileBuilder, stacks: StackTrie, p: ProfileHeader, column: number, stride: number): void {
  const labels = b.labelSetId([b.stringLabel('thread', p.name)]);
  const values = new Float64Array(stride);
  stacks.forEachStack((stack, weight) => {
    values[column] = weight * p.factor;
    b.addSample(stack, values, labels);
  });
}

// ---------------------------------------------------------------------------
// Helpers: frames to locations, and a trie to merge equal stacks.

class FrameLocations {
  private readonly ids: Uint32Array;

  constructor(
    private readonly b: ProfileBuilder,
    private readonly frames: readonly Frame[],
  ) {
    this.ids = new Uint32Array(frames.length);
  }

  /**
   * The frame's location. The format gives one line per frame, not which
   * line it means; most writers (py-spy, rbspy, austin) record the line
   * executing, so it is the location's line and the function's start line
   * stays unknown (a function is its name and file, as in pprof).
   */
  get(index: unknown, where: string, profile: string): number {
    if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= this.frames.length) {
      malformed(`profile "${profile}": ${where} is frame ${show(index)}, but shared.frames has ${this.frames.length} (0 to ${this.frames.length - 1})`);
    }
    const i = index as number;
    if (this.ids[i] === 0) {
      const f = this.frames[i];
      this.ids[i] = this.b.frame({ name: f.name, file: f.file, line: f.line, column: f.column });
    }
    return this.ids[i];
  }

  describe(index: number): string {
    return `frame ${index} (${JSON.stringify(this.frames[index].name)})`;
  }
}

/**
 * Stacks as paths in a prefix tree of location ids: a sample or an event
 * costs one map look-up per new frame, and equal stacks meet in one node.
 */
class StackTrie {
  static readonly ROOT = 0;
  private readonly parent: number[] = [-1];
  private readonly location: number[] = [0];
  private readonly weight: number[] = [0];
  private readonly hit: boolean[] = [false];
  private readonly index = new Map<string, number>();

  child(node: number, location: number): number {
    const key = `${node}/${location}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.parent.length;
      this.parent.push(node);
      this.location.push(location);
      this.weight.push(0);
      this.hit.push(false);
      this.index.set(key, id);
    }
    return id;
  }

  add(node: number, weight: number): void {
    this.weight[node] += weight;
    this.hit[node] = true;
  }

  /** Every stack that received a weight, leaf first, as the model stores stacks. */
  forEachStack(visit: (stack: readonly number[], weight: number) => void): void {
    const stack: number[] = [];
    for (let node = 0; node < this.parent.length; node++) {
      if (!this.hit[node]) continue;
      stack.length = 0;
      for (let k = node; k !== StackTrie.ROOT; k = this.parent[k]) stack.push(this.location[k]);
      visit(stack, this.weight[node]);
    }
  }
}

// ---------------------------------------------------------------------------

function malformed(detail: string): never {
  throw new MalformedProfileError(FORMAT, detail);
}

/** A 1-based line or column; 0 means unknown. */
function lineAt(v: unknown, where: string): number {
  const n = intAt(v, where);
  if (n < 0) malformed(`${where} is ${n}, expected a 1-based number (or 0 for unknown)`);
  return n;
}
