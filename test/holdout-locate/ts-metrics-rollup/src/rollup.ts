import { labelFor } from './labels';
import type { Series } from './series';

export interface Window {
  label: string;
  series: Series;
  p50: number;
  max: number;
}

export class Rollup {
  constructor(private readonly windowMillis: number) {}

  // Each window keeps its own copy of the series metadata and points, so exporters may
  // annotate it without touching the source.
  private snapshot = (series: Series, start: number, end: number): Series =>
    JSON.parse(JSON.stringify({ ...series, points: series.points.slice(start, end) }));

  async windows(series: Series): Promise<Window[]> {
    const out: Window[] = [];
    // Points are evenly spaced (one scrape interval apart), so a window is an index range.
    const step = series.points[1].t - series.points[0].t;
    const perWindow = Math.max(1, Math.round(this.windowMillis / step));
    for (let start = 0; start < series.points.length; start += perWindow) {
      const copy = this.snapshot(series, start, start + perWindow);
      const values = copy.points.map((p) => p.v).sort((a, b) => a - b);
      const label = await labelFor(series.points[start].t);
      out.push({ label, series: copy, p50: values[values.length >> 1] ?? 0, max: values[values.length - 1] ?? 0 });
    }
    return out;
  }
}
