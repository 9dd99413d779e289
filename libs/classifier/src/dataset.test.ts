import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadExamples, loadGenerated, splitByProgram } from './dataset';
import { CLASSES } from './model';

const ROOT = join(__dirname, '..', '..', '..');

describe('data set', () => {
  const examples = loadExamples(ROOT);

  it('labels fixture and example stacks by the rule findings, never reads test/holdout', () => {
    expect(examples.length).toBeGreaterThan(300);
    expect(examples.some((e) => e.source.startsWith('test/'))).toBe(false);
    const bcrypt = examples.filter((e) => e.source === 'rules/node/bcrypt-sync/positive.yaml');
    expect(bcrypt.some((e) => CLASSES[e.label] === 'sync-crypto-on-request-path')).toBe(true);
    // The handler's own self time in that fixture is not the pattern.
    expect(bcrypt.some((e) => CLASSES[e.label] === 'none')).toBe(true);
    const clean = examples.filter((e) => e.program === 'examples/clean-compute');
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.every((e) => CLASSES[e.label] === 'none')).toBe(true);
    const orders = examples.filter((e) => e.program === 'examples/orders-api');
    expect(new Set(orders.map((e) => CLASSES[e.label]))).toContain('client-construction-in-hot-path');
  });

  it('splits by program: no program on both sides; the same seed gives the same split', () => {
    const { train, test } = splitByProgram(examples, 1);
    const trainPrograms = new Set(train.map((e) => e.program));
    expect(test.length).toBeGreaterThan(0);
    expect(test.some((e) => trainPrograms.has(e.program))).toBe(false);
    expect(splitByProgram(examples, 1).test.map((e) => e.source)).toEqual(test.map((e) => e.source));
  });

  it('labels generated programs by what was planted: stacks through the planted functions only', () => {
    const gen = loadGenerated(ROOT).filter((e) => e.program === 'generated/node/node-sync-crypto-on-request-path-00');
    if (gen.length === 0) return; // the data folder was not recorded
    const positive = gen.filter((e) => CLASSES[e.label] === 'sync-crypto-on-request-path');
    expect(positive.length).toBeGreaterThan(0);
    expect(gen.some((e) => CLASSES[e.label] === 'none')).toBe(true);
    const label = JSON.parse(readFileSync(join(ROOT, 'libs/classifier/data/node/node-sync-crypto-on-request-path-00/label.json'), 'utf8'));
    for (const e of positive) expect(e.stack.frames.some((f) => label.planted.includes(f.name))).toBe(true);
  });
});
