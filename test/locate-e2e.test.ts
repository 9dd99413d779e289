import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'apps/cli/bin/hotpath.js');

/** What the offending expression of each category found in the examples starts with. */
const EXPRESSION: Record<string, RegExp> = {
  'sync-crypto-on-request-path': /^(?:\w+\.)?pbkdf2Sync\(/,
  'sync-io-on-request-path': /^(?:\w+\.)?\w+Sync\(/,
  'regex-compilation-in-hot-path': /^new RegExp\(/,
  'serialization-overhead': /^JSON\.parse\(JSON\.stringify\(/,
  'client-construction-in-hot-path': /^new (?:\w+\.)?(?:Agent|\w*Client)\(/,
  'locale-formatter-construction': /^(?:new Intl\.\w+\(|[\w.]+\.toLocale\w*String\()/,
  'quadratic-collection-scan': /^[\w.]+\.(?:includes|indexOf|find|filter|some)\(/,
};

interface Report {
  findings: { ruleId: string; category: string; blame?: { function: string; file: string }; stack: { function: string; file: string }[]; location?: { file: string; line: number; column: number; function: string }; patch?: string }[];
}

function analyze(profile: string, source: string): Report {
  const r = spawnSync(process.execPath, [BIN, 'analyze', profile, '--source', source, '--format', 'json'], { cwd: ROOT, maxBuffer: 64 << 20, timeout: 120_000 });
  expect(r.stderr.toString()).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout.toString());
}

for (const example of ['orders-api', 'invoice-batch']) {
  const dir = join('examples', example);
  for (const profile of readdirSync(join(ROOT, dir, 'profiles'))) {
    describe(`hotpath analyze ${dir}/profiles/${profile} --source ${dir}`, () => {
      it('gives each finding the line and column where its offending expression starts', () => {
        const report = analyze(join(dir, 'profiles', profile), dir);
        const checked = report.findings.filter((f) => EXPRESSION[f.category]);
        expect(checked.length).toBeGreaterThan(0);
        for (const f of checked) {
          expect(f.location, `${f.ruleId} has a location`).toBeDefined();
          const { file, line, column, function: fn } = f.location!;
          const text = readFileSync(join(ROOT, dir, file), 'utf8').split('\n')[line - 1];
          expect(text.slice(column - 1), `${f.ruleId} at ${file}:${line}:${column}`).toMatch(EXPRESSION[f.category]);
          if (!f.blame) continue;
          // A client's own constructor is blamed, but the located `new Client(` is in the function that called it.
          const i = f.stack.findIndex((s) => s.function === f.blame!.function && s.file === f.blame!.file);
          expect([f.blame.function, f.stack[i - 1]?.function]).toContain(fn);
          if (fn !== f.blame.function) expect(text.slice(column - 1)).toMatch(new RegExp(`^new ${f.blame.function}\\(`));
        }
      });
    });
  }
}
