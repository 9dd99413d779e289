// Generates a large, realistic pprof CPU profile for benchmarks: a fleet's
// merged profile of a service whose call graph has 1,500 modules and 24,000
// functions. Random walks over the call graph give 60,000 distinct stacks
// 10–90 frames deep; 660,000 samples draw from them with a skewed (Zipf-like)
// distribution, each with `pod` and `endpoint` labels — pprof writers merge
// samples only when stack and labels are equal, so a large pprof is many
// label combinations over a bounded set of code paths, as Pyroscope and Parca
// merges are. Deterministic: the same seed writes the same bytes.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const protobuf = require('protobufjs');

export function generate({ samples = 660_000, stacks = 60_000, functions = 24_000, seed = 42 } = {}) {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const skewed = (n) => Math.floor(n * rand() ** 3); // small indices far more likely

  const strings = [''];
  const index = new Map([['', 0]]);
  const str = (v) => {
    let i = index.get(v);
    if (i === undefined) index.set(v, (i = strings.push(v) - 1));
    return i;
  };
  const verbs = ['handle', 'process', 'load', 'save', 'parse', 'render', 'validate', 'resolve', 'fetch', 'compute', 'encode', 'decode', 'update', 'build', 'apply'];
  const nouns = ['Order', 'Request', 'User', 'Invoice', 'Cart', 'Payment', 'Session', 'Config', 'Template', 'Query', 'Row', 'Token', 'Event', 'Batch', 'Stream'];
  const modules = Array.from({ length: 1500 }, (_, m) => `/srv/app/src/${['api', 'core', 'db', 'lib', 'util', 'vendor'][m % 6]}/module${m}.js`);

  const fns = [];
  for (let f = 0; f < functions; f++) {
    const file = modules[f % modules.length];
    fns.push({ id: f + 1, name: str(`${verbs[f % verbs.length]}${nouns[(f * 7) % nouns.length]}${f}`), systemName: 0, filename: str(file), startLine: 1 + ((f * 37) % 900) });
  }
  // Each function calls a handful of others: a call graph with shared callees, like real code.
  const callees = fns.map((_, f) => Array.from({ length: 2 + (f % 5) }, () => 1 + skewed(functions - 1) + (rand() < 0.5 ? 0 : Math.floor(rand() * 50))).map((c) => Math.min(c, functions - 1)));
  // Three locations per function: three call sites (lines) per body.
  const locations = [];
  for (const fn of fns) {
    for (let k = 0; k < 3; k++) {
      locations.push({ id: locations.length + 1, mappingId: 1, address: 0x400000 + locations.length * 16, line: [{ functionId: fn.id, line: fn.startLine + 1 + k * 3 }] });
    }
  }
  const entry = [0, 1, 2, 3, 4, 5, 6, 7];
  const pool = [];
  for (let i = 0; i < stacks; i++) {
    const depth = 10 + Math.floor(rand() * rand() * 80);
    let f = entry[skewed(entry.length)];
    const stack = [];
    for (let d = 0; d < depth; d++) {
      stack.push(f * 3 + 1 + Math.floor(rand() * 3));
      const next = callees[f];
      f = next[skewed(next.length)];
    }
    pool.push(stack.reverse()); // pprof stacks are leaf first
  }
  const pods = Array.from({ length: 24 }, (_, i) => str(`orders-7f9c${i.toString(16)}`));
  const endpoints = Array.from({ length: 40 }, (_, i) => str(`/api/v1/${nouns[i % nouns.length].toLowerCase()}s/${i}`));
  const [podKey, endpointKey] = [str('pod'), str('endpoint')];
  const period = 10_000_000;
  const sampleList = [];
  const seen = new Set();
  while (sampleList.length < samples) {
    const stack = skewed(pool.length);
    const pod = Math.floor(rand() * pods.length);
    const endpoint = skewed(endpoints.length);
    const key = (stack * 64 + pod) * 64 + endpoint;
    if (seen.has(key)) continue; // writers merge equal (stack, labels) samples into one
    seen.add(key);
    const count = 1 + Math.floor(rand() ** 4 * 20);
    sampleList.push({
      locationId: pool[stack],
      value: [count, count * period],
      label: [{ key: podKey, str: pods[pod] }, { key: endpointKey, str: endpoints[endpoint] }],
    });
  }
  const Profile = protobuf.loadSync(resolve(dirname(new URL(import.meta.url).pathname), '../libs/profile/proto/profile.proto')).lookupType('perftools.profiles.Profile');
  const message = {
    sampleType: [{ type: str('samples'), unit: str('count') }, { type: str('cpu'), unit: str('nanoseconds') }],
    sample: sampleList,
    mapping: [{ id: 1, memoryStart: 0x400000, memoryLimit: 0x8000000, filename: str('/usr/local/bin/node'), hasFunctions: true, hasFilenames: true, hasLineNumbers: true }],
    location: locations,
    function: fns,
    stringTable: strings,
    timeNanos: 1_700_000_000_000_000_000,
    durationNanos: 60_000_000_000,
    periodType: { type: str('cpu'), unit: str('nanoseconds') },
    period,
  };
  return Buffer.from(Profile.encode(message).finish());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'bench/out/large.pb.gz';
  const raw = generate();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gzipSync(raw, { level: 6 }));
  console.log(`${out}: ${(raw.length / 1e6).toFixed(1)} MB uncompressed`);
}
