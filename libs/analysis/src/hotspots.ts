import type { CallTree } from './call-tree';

export interface Hotspot {
  /** A frame of the function in the tree's FrameTable (its heaviest); 0 for the folded remainder. */
  readonly frame: number;
  readonly function: string;
  readonly file: string;
  /** Where the function starts, when known. */
  readonly line: number;
  /** Share of the total spent in the function itself. */
  readonly self: number;
  /** Share of the total spent in the function and what it calls. */
  readonly total: number;
}

export const OTHER = '(other)';

/**
 * The functions with the most self value, as `pprof -top` lists them,
 * bounded by `limit`; the rest fold into one `(other)` row so the self column
 * still sums to the whole. Works on a tree of any granularity: frames of one
 * function at several lines are added up, and a function's total counts each
 * stack once even when it recurses.
 */
export function hotspots(tree: CallTree, limit = 20): Hotspot[] {
  const t = tree.total || 1;
  const { frames } = tree;
  const keys = frames.functionKeys;
  const self = new Float64Array(keys);
  const total = new Float64Array(keys);
  const active = new Uint32Array(keys);
  const sample = new Uint32Array(keys); // a frame of the function, to name it
  tree.walk(
    (n) => {
      const k = frames.functionKey(tree.frame[n]);
      self[k] += tree.self[n];
      if (active[k]++ === 0) total[k] += tree.totals[n];
      if (sample[k] === 0 || Math.abs(tree.totals[n]) > Math.abs(tree.totals[sample[k]])) sample[k] = n;
    },
    (n) => {
      active[frames.functionKey(tree.frame[n])]--;
    },
  );
  const ids: number[] = [];
  for (let k = 0; k < keys; k++) if (sample[k] !== 0) ids.push(k);
  ids.sort((a, b) => self[b] - self[a] || total[b] - total[a] || a - b);
  const rows: Hotspot[] = ids.slice(0, limit).map((k) => {
    const f = tree.frame[sample[k]];
    return {
      frame: f,
      function: frames.name(f),
      file: frames.file(f),
      line: frames.startLine(f),
      self: self[k] / t,
      total: total[k] / t,
    };
  });
  const rest = ids.slice(limit).reduce((sum, k) => sum + self[k], 0);
  if (rest !== 0) rows.push({ frame: 0, function: OTHER, file: '', line: 0, self: rest / t, total: rest / t });
  return rows;
}
