import { describe, expect, it } from 'vitest';
import { FEATURES, featureMatrix } from './features';
import { CLASSES, forward, rng, train } from './model';
import { ModelFileError, StackClassifier, exportOnnx, onnxClasses } from './onnx';

function toyData(seed: number, n: number) {
  const r = rng(seed);
  const x = new Float32Array(n * FEATURES);
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(r() * CLASSES.length);
    y.push(c);
    for (let k = 0; k < 6; k++) x[i * FEATURES + ((c * 97 + k * 13) % FEATURES)] = 1;
    x[i * FEATURES + Math.floor(r() * FEATURES)] = r();
  }
  return { x, y };
}

describe('ONNX export and inference', () => {
  const { x, y } = toyData(11, 200);
  const model = train(x, y, FEATURES, { seed: 5, epochs: 2 });

  it('loads in onnxruntime-node and gives the same outputs as forward() on fixed inputs', async () => {
    const bytes = exportOnnx(model);
    expect(onnxClasses(bytes)).toEqual(CLASSES);
    const clf = await StackClassifier.fromBytes(bytes);
    expect(clf.features).toBe(FEATURES);
    const fixed = featureMatrix([
      { share: 0.3, frames: [{ name: 'main', file: '/srv/app/a.js' }, { name: 'JSON.parse', file: '' }] },
      { share: 0.05, frames: [{ name: 'main.main', file: '/src/main.go' }, { name: 'regexp.MustCompile', file: '/usr/lib/go/src/regexp/regexp.go' }] },
    ]);
    const batch = new Float32Array(fixed.length + x.length);
    batch.set(fixed);
    batch.set(x, fixed.length);
    const got = await clf.run(batch);
    const want = forward(model, batch);
    expect(got.length).toBe(want.length);
    let maxDiff = 0;
    for (let i = 0; i < got.length; i++) maxDiff = Math.max(maxDiff, Math.abs(got[i] - want[i]));
    expect(maxDiff).toBeLessThan(1e-5);
  });

  it('classify() scores all stacks in one run, with a probability per class', async () => {
    const clf = await StackClassifier.fromBytes(exportOnnx(model));
    const stacks = [
      { share: 0.3, frames: [{ name: 'main', file: '/srv/app/a.js' }, { name: 'JSON.parse', file: '' }] },
      { share: 0.1, frames: [{ name: 'main', file: '/srv/app/a.js' }] },
    ];
    const out = await clf.classify(stacks);
    expect(out).toHaveLength(2);
    const want = forward(model, featureMatrix(stacks));
    out.forEach((o, r) => {
      expect(Object.keys(o.probabilities)).toEqual([...CLASSES]);
      expect(o.confidence).toBe(Math.max(...Object.values(o.probabilities)));
      expect(o.probabilities[o.category]).toBeCloseTo(Math.max(...want.subarray(r * CLASSES.length, (r + 1) * CLASSES.length)), 5);
    });
    expect(await clf.classify([])).toEqual([]);
  });

  it('the same seed gives identical model bytes', () => {
    const a = exportOnnx(train(x, y, FEATURES, { seed: 9, epochs: 1 }));
    const b = exportOnnx(train(x, y, FEATURES, { seed: 9, epochs: 1 }));
    const c = exportOnnx(train(x, y, FEATURES, { seed: 10, epochs: 1 }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('load() creates one session per model file per process', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'clf-')), 'm.onnx');
    writeFileSync(file, exportOnnx(model));
    const [a, b] = await Promise.all([StackClassifier.load(file), StackClassifier.load(file)]);
    expect(a).toBe(b);
    expect(await StackClassifier.load(file)).toBe(a);
  });

  it('names a missing model file and how to go on', async () => {
    await expect(() => StackClassifier.load('/nonexistent/stack-classifier.onnx')).toThrow(ModelFileError);
    await expect(() => StackClassifier.load('/nonexistent/stack-classifier.onnx')).toThrow(/not found.*--no-model/);
  });
});
