import { ProfileBuilder, type ProfileMeta } from '../builder';
import { LimitExceededError, MalformedProfileError, NotThisFormat } from '../errors';
import type { ImportContext, Importer } from '../importer';
import type { Label, Line, Profile, ValueType } from '../model';
import { preview, TextLines } from './text-lines';

const FORMAT = 'perf-script';

/**
 * The text `perf script` prints for a `perf record -g` capture (Linux
 * tools/perf, Documentation/perf-script.txt): per sample, an event line
 *
 *     comm pid[/tid] [cpu] time: [period] event:
 *
 * (which fields appear depends on `perf script -F` and the perf version),
 * then one tab-indented line per frame, leaf first, `address symbol[+offset]
 * (dso)`, then a blank line. Without a call chain perf prints the one frame on
 * the event line itself, and no blank line.
 *
 * What the model gets, following FlameGraph's stackcollapse-perf.pl (the tool
 * whose output people compare against) unless said otherwise:
 * - The process name is the root frame, spaces written as `_`.
 * - Each frame's dso is its mapping; `[unknown]` dsos have none. Addresses are
 *   not kept: perf has already symbolised the frames, and 64-bit kernel
 *   addresses do not fit a double exactly, so keeping them would split or
 *   merge locations arbitrarily. One location per (frame name, dso).
 * - Values: `samples/count` (one per event line), and when the event line
 *   carries a period, a second column named after the event with the summed
 *   periods (`cpu-clock/nanoseconds`, `cycles/count`). That column is the
 *   default, because it is what `perf report` weighs by and what FlameGraph
 *   counts, and it is the CPU time for the clock events.
 * - Only the first event type seen is kept (as stackcollapse-perf.pl does):
 *   adding cycles to instructions in one column would mislead. The samples
 *   of other events are counted in a warning.
 * - pid and tid become numeric labels `pid` and `tid` (a lone number is the
 *   tid, perf's default).
 * - A last sample that is not followed by a blank line is kept (FlameGraph
 *   drops it); a new event line also ends the sample before it.
 * - `perf script -F +srcline` puts a `file:line` line under a frame: it
 *   becomes that frame's file and line.
 * - An unrecognised line is skipped with a warning naming it; an
 *   unrecognised last line without a line end means the input was cut short,
 *   which is malformed.
 */
export const perfScriptImporter: Importer = {
  format: FORMAT,
  extensions: ['.perf', '.perf.txt', '.linux-perf.txt', '.perf-script'],
  sniff(_head, headText) {
    return headText !== null && looksLikePerfScript(headText);
  },
  parse(_data, ctx) {
    const text = ctx.text();
    if (text === null) throw new NotThisFormat('not valid text');
    return new PerfScriptReader(text, ctx).read();
  },
};

/** One event line. */
interface EventLine {
  comm: string;
  pid: number | null;
  tid: number;
  /** Nanoseconds since boot; null when `-F` left it out. */
  time: number | null;
  period: number | null;
  event: string | null;
  /** The frame perf prints on the event line when there is no call chain. */
  frame: FrameLine | null;
  /** Only `comm pid` was recognised. */
  loose: boolean;
}

/** One frame line, as printed. */
interface FrameLine {
  symbol: string;
  /** `''` when the line names no dso. */
  dso: string;
  file: string;
  line: number;
}

/**
 * `comm pid[/tid] [cpu] time: [period] event: [rest]`. The comm may hold
 * spaces (`V8 WorkerThread`), so it is matched lazily against the fields that
 * must follow it. Event names may hold colons (`cycles:u`, `cpu-clock:pppH`,
 * `sched:sched_switch`) and start with a letter (so a line cut after its time
 * is not read as an event named `666709.771979`); the rest is a tracepoint's
 * arguments or, without a call chain, the sample's one frame.
 */
