// One decode in a fresh process, so peak RSS belongs to that decoder alone.
// Both decoders get their bytes the same way (hotpath's streaming reader,
// which inflates into one buffer), so the difference is the decoder's.
// Usage: node bench/decode-child.cjs hotpath|pprof-format <file.pb.gz>
'use strict';
const { readProfileFile, importProfile, withLimits } = require('../libs/profile');

async function main() {
  const [which, file] = process.argv.slice(2);
  const raw = await readProfileFile(file, withLimits({}));
  let decode;
  if (which === 'hotpath') {
    decode = () => importProfile(raw).samples.length;
  } else {
    const { Profile } = require('pprof-format');
    decode = () => Profile.decode(raw).sample.length;
  }
  const start = process.hrtime.bigint();
  const samples = decode();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, samples, bytes: raw.length, maxRssKiB: process.resourceUsage().maxRSS }) + '\n');
}
main();
