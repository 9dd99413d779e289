import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitApply } from '../../../../test/support/patch-apply';
import { parseSource } from '../parser';
import { hasSyntaxError } from './ast';
import { buildPatch, INTERNAL_ERROR } from './index';

/**
 * Every line of the example programs, asked for a patch under every patchable category: no request
 * may throw, and every patch offered must apply with `git apply` and leave a file that parses.
 * (Most lines hold no such pattern: this checks that the builders refuse cleanly, too.)
 */
const EXAMPLES = join(__dirname, '../../../../examples');
const CATEGORIES = ['client-construction-in-hot-path', 'regex-compilation-in-hot-path', 'locale-formatter-construction', 'quadratic-collection-scan', 'sync-io-on-request-path'];

const files = ['orders-api', 'invoice-batch', 'clean-compute'].flatMap((dir) =>
  readdirSync(join(EXAMPLES, dir))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f)),
);

describe('every line of the examples, every category', () => {
  it.each(files)('%s', async (file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    const lines = text.split('\n');
    let patches = 0;
    for (let i = 0; i < lines.length; i++) {
      const column = Math.max(1, lines[i]!.search(/\S/) + 1);
      for (const category of CATEGORIES) {
        const r = await buildPatch({ file, text, language: 'javascript', line: i + 1, column, category, ruleId: 'sweep' });
        if ('reason' in r) {
          expect(r.reason.length, `${file}:${i + 1} ${category}`).toBeGreaterThan(10);
          expect(r.reason, `${file}:${i + 1} ${category}`).not.toContain(INTERNAL_ERROR);
          continue;
        }
        patches++;
        const after = gitApply(file, text, r.patch);
        const tree = await parseSource(after, 'javascript');
        try {
          expect(hasSyntaxError(tree.rootNode), `${file}:${i + 1} ${category}\n${r.patch}`).toBe(false);
        } finally {
          tree.delete();
        }
      }
    }
    expect(patches).toBeGreaterThanOrEqual(0);
  });
});
