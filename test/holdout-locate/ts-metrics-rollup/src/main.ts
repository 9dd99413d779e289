// Metrics roll-up job: cuts each latency series into 30-minute windows, keeps a snapshot per
// window and labels it for the dashboard. Deterministic; prints nothing.
import { Rollup } from './rollup';
import { makeSeries } from './series';

async function main(): Promise<void> {
  const rollup = new Rollup(30 * 60_000);
  let windows = 0;
  for (const series of makeSeries(Number(process.env.ROLLUP_SERIES ?? 600), 960)) {
    windows += (await rollup.windows(series)).length;
  }
  if (windows === 0) throw new Error('no window');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
