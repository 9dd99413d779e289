"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Rollup = void 0;
const labels_1 = require("./labels");
class Rollup {
    windowMillis;
    constructor(windowMillis) {
        this.windowMillis = windowMillis;
    }
    // Each window keeps its own copy of the series metadata and points, so exporters may
    // annotate it without touching the source.
    snapshot = (series, start, end) => JSON.parse(JSON.stringify({ ...series, points: series.points.slice(start, end) }));
    async windows(series) {
        const out = [];
        // Points are evenly spaced (one scrape interval apart), so a window is an index range.
        const step = series.points[1].t - series.points[0].t;
        const perWindow = Math.max(1, Math.round(this.windowMillis / step));
        for (let start = 0; start < series.points.length; start += perWindow) {
            const copy = this.snapshot(series, start, start + perWindow);
            const values = copy.points.map((p) => p.v).sort((a, b) => a - b);
            const label = await (0, labels_1.labelFor)(series.points[start].t);
            out.push({ label, series: copy, p50: values[values.length >> 1] ?? 0, max: values[values.length - 1] ?? 0 });
        }
        return out;
    }
}
exports.Rollup = Rollup;
//# sourceMappingURL=rollup.js.map