import { describe, expect, it } from 'vitest';
import { CLASSES, argmax, forward, rng, train } from './model';

/** Two separable blobs per class over a few features. */
function toy(seed: number, n: number, F: number) {
  const r = rng(seed);
  const x = new Float32Array(n * F);
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % 3 === 0 ? CLASSES.indexOf('none') : i % 3;
    y.push(c);
    x[i * F + (c % F)] = 1;
    x[i * F + ((c + 1) % F)] = r() * 0.2;
    x[i * F + F - 1] = 1;
  }
  return { x, y };
}

describe('linear model', () => {
  it('has the DESIGN.md categories plus none', () => {
    expect(CLASSES).toContain('client-construction-in-hot-path');
    expect(CLASSES[CLASSES.length - 1]).toBe('none');
  });

  it('learns a separable problem; forward gives probabilities', () => {
    const F = 24;
    const { x, y } = toy(1, 300, F);
    const model = train(x, y, F, { seed: 7, epochs: 20 });
    const p = forward(model, x);
    for (let r = 0; r < 5; r++) {
      const row = p.subarray(r * CLASSES.length, (r + 1) * CLASSES.length);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
    const pred = argmax(p, CLASSES.length);
    expect(pred.filter((c, i) => c === y[i]).length / y.length).toBe(1);
  });

  it('is reproducible: the same seed gives the same weights, another seed others', () => {
    const F = 24;
    const { x, y } = toy(2, 120, F);
    const a = train(x, y, F, { seed: 3, epochs: 3 });
    const b = train(x, y, F, { seed: 3, epochs: 3 });
    const c = train(x, y, F, { seed: 4, epochs: 3 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Buffer.from(a.bias.buffer).equals(Buffer.from(b.bias.buffer))).toBe(true);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });
});
