import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CallTree } from '@hotpath/analysis';
import { fixtureSource, parseFixture } from './fixture';
import { detect } from './detect';
import { loadRules } from './loader';
import type { Rule } from './rule';

/** The project's rule library: `rules/` at the repository root (beside libs/). */
export const RULES_DIR = resolve(__dirname, '..', '..', '..', 'rules');

let cached: Rule[] | undefined;

/** The project's rules, loaded once per process. */
export function builtinRules(): Rule[] {
  return (cached ??= loadRules(RULES_DIR));
}

export interface RuleCheck {
  rule: string;
  problems: string[];
  fixtures: { file: string; expect: 'fire' | 'silent'; fired: boolean }[];
}

/**
 * The library checks itself: every rule needs a doc and at least one
 * positive and one negative fixture; each positive must make the rule fire
 * and each negative must not, with every other rule loaded too (so a rule
 * that another one shadows is caught).
 */
export function checkRule(rule: Rule, all: readonly Rule[]): RuleCheck {
  const check: RuleCheck = { rule: rule.id, problems: [], fixtures: [] };
  const files = existsSync(rule.dir) ? readdirSync(rule.dir) : [];
  const doc = join(rule.dir, 'README.md');
  if (!existsSync(doc) || readFileSync(doc, 'utf8').trim().length < 40) check.problems.push('no documentation (README.md)');
  const positives = files.filter((f) => /^positive.*\.yaml$/.test(f));
  const negatives = files.filter((f) => /^negative.*\.yaml$/.test(f));
  if (positives.length === 0) check.problems.push('no positive fixture (positive*.yaml)');
  if (negatives.length === 0) check.problems.push('no negative fixture (negative*.yaml)');
  for (const [list, expect] of [[positives, 'fire'], [negatives, 'silent']] as const) {
    for (const f of list) {
      const file = join(rule.dir, f);
      let fired = false;
      try {
        const text = readFileSync(file, 'utf8');
        const profile = parseFixture(text, file);
        const found = detect(new CallTree(profile, 0, { granularity: 'line' }), all, { source: fixtureSource(text) });
        fired = found.some((x) => x.ruleId === rule.id);
      } catch (err) {
        check.problems.push(`${f}: ${(err as Error).message}`);
        continue;
      }
      check.fixtures.push({ file: f, expect, fired });
      if ((expect === 'fire') !== fired) check.problems.push(`${f}: expected the rule to ${expect === 'fire' ? 'fire' : 'stay silent'}`);
    }
  }
  return check;
}
