import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainModel } from './train';
import { StackClassifier } from './onnx';
import { featureMatrix } from './features';
import { forward } from './model';

const ROOT = join(__dirname, '..', '..', '..');

describe('train:model', () => {
  it('is reproducible (same seed, same bytes), scores the test programs, and the model runs in onnxruntime', async () => {
    const opts = { repoRoot: ROOT, seed: 1, augmentations: 1, train: { epochs: 3 } };
    const a = trainModel(opts);
    const b = trainModel(opts);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.testPrograms.some((p) => a.trainPrograms.includes(p))).toBe(false);
    expect(a.test.find((s) => s.category === 'none')!.support).toBeGreaterThan(0);
    const clf = await StackClassifier.fromBytes(a.bytes);
    const x = featureMatrix([{ share: 0.2, frames: [{ name: 'main', file: '/srv/app/a.js' }, { name: 'JSON.parse', file: '' }] }]);
    const got = await clf.run(x);
    const want = forward(a.model, x);
    for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i])).toBeLessThan(1e-5);
  }, 300_000);

  it.skipIf(!existsSync(join(ROOT, 'models', 'stack-classifier.onnx')))(
    'models/stack-classifier.onnx is what `npm run train:model` writes with seed 1, and it loads',
    async () => {
      const shipped = readFileSync(join(ROOT, 'models', 'stack-classifier.onnx'));
      const run = trainModel({ repoRoot: ROOT, seed: 1 });
      expect(Buffer.from(run.bytes).equals(shipped)).toBe(true);
      const clf = await StackClassifier.load(join(ROOT, 'models', 'stack-classifier.onnx'));
      const [p] = await clf.classify([
        {
          share: 0.2,
          frames: [
            { name: 'main.main', file: '/src/main.go' },
            { name: 'main.render', file: '/src/render.go' },
            { name: 'fmt.Sprintf', file: '/usr/lib/go/src/fmt/print.go' },
            { name: 'fmt.(*pp).doPrintf', file: '/usr/lib/go/src/fmt/print.go' },
          ],
        },
      ]);
      expect(p.category).toBe('string-formatting-overhead');
    },
    // A full training run: about two minutes alone on two cores, more beside the other test files.
    600_000,
  );
});
