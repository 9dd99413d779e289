'use strict';
// Preload that records a wall-time pprof profile of a whole program run with
// @datadog/pprof, used by examples/record.mjs:
//
//   HOTPATH_PPROF_OUT=wall.pb.gz [HOTPATH_PPROF_INTERVAL_US=1000] \
//     node -r ./examples/pprof-preload.cjs examples/orders-api/app.js
//
// The profiler starts before the program's first line and the gzipped profile is
// written when the process exits (also on process.exit()). Line numbers are on, so each
// frame's line is the line being executed in that frame (the call site for callers).
// @datadog/pprof 5.20 cannot combine lineNumbers with contexts, hence with
// collectCpuTime: the profile holds wall time only (sample/count, wall/nanoseconds).
const fs = require('node:fs');

const out = process.env.HOTPATH_PPROF_OUT;
if (!out) throw new Error('pprof-preload: set HOTPATH_PPROF_OUT to the output file (.pb.gz)');
const intervalMicros = Number(process.env.HOTPATH_PPROF_INTERVAL_US || 1000);

// Registered before @datadog/pprof is loaded: its own 'exit' listener stops the profiler
// and discards the profile, and 'exit' listeners run in the order they were added.
process.once('exit', () => {
  if (!pprof.time.isStarted()) return;
  const profile = pprof.time.stop();
  fs.writeFileSync(out, pprof.encodeSync(profile));
});

const pprof = require('@datadog/pprof');

pprof.time.start({ intervalMicros, lineNumbers: true });
