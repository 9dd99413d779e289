import { builtinRules, checkRule } from '@hotpath/rules';
import { UsageError } from './usage';

/** `hotpath rules list|test`: the rule library, and its self-check against its fixtures. */
export function rulesCommand(args: string[]): number {
  const [sub, ...rest] = args;
  const rules = builtinRules();
  if (sub === 'list') {
    if (rest.includes('--format') && rest[rest.indexOf('--format') + 1] === 'json') {
      process.stdout.write(JSON.stringify(rules.map((r) => ({ ...r.spec })), null, 2) + '\n');
      return 0;
    }
    for (const r of rules) {
      process.stdout.write(`${r.id.padEnd(44)} ${r.spec.severity.padEnd(6)} ${r.spec.category}\n`);
    }
    process.stdout.write(`${rules.length} rules\n`);
    return 0;
  }
  if (sub === 'test') {
    let failed = 0;
    for (const r of rules) {
      const check = checkRule(r, rules);
      if (check.problems.length) {
        failed++;
        process.stdout.write(`FAIL ${r.id}\n${check.problems.map((p) => `     ${p}\n`).join('')}`);
      } else {
        process.stdout.write(`ok   ${r.id} (${check.fixtures.length} fixtures)\n`);
      }
    }
    process.stdout.write(`${rules.length - failed} passed, ${failed} failed\n`);
    return failed ? 1 : 0;
  }
  throw new UsageError(`unknown rules command "${sub ?? ''}" (list or test)`);
}
