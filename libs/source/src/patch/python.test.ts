import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchAt } from '../../../../test/support/patch-apply';

const hasPython = spawnSync('python3', ['--version']).status === 0;

async function pyPatch(text: string, needle: string, nth = 1, category = 'regex-compilation-in-hot-path') {
  return patchAt(text, needle, category, { file: 'app/logparse.py', language: 'python', nth });
}

/** Imports the module with python3 and prints `expr`: what the original and the patched module return must match. */
function evaluate(source: string, expr: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hotpath-py-'));
  try {
    writeFileSync(join(dir, 'logparse.py'), source);
    const r = spawnSync('python3', ['-c', `import logparse\nprint(repr(${expr}))`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LOGPARSE = `"""Parses access-log lines."""
import re
from typing import Dict, List


# Key=value pairs of one line.
def fields(line: str) -> Dict[str, str]:
    out = {}
    for part in re.split(r"\\s+", line.strip()):
        m = re.match(KEY_VALUE, part, re.ASCII)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def redact(lines: List[str]) -> List[str]:
    secret = re.compile(r"(password|token)=\\S+", flags=re.IGNORECASE)
    return [secret.sub(r"\\1=***", line) for line in lines]


def ids(lines: List[str], prefix: str) -> List[str]:
    return [m for line in lines for m in re.findall(re.escape(prefix) + r"-\\d+", line)]


KEY_VALUE = r"(\\w+)=(\\S*)"
`;
const SAMPLE = `["ts=1 user=ann Token=abc route=/cart", "ts=2 password=x9 ord-17 ord-4", "  "]`;

describe('Python regular expressions', () => {
  it('moves re.split and re.match with constant patterns to module level, after the constant they read', async () => {
    const split = await pyPatch(LOGPARSE, 're.split');
    expect(split.result).toMatchObject({ description: expect.stringMatching(/at module level \(FIELDS_SPLIT_RE\).*fields/) });
    expect(split.after).toContain('FIELDS_SPLIT_RE = re.compile(r"\\s+")\n\n\n# Key=value pairs of one line.\ndef fields(');
    expect(split.after).toContain('    for part in FIELDS_SPLIT_RE.split(line.strip()):');

    const match = await pyPatch(LOGPARSE, 're.match');
    // KEY_VALUE is assigned at the end of the module: the compiled pattern has to come after it.
    expect(match.after).toMatch(/KEY_VALUE = r"\(\\w\+\)=\(\\S\*\)"\nFIELDS_MATCH_RE = re\.compile\(KEY_VALUE, re\.ASCII\)\n$/);
    expect(match.after).toContain('        m = FIELDS_MATCH_RE.match(part)\n');
    if (hasPython) {
      const expr = `[logparse.fields(l) for l in ${SAMPLE}]`;
      const before = evaluate(LOGPARSE, expr);
      expect(before).toContain("'user': 'ann'");
      expect(evaluate(split.after!, expr)).toBe(before);
      expect(evaluate(match.after!, expr)).toBe(before);
    }
  }, 60_000);

  it('moves a re.compile with keyword flags, keeping a descriptive local name', async () => {
    const { result, after } = await pyPatch(LOGPARSE, 're.compile');
    expect(result).toMatchObject({ description: expect.stringMatching(/\(SECRET\)/) });
    expect(after).toContain('SECRET = re.compile(r"(password|token)=\\S+", re.IGNORECASE)\n\n\ndef redact(');
    expect(after).toContain('    secret = SECRET\n');
    if (hasPython) {
      const expr = `logparse.redact(${SAMPLE})`;
      const before = evaluate(LOGPARSE, expr);
      expect(before).toContain('Token=***');
      expect(evaluate(after!, expr)).toBe(before);
    }
  }, 60_000);

  it('refuses a pattern built from a parameter, naming it, and a module variable a function sets through global', async () => {
    expect((await pyPatch(LOGPARSE, 're.findall')).result).toEqual({ reason: expect.stringMatching(/depends on prefix, a parameter of ids/) });
    const text = `import re

PATTERN = r"x"


def configure(p):
    global PATTERN
    PATTERN = p


def check(s):
    return re.search(PATTERN, s) is not None
`;
    expect((await pyPatch(text, 're.search')).result).toEqual({ reason: expect.stringMatching(/module variable PATTERN, which configure assigns/) });
  });

  it('refuses module-level calls, other modules and other categories', async () => {
    expect((await pyPatch('import re\n\nWORD = re.compile(r"\\w+")\n', 're.compile')).result).toEqual({ reason: expect.stringMatching(/compiled at module level, once/) });
    expect((await pyPatch('import regex as re2\n\ndef f(s):\n    return re2.match("a", s)\n', 're2.match')).result).toEqual({ reason: expect.stringMatching(/does not `import re`/) });
    expect((await pyPatch(LOGPARSE, 're.split', 1, 'client-construction-in-hot-path')).result).toEqual({ reason: 'no automatic patch for client-construction-in-hot-path in Python sources' });
  });
});
