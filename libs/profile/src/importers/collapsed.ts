import { ProfileBuilder } from '../builder';
import { LimitExceededError, MalformedProfileError, NotThisFormat } from '../errors';
import type { ImportContext, Importer } from '../importer';
import type { Profile } from '../model';
import { preview, TextLines } from './text-lines';

const FORMAT = 'collapsed';

/**
 * Brendan Gregg's collapsed ("folded") stacks: one stack per line, frames root
 * first and separated by `;`, then whitespace and the stack's count:
 *
 *     java;start_thread;JavaThread::run;Interpreter_[j] 42
 *
 * This is what FlameGraph's `stackcollapse-*.pl` scripts write and
 * `flamegraph.pl` reads, and what async-profiler (`-o collapsed`), py-spy
 * (`--format raw`) and Pyroscope's ingest API (`format=folded`) use.
 *
 * Decisions, where the format leaves room:
 * - The count is a decimal, integer or fractional: real tools write
 *   integers, but `flamegraph.pl` accepts `\d+(\.\d*)?` (for scaled or
 *   averaged stacks), and the model's values are floats anyway. A leading
 *   minus is accepted too: delta profiles have negative values, and
 *   `toCollapsed` writes them, so what it writes must read back. A plus sign
 *   or an exponent is not a count any tool writes, so such a line is invalid.
 * - Frame names are kept exactly as given, including FlameGraph's kind
 *   suffixes `_[k]` (kernel), `_[j]` (JIT), `_[i]` (inlined) and empty names:
 *   they are part of what the producer wrote, and stripping `_[k]` would merge
 *   a kernel frame with a user frame of the same name.
 * - Lines starting with `#` or `//` are comments; blank lines are skipped.
 * - Any other line that is not `stack count` is invalid. It is never dropped
 *   silently: each becomes a warning naming its line (the first few, then a
 *   count). A file without any valid line is not this format, unless a line
 *   had the `a;b` shape with a bad count, which is malformed collapsed input.
 *   An invalid last line that has no line end is a cut-off file, so it is
 *   malformed rather than a warning.
 * - Each line is one sample, even when the same stack appears twice.
 */
export const collapsedImporter: Importer = {
  format: FORMAT,
  extensions: ['.folded', '.collapsed', '.stacks'],
  sniff(head, headText) {
    return headText !== null && looksCollapsed(headText, head.length >= HEAD_BYTES);
  },
  parse(_data, ctx) {
    const text = ctx.text();
    if (text === null) throw new NotThisFormat('not valid text');
    return new CollapsedReader(text, ctx).read();
  },
};

/** The stack and count of one valid line. */
interface StackLine {
  stack: string;
  count: number;
}

/**
 * Splits `stack count` at the last run of spaces or tabs. The stack may hold
 * spaces itself (`LazyCompile:foo app.js:12`), so only the last token is the
 * count. Returns null for anything else.
 */
function parseStackLine(line: string): StackLine | null {
  const trimmed = line.trimEnd();
  const cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
  if (cut <= 0) return null;
  const token = trimmed.slice(cut + 1);
  if (!COUNT.test(token)) return null;
  let end = cut;
  while (end > 0 && isBlank(trimmed.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  return { stack: trimmed.slice(0, end), count: Number(token) };
}

const COUNT = /^-?\d+(?:\.\d*)?$/;

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function isComment(line: string): boolean {
  return line.startsWith('#') || line.startsWith('//');
}

/** Control characters other than tab, or U+FFFD from undecodable bytes: binary, not text. */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

/** The registry's head size: a shorter head is the whole input. */
const HEAD_BYTES = 4096;

/**
 * The first line that is neither blank nor a comment must be a stack with a
 * count. When the head may end inside that first line (a tall stack can be
 * longer than the head), the line is accepted if it is clean text with a `;`,
 * and `parse` decides.
 */
function looksCollapsed(headText: string, headIsPartial: boolean): boolean {
  const lines = headText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '' || isComment(line)) continue;
    if (NOT_TEXT.test(line)) return false;
    const maybeCut = headIsPartial && i === lines.length - 1;
    return parseStackLine(line) !== null || (maybeCut && line.includes(';'));
  }
  return false;
}

/** Invalid lines reported one by one; beyond this, only their number. */
const MAX_LINE_WARNINGS = 20;
const PROGRESS_EVERY = 1 << 16;

class CollapsedReader {
  private readonly builder: ProfileBuilder;
  private readonly lines: TextLines;
  /** Location id per frame name: most lines repeat the same frames. */
  private readonly frames = new Map<string, number>();
  private readonly stack: number[] = [];
  private invalidLines = 0;
  private firstStackShapedInvalid = 0;

  constructor(
    text: string,
    private readonly ctx: ImportContext,
  ) {
    this.builder = new ProfileBuilder(FORMAT, [{ type: 'samples', unit: 'count' }], ctx.limits);
    this.lines = new TextLines(text);
  }

  read(): Profile {
    const { lines } = this;
    while (lines.next()) {
      const line = lines.line;
      if (line.trim() === '' || isComment(line)) continue;
      const parsed = parseStackLine(line);
      if (parsed) this.addStack(parsed);
      else this.invalid(line);
      if (lines.number % PROGRESS_EVERY === 0) this.ctx.progress(lines.fraction);
    }
    return this.finish();
  }

  private addStack({ stack, count }: StackLine): void {
    const ids = this.stack;
    ids.length = 0;
    const maxDepth = this.ctx.limits.maxStackDepth;
    // Root first in the file, leaf first in the model: collect, then reverse.
    let from = 0;
    for (;;) {
      const to = stack.indexOf(';', from);
      const name = to === -1 ? stack.slice(from) : stack.slice(from, to);
      if (ids.length === maxDepth) {
        throw new LimitExceededError('maxStackDepth', maxDepth, `a stack of more than ${maxDepth} frames on line ${this.lines.number}`);
      }
      ids.push(this.frameId(name));
      if (to === -1) break;
      from = to + 1;
    }
    ids.reverse();
    this.builder.addSample(ids, [count]);
  }

  private frameId(name: string): number {
    let id = this.frames.get(name);
    if (id === undefined) {
      id = this.builder.frame({ name });
      this.frames.set(name, id);
    }
    return id;
  }

  private invalid(line: string): void {
    const { number, terminated } = this.lines;
    if (!terminated) {
      throw new MalformedProfileError(FORMAT, `line ${number} ends without a count and without a line end; the input looks cut short: ${preview(line)}`);
    }
    this.invalidLines++;
    if (this.firstStackShapedInvalid === 0 && line.includes(';')) this.firstStackShapedInvalid = number;
    if (this.invalidLines <= MAX_LINE_WARNINGS) {
      this.builder.warn(`line ${number}: skipped, not "frame;frame;… count": ${preview(line)}`);
    }
  }

  private finish(): Profile {
    if (this.builder.sampleCount === 0) {
      if (this.firstStackShapedInvalid > 0) {
        throw new MalformedProfileError(FORMAT, `no line ends with a sample count (line ${this.firstStackShapedInvalid} is a stack without one)`);
      }
      throw new NotThisFormat('no line of the form "frame;frame;… count"');
    }
    if (this.invalidLines > MAX_LINE_WARNINGS) {
      this.builder.warn(`${this.invalidLines} invalid lines skipped in all (the first ${MAX_LINE_WARNINGS} are listed)`);
    }
    return this.builder.build();
  }
}
