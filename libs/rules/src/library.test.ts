import { describe, expect, it } from 'vitest';
import { builtinRules, checkRule, RUNTIMES } from '@hotpath/rules';
import { CATEGORIES } from '@hotpath/report';

// The rule library lints itself: every rule loads against the schema, has a
// doc and fixtures, its positive fixtures fire and its negative ones do not.
describe('the rule library', () => {
  const rules = builtinRules();

  it.each(rules.map((r) => [r.id, r] as const))('%s passes its own fixtures', (_id, rule) => {
    expect(checkRule(rule, rules).problems).toEqual([]);
  });

  it('ids are unique', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('lists only known categories and runtimes', () => {
    for (const r of rules) {
      expect(CATEGORIES).toContain(r.spec.category);
      for (const rt of r.spec.runtimes) expect(RUNTIMES).toContain(rt);
    }
  });
});