const EVENT_LINE = /^(\S.*?)\s+(\d+)(?:\/(\d+))?\s+(?:\[(\d+)\]\s+)?(?:(\d+\.\d+):\s+)?(?:(\d+)\s+)?([A-Za-z_]\S*?):(?:\s+(.*))?$/;
/** `comm pid[/tid]` and anything else: an event line `-F` stripped of its event (as stackcollapse-perf.pl accepts). */
const LOOSE_EVENT_LINE = /^(\S.*?)\s+(\d+)(?:\/(\d+))?(?:\s|$)/;
/** The start of a frame line: indentation, a hex address, blanks. */
const FRAME_ADDRESS = /^\s+[0-9a-fA-F]+\s+/;
/** `perf script -F +srcline` output under a frame: `file.c:123` (or `libc.so[27b25]` when unknown). */
const SRCLINE = /^\s+(\S+):(\d+)\s*$/;
const SRCLINE_UNKNOWN = /^\s+\S*\[[0-9a-fA-Fx]+\]\s*$/;
/** Control characters other than tab, or U+FFFD from undecodable bytes: binary, not text. */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

/** `allowLoose`: also accept a bare `comm pid` (only at column 0, where nothing else can start). */
function parseEventLine(text: string, allowLoose: boolean): EventLine | null {
  const m = EVENT_LINE.exec(text);
  if (m) {
    const [, comm, first, second, , time, period, event, rest] = m;
    const frame = rest === undefined ? null : parseFrame(` ${rest}`, true);
    return {
      ...processIds(comm, first, second),
      time: time ? nanoseconds(time) : null,
      period: period ? Number(period) : null,
      event,
      frame,
      loose: false,
    };
  }
  const loose = allowLoose ? LOOSE_EVENT_LINE.exec(text) : null;
  if (!loose) return null;
  return { ...processIds(loose[1], loose[2], loose[3]), time: null, period: null, event: null, frame: null, loose: true };
}

/** `seconds.fraction` to integer nanoseconds, exactly (a double would blur the microseconds). */
function nanoseconds(time: string): number {
  const [seconds, fraction] = time.split('.');
  return Number(seconds) * 1e9 + Number(fraction.padEnd(9, '0').slice(0, 9));
}

function processIds(comm: string, first: string, second: string | undefined): Pick<EventLine, 'comm' | 'pid' | 'tid'> {
  return second === undefined ? { comm, pid: null, tid: Number(first) } : { comm, pid: Number(first), tid: Number(second) };
}

/**
 * A frame line `address symbol (dso)`, or null. Symbols hold parentheses
 * (C++ argument lists), so the dso is the last ` (…)` group, as in
 * stackcollapse-perf.pl; it is found by string search rather than by its
 * backtracking regular expression, which is quadratic on a long line. Without
 * a `(dso)` the symbol's parentheses must balance, so a line cut inside its
 * dso is not read as a symbol.
 */
