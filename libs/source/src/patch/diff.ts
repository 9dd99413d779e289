/** A replacement of the text between two offsets (UTF-16 code units, as tree-sitter's web binding reports them). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.end > sorted[i - 1]!.start) throw new Error('overlapping edits');
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

interface Change {
  /** First old line replaced (0-based) and how many. */
  oldStart: number;
  oldCount: number;
  newLines: string[];
}

const CONTEXT = 3;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A unified diff (`git apply` format) of the edits. The edits are widened to whole lines, so
 * each hunk shows the lines they touch, with three lines of context, as `diff -u` does.
 */
export function unifiedDiff(file: string, text: string, edits: Edit[]): string {
  const starts = lineStarts(text);
  const endsWithNewline = text.endsWith('\n');
  const oldLines = text.split('\n');
  if (endsWithNewline) oldLines.pop();

  // Group edits that touch the same lines into one line-range change.
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const groups: { first: number; last: number; edits: Edit[] }[] = [];
  for (const e of sorted) {
    const first = lineOf(starts, e.start);
    // An edit that ends exactly at a line start (an insertion of whole lines) touches only the lines before it.
    const endOffset = e.end > e.start && starts.includes(e.end) ? e.end - 1 : e.end;
    let last = lineOf(starts, endOffset);
    if (e.end === e.start && starts.includes(e.start) && e.text.endsWith('\n')) last = first - 1; // pure insertion before line `first`
    const g = groups.at(-1);
    if (g && first <= g.last) {
      g.last = Math.max(g.last, last);
      g.edits.push(e);
    } else groups.push({ first, last, edits: [e] });
  }

  const changes: Change[] = groups.map((g) => {
    const from = starts[g.first] ?? text.length;
    const to = g.last >= g.first ? (g.last + 1 < starts.length ? starts[g.last + 1]! : text.length) : from;
    const local = g.edits.map((e) => ({ start: e.start - from, end: e.end - from, text: e.text }));
    const replaced = applyEdits(text.slice(from, to), local);
    const newLines = replaced.split('\n');
    if (replaced.endsWith('\n') || replaced === '') newLines.pop();
    return { oldStart: g.first, oldCount: Math.max(0, g.last - g.first + 1), newLines };
  });

  // Hunks: changes whose context windows touch are merged.
  const hunks: Change[][] = [];
  for (const c of changes) {
    const h = hunks.at(-1);
    const prev = h?.at(-1);
    if (h && prev && c.oldStart - (prev.oldStart + prev.oldCount) <= 2 * CONTEXT) h.push(c);
    else hunks.push([c]);
  }

  const out = [`--- a/${file}`, `+++ b/${file}`];
  let delta = 0;
  for (const h of hunks) {
    const first = h[0]!;
    const last = h.at(-1)!;
    const ctxStart = Math.max(0, first.oldStart - CONTEXT);
    const ctxEnd = Math.min(oldLines.length, last.oldStart + last.oldCount + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let cursor = ctxStart;
    const noNewline = (lineIndex: number) => !endsWithNewline && lineIndex === oldLines.length - 1;
    for (const c of h) {
      for (; cursor < c.oldStart; cursor++, oldCount++, newCount++) {
        body.push(` ${oldLines[cursor]}`);
        if (noNewline(cursor)) body.push('\\ No newline at end of file');
      }
      for (let i = 0; i < c.oldCount; i++, cursor++, oldCount++) {
        body.push(`-${oldLines[cursor]}`);
        if (noNewline(cursor)) body.push('\\ No newline at end of file');
      }
      for (const l of c.newLines) {
        body.push(`+${l}`);
        newCount++;
      }
      if (c.oldCount > 0 && noNewline(c.oldStart + c.oldCount - 1) && c.newLines.length > 0) body.push('\\ No newline at end of file');
    }
    for (; cursor < ctxEnd; cursor++, oldCount++, newCount++) {
      body.push(` ${oldLines[cursor]}`);
      if (noNewline(cursor)) body.push('\\ No newline at end of file');
    }
    const oldFrom = oldCount === 0 ? ctxStart : ctxStart + 1;
    const newFrom = newCount === 0 ? ctxStart + delta : ctxStart + 1 + delta;
    out.push(`@@ -${oldFrom},${oldCount} +${newFrom},${newCount} @@`, ...body);
    delta += newCount - oldCount;
  }
  return out.join('\n') + '\n';
}
