// One decode in a fresh process, so peak RSS belongs to that decoder alone.
// Usage: node bench/decode-child.cjs hotpath|pprof-format <file.pb.gz>
'use strict';
const { readFileSync } = require('node:fs');
const { gunzipSync } = require('node:zlib');

const [which, file] = process.argv.slice(2);
const raw = gunzipSync(readFileSync(file));
let decode;
if (which === 'hotpath') {
  const { importProfile } = require('../libs/profile');
  decode = () => importProfile(raw).samples.length;
} else {
  const { Profile } = require('pprof-format');
  decode = () => Profile.decode(raw).sample.length;
}
const start = process.hrtime.bigint();
const samples = decode();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, samples, bytes: raw.length, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
