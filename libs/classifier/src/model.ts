import { CATEGORIES } from '@hotpath/report';

/** The classes the model predicts: the categories of DESIGN.md, then 'none'. */
export const CLASSES: readonly string[] = [...CATEGORIES, 'none'];

/**
 * A softmax linear model: p = softmax(x · W + b), W [features × classes]
 * row-major, b [classes]. Weights are float32, as the ONNX export stores them.
 */
export interface LinearModel {
  features: number;
  classes: readonly string[];
  weights: Float32Array;
  bias: Float32Array;
}

export interface TrainOptions {
  seed: number;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  /** Per-class loss weights (rare classes count more); default 1 each. */
  classWeights?: readonly number[];
}

/** mulberry32: a small seeded PRNG, the only source of randomness in training. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The model's probabilities for `rows` inputs of x (row-major [rows × features]),
 * computed the way ONNX Runtime does: float32 weights, max-subtracted softmax.
 */
export function forward(model: LinearModel, x: Float32Array, rows = x.length / model.features): Float32Array {
  const F = model.features;
  const C = model.classes.length;
  const out = new Float32Array(rows * C);
  const z = new Float64Array(C);
  const m = sparseRows(x, rows, F);
  for (let r = 0; r < rows; r++) {
    logits(model.weights, model.bias, m, r, z);
    softmax(z);
    for (let c = 0; c < C; c++) out[r * C + c] = z[c];
  }
  return out;
}

/** z = b + row r of x · W, over the row's non-zero features in ascending order (training and forward alike). */
function logits(W: ArrayLike<number>, b: ArrayLike<number>, x: SparseRows, r: number, z: Float64Array): void {
  const C = z.length;
  for (let c = 0; c < C; c++) z[c] = b[c];
  for (let j = x.start[r]; j < x.start[r + 1]; j++) {
    const v = x.value[j];
    const row = x.index[j] * C;
    for (let c = 0; c < C; c++) z[c] += v * W[row + c];
  }
}

function softmax(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c] - max);
  for (let c = 0; c < z.length; c++) z[c] /= sum;
}

/**
 * Trains by mini-batch SGD on the cross-entropy with L2. Deterministic: the
 * initial weights and the order of examples come from the seed alone, and all
 * arithmetic runs in a fixed order, so the same data and seed give the same weights.
 */
export function train(x: Float32Array, y: readonly number[], features: number, options: TrainOptions): LinearModel {
  const C = CLASSES.length;
  const F = features;
  const n = y.length;
  const epochs = options.epochs ?? 30;
  const batch = options.batchSize ?? 32;
  const lr0 = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const cw = options.classWeights ?? new Array<number>(C).fill(1);
  const random = rng(options.seed);
  const W = new Float64Array(F * C);
  for (let i = 0; i < W.length; i++) W[i] = (random() - 0.5) * 0.01;
  const b = new Float64Array(C);
  const order = Array.from({ length: n }, (_, i) => i);
  const z = new Float64Array(C);
  const gradB = new Float64Array(C);
  const touched = new Map<number, Float64Array>();
  // The rows are sparse (a few dozen of ~2 000 features set): walk only their non-zeros.
  const rows = sparseRows(x, n, F);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = lr0 / (1 + epoch * 0.1);
    for (let start = 0; start < n; start += batch) {
      const end = Math.min(n, start + batch);
      gradB.fill(0);
      touched.clear();
      for (let k = start; k < end; k++) {
        const r = order[k];
        logits(W, b, rows, r, z);
        softmax(z);
        const w = cw[y[r]];
        for (let c = 0; c < C; c++) z[c] = w * (z[c] - (c === y[r] ? 1 : 0));
        for (let c = 0; c < C; c++) gradB[c] += z[c];
        for (let j = rows.start[r]; j < rows.start[r + 1]; j++) {
          const f = rows.index[j];
          const v = rows.value[j];
          let g = touched.get(f);
          if (!g) touched.set(f, (g = new Float64Array(C)));
          for (let c = 0; c < C; c++) g[c] += v * z[c];
        }
      }
      const m = end - start;
      const step = lr / m;
      // L2 decay on all weights, once per batch (lazy over untouched rows would change results by order).
      const decay = 1 - lr * l2;
      for (let i = 0; i < W.length; i++) W[i] *= decay;
      const keys = [...touched.keys()].sort((a, c) => a - c);
      for (const f of keys) {
        const g = touched.get(f)!;
        for (let c = 0; c < C; c++) W[f * C + c] -= step * g[c];
      }
      for (let c = 0; c < C; c++) b[c] -= step * gradB[c];
    }
  }
  return { features: F, classes: CLASSES, weights: Float32Array.from(W), bias: Float32Array.from(b) };
}

/** The non-zero entries of a row-major [rows × features] matrix, row by row (CSR), features ascending. */
interface SparseRows {
  start: Uint32Array;
  index: Uint32Array;
  value: Float32Array;
}

function sparseRows(x: Float32Array, rows: number, features: number): SparseRows {
  let nnz = 0;
  for (let i = 0; i < rows * features; i++) if (x[i] !== 0) nnz++;
  const start = new Uint32Array(rows + 1);
  const index = new Uint32Array(nnz);
  const value = new Float32Array(nnz);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    start[r] = k;
    for (let f = 0; f < features; f++) {
      const v = x[r * features + f];
      if (v === 0) continue;
      index[k] = f;
      value[k++] = v;
    }
  }
  start[rows] = k;
  return { start, index, value };
}

/** The index of the largest value in each row of p ([rows × classes]). */
export function argmax(p: Float32Array, classes: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < p.length / classes; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (p[r * classes + c] > p[r * classes + best]) best = c;
    out.push(best);
  }
  return out;
}
