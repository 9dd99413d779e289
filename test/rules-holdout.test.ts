import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallTree } from '@hotpath/analysis';
import { importProfile } from '@hotpath/profile';
import type { Finding } from '@hotpath/report';
import { builtinRules, detect, valueKind } from '@hotpath/rules';
import { SourceResolver } from '@hotpath/source';

/**
 * The rule library against real profiles of programs it was not written
 * from: test/holdout/ holds programs recorded with real profilers and a
 * manifest of the patterns each contains (ground truth by construction).
 * Every sample type a rule can judge is analysed, as a user would with
 * --sample-type, with the program's source given as --source.
 */
// Two sets: holdout/ (written before most rules; two Node rules were added after its misses were
// seen, so it is no longer blind) and holdout2/ (recorded afterwards, unseen while rules were written).
const SETS = ['holdout', 'holdout2'].filter((d) => existsSync(join(__dirname, d, 'manifest.json')));

interface Program {
  set: string;
  program: string;
  runtime: string;
  profiles: string[];
  expected: { category: string; where?: string }[];
  /** Present in the program but not planted (its README says why): neither a hit nor a false positive. */
  acceptable?: { category: string }[];
  clean: boolean;
}

const rules = builtinRules();

function findings(program: Program): Finding[] {
  const dir = join(__dirname, program.set, program.program);
  const source = new SourceResolver(dir);
  const all: Finding[] = [];
  for (const file of program.profiles) {
    const profile = importProfile(readFileSync(join(dir, file)), { fileName: file });
    profile.sampleTypes.forEach((type, i) => {
      if (valueKind(type) === null) return;
      all.push(...detect(new CallTree(profile, i, { granularity: 'line' }), rules, { source }));
    });
  }
  return all;
}

describe.each(SETS)('rules on held-out real profiles: test/%s', (set) => {
  const programs: Program[] = JSON.parse(readFileSync(join(__dirname, set, 'manifest.json'), 'utf8')).map((p: Program) => ({ ...p, set }));
  const results = programs.map((p) => ({ p, found: findings(p) }));

  it.each(results.filter((r) => r.p.clean).map((r) => [r.p.program, r] as const))('%s (clean) gets no finding', (_name, r) => {
    expect(r.found.map((f) => `${f.ruleId} at ${f.blame?.function ?? '?'}`)).toEqual([]);
  });

  it('finds at least 90 % of the planted categories, and nothing that was not planted', () => {
    let expected = 0;
    let hit = 0;
    const missed: string[] = [];
    const extra: string[] = [];
    for (const { p, found } of results.filter((r) => !r.p.clean)) {
      const categories = new Set(found.map((f) => f.category as string));
      const planted = new Set(p.expected.map((e) => e.category));
      for (const c of planted) {
        expected++;
        if (categories.has(c)) hit++;
        else missed.push(`${p.program}: ${c}`);
      }
      const acceptable = new Set((p.acceptable ?? []).map((a) => a.category));
      for (const c of categories) if (!planted.has(c) && !acceptable.has(c)) extra.push(`${p.program}: ${c}`);
    }
    const recall = hit / expected;
    console.log(`${set}: category recall ${hit}/${expected} = ${recall.toFixed(2)}; missed: ${missed.join(', ') || 'none'}; unplanted: ${extra.join(', ') || 'none'}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(extra).toEqual([]);
  });
});
