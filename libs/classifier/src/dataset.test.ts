import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameKind } from '@hotpath/rules';
import { augment, loadExamples, splitByProgram } from './dataset';
import { CLASSES, rng } from './model';

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

  it('augmentation renames application frames and install roots, keeps library and runtime frames', () => {
    const stack = {
      share: 0.1,
      frames: [
        { name: 'processTicksAndRejections', file: 'node:internal/process/task_queues' },
        { name: 'handleOrder', file: 'file:///srv/app/src/orders.js' },
        { name: 'S3Client', file: 'file:///srv/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js' },
      ],
    };
    const a = augment(stack, rng(3));
    expect(a.frames[0]).toEqual(stack.frames[0]);
    expect(a.frames[1].name).not.toBe('handleOrder');
    expect(a.frames[1].file).not.toContain('orders');
    expect(frameKind(a.frames[1].name, a.frames[1].file)).toBe('application');
    expect(a.frames[2].name).toBe('S3Client');
    expect(a.frames[2].file).toMatch(/node_modules\/@aws-sdk\/client-s3\/dist-cjs\/index\.js$/);
    expect(augment(stack, rng(3))).toEqual(a);
    const java = augment({ share: 0.1, frames: [{ name: 'com.acme.orders.OrderService.handle', file: '' }] }, rng(4));
    expect(java.frames[0].name).not.toMatch(/acme|Order/);
    expect(java.frames[0].name.split('.')).toHaveLength(5);
  });
});
