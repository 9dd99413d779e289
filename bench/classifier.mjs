// The stack classifier's inference cost: 200 hot stacks of real recorded profiles → features
// and one batched onnxruntime-node run, the way `classifyTree` scores a profile. The session is
// created once (as in a process), then the median of many runs is reported. Target ≤ 5 ms.
// Then the same for MAX_STACKS, the most `classifyTree` scores in one profile, and the cost of
// choosing them (paths of functions, once per call tree).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { CallTree, hotStacks, selectSampleType } = require('../libs/analysis/dist');
const { importProfile } = require('../libs/profile/dist');
const { DEFAULT_MODEL_PATH, FrameRenamer, MAX_STACKS, StackClassifier, featureMatrix, modelStacks, regexContexts, rng, stackInput } = require('../libs/classifier/dist');

const STACKS = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

// Hot stacks from real profiles: the example order service, then recorded training programs.
const files = ['examples/orders-api/profiles/cpu.cpuprofile'];
for (const runtime of ['node', 'go', 'java']) {
  const dir = join('libs/classifier/data', runtime);
  try {
    for (const p of readdirSync(dir).sort()) for (const f of readdirSync(join(dir, p))) if (f !== 'label.json') files.push(join(dir, p, f));
  } catch {}
}
const all = [];
for (const file of files) {
  if (all.length >= Math.max(STACKS, MAX_STACKS)) break;
  const profile = importProfile(readFileSync(file), { fileName: file });
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  const limit = Math.max(STACKS, MAX_STACKS) - all.length;
  for (const h of hotStacks(tree, { limit, minShare: 0.001, byFunction: true })) all.push(stackInput(tree, h));
}
const stacks = all.slice(0, STACKS);

const t0 = performance.now();
const clf = await StackClassifier.load(DEFAULT_MODEL_PATH);
const sessionMs = performance.now() - t0;
const once = async () => {
  const start = performance.now();
  await clf.run(featureMatrix(stacks), stacks.length);
  return performance.now() - start;
};
for (let i = 0; i < 20; i++) await once();
const times = [];
for (let i = 0; i < RUNS; i++) times.push(await once());
times.sort((a, b) => a - b);
const featureTimes = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  featureMatrix(stacks);
  featureTimes.push(performance.now() - start);
}
featureTimes.sort((a, b) => a - b);
// A new profile brings frames the process has not seen: each run gets its own renamed copy of the
// stacks (renamed before timing), so its application and library frames miss the per-frame cache.
const fresh = Array.from({ length: RUNS }, (_, i) => {
  const renamer = new FrameRenamer(rng(1000 + i));
  return stacks.map((s) => renamer.stack(s));
});
const coldTimes = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  await clf.run(featureMatrix(fresh[i]), fresh[i].length);
  coldTimes.push(performance.now() - start);
}
coldTimes.sort((a, b) => a - b);
const median = (xs) => xs[Math.floor(xs.length / 2)];
console.log(`  ${stacks.length} hot stacks: features + one batched run, median of ${RUNS}: ${median(times).toFixed(2)} ms (p90 ${times[Math.floor(RUNS * 0.9)].toFixed(2)} ms; features alone ${median(featureTimes).toFixed(2)} ms; target ≤ 5 ms)`);
console.log(`  the same with frames never seen before (a new program's profile): median ${median(coldTimes).toFixed(2)} ms (p90 ${coldTimes[Math.floor(RUNS * 0.9)].toFixed(2)} ms)`);
console.log(`  session created once: ${sessionMs.toFixed(0)} ms`);
const most = all.slice(0, MAX_STACKS);
const mostTimes = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  await clf.run(featureMatrix(most), most.length);
  mostTimes.push(performance.now() - start);
}
mostTimes.sort((a, b) => a - b);
console.log(`  ${most.length} hot stacks (MAX_STACKS, the most one profile gets): median ${median(mostTimes).toFixed(2)} ms (p90 ${mostTimes[Math.floor(RUNS * 0.9)].toFixed(2)} ms)`);
// Once per call tree, before its stacks: which regular expressions each function runs (one pass over the nodes).
for (const file of ['examples/orders-api/profiles/cpu.cpuprofile', 'test/holdout2/node-search-api/profiles/cpu.cpuprofile']) {
  const profile = importProfile(readFileSync(file), { fileName: file });
  const tree = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
  const ctx = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    regexContexts(tree);
    ctx.push(performance.now() - start);
  }
  ctx.sort((a, b) => a - b);
  console.log(`  regular-expression contexts of a ${tree.size}-node call tree (${file.split('/')[1]}): median ${median(ctx).toFixed(3)} ms`);
  // Choosing the stacks: paths of functions, their inputs and contexts (a new tree each run, so nothing is cached).
  const pick = [];
  for (let i = 0; i < Math.min(RUNS, 50); i++) {
    const fresh = new CallTree(profile, selectSampleType(profile), { granularity: 'line' });
    const start = performance.now();
    modelStacks(fresh);
    pick.push(performance.now() - start);
  }
  pick.sort((a, b) => a - b);
  console.log(`  choosing its stacks (modelStacks: paths of functions, inputs, contexts): median ${median(pick).toFixed(2)} ms`);
}
