"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Metrics roll-up job: cuts each latency series into 30-minute windows, keeps a snapshot per
// window and labels it for the dashboard. Deterministic; prints nothing.
const rollup_1 = require("./rollup");
const series_1 = require("./series");
async function main() {
    const rollup = new rollup_1.Rollup(30 * 60_000);
    let windows = 0;
    for (const series of (0, series_1.makeSeries)(Number(process.env.ROLLUP_SERIES ?? 600), 960)) {
        windows += (await rollup.windows(series)).length;
    }
    if (windows === 0)
        throw new Error('no window');
}
main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
});
//# sourceMappingURL=main.js.map