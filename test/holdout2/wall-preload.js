'use strict';
// Preload (-r) that records a @datadog/pprof wall profile of the whole run and
// writes it (gzipped pprof) to $HOLDOUT_WALL_OUT when the process exits.
const fs = require('node:fs');
const { time, encodeSync } = require('/work/main/node_modules/@datadog/pprof');

const out = process.env.HOLDOUT_WALL_OUT;
if (out) {
  time.start({ intervalMicros: 1000, lineNumbers: true });
  // The library registers its own 'exit' handler that stops the profiler:
  // run ours first.
  process.prependListener('exit', () => {
    const profile = time.stop();
    fs.writeFileSync(out, encodeSync(profile));
  });
}
