import type { CallTree } from './call-tree';

export interface Hotspot {
  /** Frame id in the tree's FrameTable; 0 for the folded remainder. */
  readonly frame: number;
  readonly function: string;
  readonly file: string;
  readonly line: number;
  /** Share of the total spent in the frame itself. */
  readonly self: number;
  /** Share of the total spent in the frame and what it calls. */
  readonly total: number;
}

export const OTHER = '(other)';

/**
 * The functions (or lines) with the most self value, as `pprof -top` lists
 * them, bounded by `limit`; the rest fold into one `(other)` row so the
 * self column still sums to the whole.
 */
export function hotspots(tree: CallTree, limit = 20): Hotspot[] {
  const t = tree.total || 1;
  const ids: number[] = [];
  for (let f = 1; f < tree.frames.size; f++) if (tree.frameTotal[f] !== 0) ids.push(f);
  ids.sort((a, b) => tree.frameSelf[b] - tree.frameSelf[a] || tree.frameTotal[b] - tree.frameTotal[a] || a - b);
  const rows: Hotspot[] = ids.slice(0, limit).map((f) => ({
    frame: f,
    function: tree.frames.name(f),
    file: tree.frames.file(f),
    line: tree.frames.line(f),
    self: tree.frameSelf[f] / t,
    total: tree.frameTotal[f] / t,
  }));
  const rest = ids.slice(limit).reduce((sum, f) => sum + tree.frameSelf[f], 0);
  if (rest !== 0) rows.push({ frame: 0, function: OTHER, file: '', line: 0, self: rest / t, total: rest / t });
  return rows;
}
