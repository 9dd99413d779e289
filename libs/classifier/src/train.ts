import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { featureMatrix, FEATURES } from './features';
import { augment, classCounts, loadExamples, splitByProgram, type Example } from './dataset';
import { argmax, CLASSES, forward, rng, train, type LinearModel, type TrainOptions } from './model';
import { exportOnnx } from './onnx';

export interface TrainRunOptions {
  repoRoot: string;
  seed?: number;
  /** Renamed copies per training stack. */
  augmentations?: number;
  train?: Partial<TrainOptions>;
}

export interface ClassScore {
  category: string;
  support: number;
  precision: number;
  recall: number;
}

export interface TrainRun {
  model: LinearModel;
  bytes: Uint8Array;
  trainPrograms: string[];
  testPrograms: string[];
  trainExamples: number;
  testExamples: number;
  /** On the held-out programs, as recorded. */
  test: ClassScore[];
  /** On the held-out programs with their application names renamed. */
  testRenamed: ClassScore[];
}

/** Builds the data set, trains on the training programs, scores the test programs, exports ONNX. */
export function trainModel(options: TrainRunOptions): TrainRun {
  const seed = options.seed ?? 1;
  const all = loadExamples(options.repoRoot);
  const { train: trainSet, test: testSet } = splitByProgram(all, seed);
  const random = rng(seed ^ 0x9e3779b9);
  const copies = options.augmentations ?? 3;
  const augmented: Example[] = [];
  for (const e of trainSet) {
    augmented.push(e);
    for (let k = 0; k < copies; k++) augmented.push({ ...e, stack: augment(e.stack, random) });
  }
  const counts = classCounts(augmented);
  const max = Math.max(...counts);
  // Rare classes weigh more (square root of the imbalance, capped), absent ones not at all.
  const classWeights = counts.map((c) => (c ? Math.min(Math.sqrt(max / c), 10) : 0));
  const model = train(featureMatrix(augmented.map((e) => e.stack)), augmented.map((e) => e.label), FEATURES, {
    seed,
    epochs: 25,
    batchSize: 32,
    learningRate: 0.5,
    l2: 1e-4,
    classWeights,
    ...options.train,
  });
  const renamedRandom = rng(seed ^ 0x5bd1e995);
  return {
    model,
    bytes: exportOnnx(model, { seed: String(seed), features: 'libs/classifier/src/features.ts' }),
    trainPrograms: [...new Set(trainSet.map((e) => e.program))],
    testPrograms: [...new Set(testSet.map((e) => e.program))],
    trainExamples: augmented.length,
    testExamples: testSet.length,
    test: score(model, testSet),
    testRenamed: score(model, testSet.map((e) => ({ ...e, stack: augment(e.stack, renamedRandom) }))),
  };
}

export function score(model: LinearModel, examples: readonly Example[]): ClassScore[] {
  const C = CLASSES.length;
  const pred = argmax(forward(model, featureMatrix(examples.map((e) => e.stack))), C);
  return CLASSES.map((category, c) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((e, i) => {
      if (pred[i] === c && e.label === c) tp++;
      else if (pred[i] === c) fp++;
      else if (e.label === c) fn++;
    });
    return { category, support: tp + fn, precision: tp + fp ? tp / (tp + fp) : NaN, recall: tp + fn ? tp / (tp + fn) : NaN };
  }).filter((s) => s.support > 0 || s.precision === s.precision);
}

export function formatScores(scores: readonly ClassScore[]): string {
  const pct = (v: number) => (Number.isNaN(v) ? '   -' : `${(v * 100).toFixed(0).padStart(3)}%`);
  return scores.map((s) => `${s.category.padEnd(34)} support ${String(s.support).padStart(4)}  precision ${pct(s.precision)}  recall ${pct(s.recall)}`).join('\n');
}

function main(): void {
  const repoRoot = resolve(__dirname, '..', '..', '..');
  const seed = Number(process.env.SEED ?? 1);
  const run = trainModel({ repoRoot, seed });
  const out = join(repoRoot, 'models', 'stack-classifier.onnx');
  mkdirSync(join(repoRoot, 'models'), { recursive: true });
  writeFileSync(out, run.bytes);
  console.log(`train programs (${run.trainPrograms.length}): ${run.trainExamples} stacks with augmentation`);
  console.log(`test programs (${run.testPrograms.length}): ${run.testPrograms.join(', ')}; ${run.testExamples} stacks`);
  console.log('\non the test programs:\n' + formatScores(run.test));
  console.log('\non the test programs, application names renamed:\n' + formatScores(run.testRenamed));
  console.log(`\nwrote ${out} (${run.bytes.length} bytes, seed ${seed})`);
}

if (require.main === module) main();
