import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PATH, DEFAULT_THRESHOLD, renameProfile, rng } from '@hotpath/classifier';
import { analyzeProfiles } from '@hotpath/pipeline';
import { importProfile } from '@hotpath/profile';
import { holdoutPrograms } from '../libs/classifier/src/evaluate';

// The stack classifier inside the pipeline: clean programs get no model findings, and
// --no-model (model: false) leaves the model out entirely.
const ROOT = join(__dirname, '..');

// Every clean program of the held-out sets (their manifests say which), and the clean examples.
const CLEAN = [
  ...holdoutPrograms(ROOT)
    .filter((h) => h.expected.length === 0)
    .map((h) => `${h.program}/profiles`),
  'examples/clean-compute/profiles',
  'examples/go/clean/profiles',
].filter((d) => existsSync(join(ROOT, d)));

const load = (file: string) => importProfile(readFileSync(file), { fileName: file });

describe.skipIf(!existsSync(DEFAULT_MODEL_PATH))('stack classifier in analyzeProfiles', () => {
  it.each(CLEAN.flatMap((d) => readdirSync(join(ROOT, d)).map((f) => join(d, f))))('%s (clean): no model findings', async (file) => {
    const report = await analyzeProfiles([load(join(ROOT, file))]);
    expect(report.findings.filter((f) => f.detector === 'model')).toEqual([]);
  });

  it('finds a renamed pattern with the model on, nothing of the model with it off, one finding per site with both', async () => {
    const file = join(ROOT, 'test/holdout2/go-metrics/profiles/cpu.pb.gz');
    if (!existsSync(file)) return;
    const profile = renameProfile(load(file), rng(3));
    const modelOnly = await analyzeProfiles([profile], { rules: false });
    expect(modelOnly.findings.map((f) => f.category)).toContain('regex-compilation-in-hot-path');
    for (const f of modelOnly.findings) {
      expect(f.detector).toBe('model');
      expect(f.ruleId).toBe(`model.${f.category}`);
      expect(f.confidence).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
      expect(f.stack.length).toBeGreaterThan(0);
    }
    const off = await analyzeProfiles([profile], { rules: false, model: false });
    expect(off.findings).toEqual([]);
    const strict = await analyzeProfiles([profile], { rules: false, modelThreshold: 1 });
    expect(strict.findings.length).toBeLessThan(modelOnly.findings.length);
    // Rules still see Go's regexp frames (runtime names survive renaming): the model's finding at
    // the same function and category is folded into the rule's, never reported twice.
    const both = await analyzeProfiles([profile]);
    const key = (f: (typeof both.findings)[number]) => `${f.category} ${f.blame?.function} ${f.blame?.file}`;
    const ruleKeys = new Set(both.findings.filter((f) => f.detector === 'rule').map(key));
    expect(both.findings.filter((f) => f.detector === 'model' && ruleKeys.has(key(f)))).toEqual([]);
    expect(both.findings.some((f) => f.category === 'regex-compilation-in-hot-path')).toBe(true);
  });

  it('finds a regular expression built per call in a renamed V8 profile, where no frame names it', async () => {
    // highlight.js builds `new RegExp` per query term: V8 compiles it in the caller's own samples,
    // and what shows is the caller running many sources, each once or twice.
    const file = join(ROOT, 'test/holdout2/node-search-api/profiles/cpu.cpuprofile');
    if (!existsSync(file)) return;
    const report = await analyzeProfiles([renameProfile(load(file), rng(2))], { rules: false });
    const regex = report.findings.filter((f) => f.category === 'regex-compilation-in-hot-path');
    expect(regex.length).toBeGreaterThan(0);
    expect(regex[0].detector).toBe('model');
    expect(regex[0].impact.share).toBeGreaterThan(0.05);
  });
});
