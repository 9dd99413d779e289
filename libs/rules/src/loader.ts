import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { Rule } from './rule';
import { RULE_SCHEMA, RuleSpec } from './schema';

/** A rule file that cannot be used: names the file and what is wrong with it. */
export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'RuleFileError';
  }
}

// strictRequired is off: `anyOf: [{required: [frames]}, {required: [self]}]` names properties defined beside it.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile<RuleSpec>(RULE_SCHEMA);

/** Parses and validates one rule file's text; `file` is only for messages. */
export function parseRule(text: string, file: string, dir = ''): Rule {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new RuleFileError(file, `not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(top)'} ${e.message}`);
    throw new RuleFileError(file, problems.join('; '));
  }
  if (data.match.self?.source) {
    try {
      new RegExp(data.match.self.source);
    } catch (err) {
      throw new RuleFileError(file, `bad regular expression ${JSON.stringify(data.match.self.source)}: ${(err as Error).message}`);
    }
  }
  const signatures = [...(data.match.frames ?? []), ...(data.match.notBeneath ?? []), ...(data.match.beneath ?? []), ...(data.match.self?.functions ?? [])];
  for (const sig of signatures) {
    for (const pattern of [sig.nameMatches, sig.file, sig.module]) {
      if (pattern === undefined) continue;
      try {
        new RegExp(pattern);
      } catch (err) {
        throw new RuleFileError(file, `bad regular expression ${JSON.stringify(pattern)}: ${(err as Error).message}`);
      }
    }
  }
  return new Rule(data, dir);
}

/**
 * Loads every rule under `root` (`<runtime>/<name>/rule.yaml`). The folder
 * layout is part of the contract: the runtime folder must be one of the
 * rule's runtimes and the rule's id must be `<runtime>.<name>`.
 */
export function loadRules(root: string): Rule[] {
  const rules: Rule[] = [];
  const ids = new Map<string, string>();
  for (const runtime of readdirSync(root).sort()) {
    const runtimeDir = join(root, runtime);
    if (!statSync(runtimeDir).isDirectory()) continue;
    for (const name of readdirSync(runtimeDir).sort()) {
      const dir = join(runtimeDir, name);
      const file = join(dir, 'rule.yaml');
      if (!statSync(dir).isDirectory() || !existsSync(file)) continue;
      const shown = relative(process.cwd(), file) || file;
      const rule = parseRule(readFileSync(file, 'utf8'), shown, dir);
      if (rule.id !== `${runtime}.${name}`) throw new RuleFileError(shown, `id ${rule.id} does not match its folder (${runtime}.${name})`);
      const previous = ids.get(rule.id);
      if (previous) throw new RuleFileError(shown, `id ${rule.id} is also used by ${previous}`);
      ids.set(rule.id, shown);
      rules.push(rule);
    }
  }
  return rules;
}
