'use strict';
// Preload for recording a wall-time pprof of a held-out program with @datadog/pprof.
//   HOLDOUT_WALL_OUT=<file.pb.gz> [HOLDOUT_WALL_INTERVAL_US=1000] node -r ./wall-preload.cjs prog.js
// Starts the time profiler before the program's first line and writes the gzipped profile
// when the process exits (normal end of the event loop or process.exit()).

const fs = require('node:fs');
const { time, encodeSync } = require('@datadog/pprof');

const out = process.env.HOLDOUT_WALL_OUT;
if (out) {
  const intervalMicros = Number(process.env.HOLDOUT_WALL_INTERVAL_US || 1000);
  time.start({ intervalMicros, lineNumbers: true });
  let written = false;
  // @datadog/pprof stops the profiler in its own 'exit' listener (registered when it is
  // required); run before it.
  process.prependListener('exit', () => {
    if (written) return;
    written = true;
    const profile = time.stop();
    fs.writeFileSync(out, encodeSync(profile));
  });
}