function parseFrame(text: string, requireDso = false): FrameLine | null {
  const address = FRAME_ADDRESS.exec(text);
  if (!address) return null;
  const rest = text.slice(address[0].length).trimEnd();
  const open = rest.endsWith(')') ? rest.lastIndexOf(' (') : -1;
  if (open > 0) return { symbol: rest.slice(0, open), dso: rest.slice(open + 2, -1), file: '', line: 0 };
  if (requireDso || rest === '' || count(rest, '(') !== count(rest, ')')) return null;
  return { symbol: rest, dso: '', file: '', line: 0 };
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * The first line that is neither blank nor a `#` header must be an event
 * line, and the line after it (when the head holds it whole) a frame, a blank
 * line or another event line. perf's own header banner is enough by itself.
 */
function looksLikePerfScript(headText: string): boolean {
  // `perf script --header` starts with this banner, and its header can outgrow the head.
  if (/^# ========\r?\n# captured on/.test(headText)) return true;
  const lines = headText.split('\n').map((l) => l.replace(/\r$/, ''));
  const first = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  if (first === -1) return false;
  const line = lines[first];
  if (NOT_TEXT.test(line) || !EVENT_LINE.test(line.trimStart())) return false;
  if (first + 1 >= lines.length - 1) return true; // no next line, or the head cuts it
  const next = lines[first + 1];
  return next.trim() === '' || parseFrame(next) !== null || EVENT_LINE.test(next.trimStart());
}

/**
 * How stackcollapse-perf.pl turns a frame's symbol into names, outermost
 * first (`a->b` is `b` inlined into `a`); null for a frame it skips.
 *
 * These rules give the model its `name`s, and the untidied symbol is kept as
 * the `systemName`. They belong in the importer, not only in an export: the
 * same function must have the same name whether it arrives as perf script
 * text or as collapsed stacks already tidied by FlameGraph (the common way
 * perf data is shared), so that one rule matches both; and they are what a
 * reader wants to see (`v8::internal::Invoke`, not its 200-character
 * argument list; `io/netty/…/NioEventLoop:.run`, not the JVM descriptor). The
 * kind markers (`_[k]` …) are the opposite case: they restate the dso, which
 * the model keeps as the mapping, so only the export writes them.
 */
export function frameNames(symbol: string, dso: string, javaProcess: boolean): { name: string; systemName: string }[] | null {
  // Linux 4.8+ prints symbol offsets (`cpu_startup_entry+0x800047c022ec`): an address, not a name.
  const bare = symbol.replace(/\+0x[\da-f]+$/, '');
  // A parenthesised "symbol" is a process name perf printed in place of one. (FlameGraph
  // also skips C++'s `(anonymous namespace)::f`, losing a real frame; this does not.)
  if (bare.startsWith('(') && !bare.startsWith('(anonymous namespace)')) return null;
  return bare
    .split('->')
    .filter((piece) => piece !== '')
    .map((piece) => {
      const raw = piece === '[unknown]' ? unknownFrameName(dso) : piece;
      const name = tidySymbol(raw, javaProcess);
      return { name: name || raw, systemName: piece };
    });
}

/** perf could not symbolise the frame: name it after its dso (`[libc-2.15.so]`), as FlameGraph does. */
function unknownFrameName(dso: string): string {
  if (dso === '' || dso === '[unknown]') return '[unknown]';
  return `[${dso.replace(/.*\//, '')}]`;
}

/**
 * FlameGraph's generic tidying: `;` is its frame separator, so it becomes
 * `:`; everything from the first `(` on is an argument list (C++, Java, JS
 * engines), except in a Go method (`net/http.(*Client).Do`) or C++'s
 * `(anonymous namespace)`; quotes (from V8's `RegExp:` frames) go. For a
 * Java process, JVM descriptors lose their `L` prefix
 * (`Lorg/mozilla/ContextFactory;.call` → `org/mozilla/ContextFactory:.call`).
 */
function tidySymbol(symbol: string, javaProcess: boolean): string {
  let name = symbol.replace(/;/g, ':');
  if (!/\.\(.*\)\./.test(name)) name = name.replace(/\((?!anonymous namespace\)).*/, '');
  name = name.replace(/["']/g, '');
  if (javaProcess && name.includes('/')) name = name.replace(/^L/, '');
  return name;
}

/** A sample being read: its event line and its frames so far, leaf first. */
interface PendingSample {
  event: EventLine;
  frames: FrameLine[];
}

type State = 'between' | 'frames' | 'skipping';

const MAX_LINE_WARNINGS = 20;
const PROGRESS_EVERY = 1 << 16;
const SAMPLES: ValueType = { type: 'samples', unit: 'count' };

class PerfScriptReader {
  private readonly lines: TextLines;
  private readonly meta: ProfileMeta = {};
  private builder: ProfileBuilder | null = null;
  private state: State = 'between';
  private pending: PendingSample | null = null;
  /** The event kept (the first seen); samples of other events are skipped. */
  private keptEvent: string | null = null;
  private hasPeriod = false;
  private readonly skippedEvents = new Map<string, number>();
  private invalidLines = 0;
  /** Warnings about lines before the first sample, which come before the builder exists. */
  private readonly earlyWarnings: string[] = [];
  private samplesWithoutPeriod = 0;
  private firstPeriod: number | null = null;
  private periodsVary = false;
  private firstTime = Infinity;
  private lastTime = -Infinity;
  private readonly locations = new Map<string, number>();
  private readonly processes = new Map<string, number>();
  private readonly labelSets = new Map<string, number>();
  private readonly stack: number[] = [];

  constructor(
    text: string,
    private readonly ctx: ImportContext,
  ) {
    this.lines = new TextLines(text);
  }

  read(): Profile {
    const { lines } = this;
    while (lines.next()) {
      this.readLine(lines.line);
      if (lines.number % PROGRESS_EVERY === 0) this.ctx.progress(lines.fraction);
    }
    this.endSample();
    return this.finish();
  }

  private readLine(line: string): void {
    // perf script --header: `# key : value` lines; stackcollapse-perf.pl skips `#` lines anywhere.
    if (line.startsWith('#')) return;
    if (line.trim() === '') {
      this.endSample();
      this.state = 'between';
      return;
    }
    const indented = /^\s/.test(line);
    if (this.state === 'frames' && indented) {
      this.frameLine(line);
      return;
    }
    // A line at column 0 starts a sample; so does an indented one between samples
    // (without call chains perf right-aligns the comm).
    if (this.state === 'skipping' && indented) return;
    this.endSample();
    const event = parseEventLine(indented ? line.trimStart() : line, !indented);
    if (event?.loose && !this.lines.terminated) this.cutShort(line);
    if (event) this.startSample(event);
    else {
      this.unrecognised(line, 'expected an event line ("comm pid time: period event:")');
      this.state = 'skipping';
    }
  }

  private frameLine(line: string): void {
    const pending = this.pending!;
    const frame = parseFrame(line);
    if (frame) {
      if (!frame.dso && !this.lines.terminated) this.cutShort(line);
      if (pending.frames.length >= this.ctx.limits.maxStackDepth) {
        const max = this.ctx.limits.maxStackDepth;
        throw new LimitExceededError('maxStackDepth', max, `a stack of more than ${max} frames in the sample ending on line ${this.lines.number}`);
      }
      pending.frames.push(frame);
      return;
    }
    const src = SRCLINE.exec(line);
    if (src && pending.frames.length > 0) {
      const last = pending.frames[pending.frames.length - 1];
      last.file = src[1];
      last.line = Number(src[2]);
      return;
    }
    // `-F +srcline` prints `dso[offset]` where it knows no source line.
    if (SRCLINE_UNKNOWN.test(line) && pending.frames.length > 0) return;
    const event = parseEventLine(line.trimStart(), false);
    if (event) {
      this.endSample();
      this.startSample(event);
      return;
    }
    this.unrecognised(line, 'expected a frame ("address symbol (dso)")');
  }

  private startSample(event: EventLine): void {
    if (this.keptEvent === null && event.event !== null) this.keptEvent = event.event;
    if (event.event !== null && event.event !== this.keptEvent) {
      this.skippedEvents.set(event.event, (this.skippedEvents.get(event.event) ?? 0) + 1);
      this.state = 'skipping';
      return;
    }
    this.pending = { event, frames: event.frame ? [event.frame] : [] };
    this.state = 'frames';
    // Without a call chain the event line holds the whole sample.
    if (event.frame) {
      this.endSample();
      this.state = 'between';
    }
  }

  private endSample(): void {
    const sample = this.pending;
    if (!sample) return;
    this.pending = null;
    const b = this.builderFor(sample.event);
    const stack = this.stack;
    stack.length = 0;
    const javaProcess = sample.event.comm.startsWith('java');
    for (const frame of sample.frames) {
      const id = this.locationOf(b, frame, javaProcess);
      if (id !== 0) stack.push(id);
    }
    stack.push(this.processFrame(b, sample.event.comm));
    b.addSample(stack, this.values(sample.event), this.labelSet(b, sample.event));
    this.noteTime(sample.event.time);
  }

  /** The builder is made at the first kept sample: its event line says whether there is a period column. */
  private builderFor(event: EventLine): ProfileBuilder {
    if (this.builder) return this.builder;
    this.hasPeriod = event.period !== null;
    const types = this.hasPeriod ? [SAMPLES, eventType(event.event ?? 'event')] : [SAMPLES];
    if (this.hasPeriod) this.meta.defaultSampleType = 1;
    this.builder = new ProfileBuilder(FORMAT, types, this.ctx.limits, this.meta);
    for (const w of this.earlyWarnings) this.builder.warn(w);
    return this.builder;
  }

  private values(event: EventLine): number[] {
    if (!this.hasPeriod) return [1];
    if (event.period === null) {
      this.samplesWithoutPeriod++;
      return [1, 0];
    }
    if (this.firstPeriod === null) this.firstPeriod = event.period;
    else if (event.period !== this.firstPeriod) this.periodsVary = true;
    return [1, event.period];
  }

  /** 0 when stackcollapse-perf.pl would skip the frame. */
  private locationOf(b: ProfileBuilder, frame: FrameLine, javaProcess: boolean): number {
    const key = `${javaProcess ? 'J' : ''}\0${frame.dso}\0${frame.file}\0${frame.line}\0${frame.symbol}`;
    let id = this.locations.get(key);
    if (id === undefined) {
      id = this.newLocation(b, frame, javaProcess);
      this.locations.set(key, id);
    }
    return id;
  }

  private newLocation(b: ProfileBuilder, frame: FrameLine, javaProcess: boolean): number {
    const names = frameNames(frame.symbol, frame.dso, javaProcess);
    if (names === null || names.length === 0) return 0;
    // Names are outermost first; a location's lines are innermost first, and the
    // source line perf printed belongs to the innermost.
    const lines: Line[] = names.reverse().map((n, i) => ({
      functionId: b.functionId(n.name, i === 0 ? frame.file : '', 0, n.systemName),
      line: i === 0 ? frame.line : 0,
      column: 0,
    }));
    const mapping = frame.dso && frame.dso !== '[unknown]' ? b.mappingId(frame.dso) : 0;
    return b.internLocation(lines, mapping);
  }

  private processFrame(b: ProfileBuilder, comm: string): number {
    let id = this.processes.get(comm);
    if (id === undefined) {
      id = b.internLocation([{ functionId: b.functionId(comm.replace(/ /g, '_'), '', 0, comm), line: 0, column: 0 }]);
      this.processes.set(comm, id);
    }
    return id;
  }

  private labelSet(b: ProfileBuilder, event: EventLine): number {
    const key = `${event.pid ?? ''}/${event.tid}`;
    let id = this.labelSets.get(key);
    if (id === undefined) {
      const labels: Label[] = [{ key: b.intern('tid'), str: 0, num: event.tid, numUnit: 0 }];
      if (event.pid !== null) labels.push({ key: b.intern('pid'), str: 0, num: event.pid, numUnit: 0 });
      id = b.labelSetId(labels);
      this.labelSets.set(key, id);
    }
    return id;
  }

  private noteTime(time: number | null): void {
    if (time === null) return;
    if (time < this.firstTime) this.firstTime = time;
    if (time > this.lastTime) this.lastTime = time;
  }

  private unrecognised(line: string, expected: string): void {
    if (!this.lines.terminated) this.cutShort(line);
    this.invalidLines++;
    if (this.invalidLines <= MAX_LINE_WARNINGS) {
      this.warn(`line ${this.lines.number}: skipped, ${expected}: ${preview(line)}`);
    }
  }

  private cutShort(line: string): never {
    throw new MalformedProfileError(FORMAT, `line ${this.lines.number} is incomplete and has no line end; the input looks cut short: ${preview(line)}`);
  }

  private warn(message: string): void {
    if (this.builder) this.builder.warn(message);
    else this.earlyWarnings.push(message);
  }

  private finish(): Profile {
    const b = this.builder;
    if (!b) {
      if (this.invalidLines > 0) throw new MalformedProfileError(FORMAT, `no sample could be read (${this.earlyWarnings[0]})`);
      throw new NotThisFormat('no "comm pid time: period event:" line');
    }
    if (this.invalidLines > MAX_LINE_WARNINGS) b.warn(`${this.invalidLines} unrecognised lines skipped in all (the first ${MAX_LINE_WARNINGS} are listed)`);
    for (const [event, n] of this.skippedEvents) {
      b.warn(`skipped ${n} samples of event ${event}: only the first event (${this.keptEvent}) is kept, as adding different events would mislead`);
    }
    if (this.samplesWithoutPeriod > 0) b.warn(`${this.samplesWithoutPeriod} samples have no period; they count 0 ${this.keptEvent}`);
    this.finishMeta(b);
    return b.build();
  }

  private finishMeta(b: ProfileBuilder): void {
    if (this.hasPeriod) {
      this.meta.periodType = b.sampleTypes[1];
      this.meta.period = this.firstPeriod !== null && !this.periodsVary ? this.firstPeriod : 0;
    }
    // perf's times are seconds since boot: a duration, not a date.
    if (this.lastTime > this.firstTime) this.meta.durationNanos = this.lastTime - this.firstTime;
  }
}

/**
 * The period column is named after the event. The clock events (cpu-clock,
 * task-clock) count nanoseconds; hardware and other events count events.
 */
function eventType(event: string): ValueType {
  const base = event.replace(/:.*/, '');
  return { type: event, unit: base === 'cpu-clock' || base === 'task-clock' ? 'nanoseconds' : 'count' };
}
