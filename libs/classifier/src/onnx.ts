import { readFileSync, statSync } from 'node:fs';
import { onnx } from 'onnx-proto';
import type { InferenceSession as Session } from 'onnxruntime-node';
import { featureMatrix, type StackInput } from './features';
import type { LinearModel } from './model';

export const INPUT_NAME = 'features';
export const OUTPUT_NAME = 'probabilities';
export const OPSET = 13;

/**
 * The model as ONNX bytes: features float[N, F] → MatMul(W [F, C]) → Add(b [C])
 * → Softmax(axis 1) → probabilities float[N, C]. Class names go in the
 * metadata (`classes`, comma-separated, in output order). Initialisers are
 * stored as raw little-endian float32, and nothing time- or host-dependent is
 * written, so the same weights give the same bytes.
 */
export function exportOnnx(model: LinearModel, metadata: Record<string, string> = {}): Uint8Array {
  const F = model.features;
  const C = model.classes.length;
  const floatTensor = (name: string, dims: number[], data: Float32Array) =>
    onnx.TensorProto.create({ name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: littleEndian(data) });
  const valueInfo = (name: string, dims: (number | string)[]) =>
    onnx.ValueInfoProto.create({
      name,
      type: {
        tensorType: {
          elemType: onnx.TensorProto.DataType.FLOAT,
          shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
        },
      },
    });
  const graph = onnx.GraphProto.create({
    name: 'stack-classifier',
    node: [
      onnx.NodeProto.create({ name: 'matmul', opType: 'MatMul', input: [INPUT_NAME, 'W'], output: ['logits_raw'] }),
      onnx.NodeProto.create({ name: 'add', opType: 'Add', input: ['logits_raw', 'b'], output: ['logits'] }),
      onnx.NodeProto.create({
        name: 'softmax',
        opType: 'Softmax',
        input: ['logits'],
        output: [OUTPUT_NAME],
        attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 1 }],
      }),
    ],
    initializer: [floatTensor('W', [F, C], model.weights), floatTensor('b', [C], model.bias)],
    input: [valueInfo(INPUT_NAME, ['N', F])],
    output: [valueInfo(OUTPUT_NAME, ['N', C])],
  });
  const meta = { classes: model.classes.join(','), ...metadata };
  const proto = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'hotpath',
    producerVersion: '0.1.0',
    domain: 'dev.hotpath',
    modelVersion: 1,
    docString: 'hotpath stack classifier: softmax linear model over hashed frame tokens (libs/classifier/src/features.ts)',
    opsetImport: [{ domain: '', version: OPSET }],
    metadataProps: Object.keys(meta)
      .sort()
      .map((key) => ({ key, value: meta[key as keyof typeof meta] })),
    graph,
  });
  return onnx.ModelProto.encode(proto).finish();
}

function littleEndian(data: Float32Array): Uint8Array {
  const out = new Uint8Array(data.length * 4);
  const view = new DataView(out.buffer);
  data.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return out;
}

/** The class names stored in an exported model's metadata. */
export function onnxClasses(bytes: Uint8Array): string[] {
  const m = onnx.ModelProto.decode(bytes);
  const entry = m.metadataProps.find((p) => p.key === 'classes');
  return entry?.value ? entry.value.split(',') : [];
}

/** Model files larger than this are refused: the shipped one is about 140 KB. */
export const MAX_MODEL_BYTES = 64 * 1024 * 1024;

/** The model file could not be used; the message names the file and the problem. */
export class ModelFileError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`stack classifier model ${path}: ${problem} (run \`npm run train:model\`, or analyze with --no-model)`);
  }
}

function readModel(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new ModelFileError(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (e as Error).message);
  }
  if (size > MAX_MODEL_BYTES) throw new ModelFileError(path, `${size} bytes, over the limit of ${MAX_MODEL_BYTES}`);
  return readFileSync(path);
}

/**
 * An ONNX stack classifier loaded in onnxruntime-node. One session per model
 * file per process: `StackClassifier.load` caches it, and `classify` scores all
 * stacks in one batched run.
 */
export class StackClassifier {
  private static readonly sessions = new Map<string, Promise<StackClassifier>>();

  private constructor(
    private readonly session: Session,
    readonly classes: readonly string[],
    readonly features: number,
  ) {}

  /** The classifier for the model file at `path`, created once per process. */
  static load(path: string): Promise<StackClassifier> {
    let s = StackClassifier.sessions.get(path);
    if (!s) {
      s = StackClassifier.fromBytes(readModel(path));
      StackClassifier.sessions.set(path, s);
      s.catch(() => StackClassifier.sessions.delete(path));
    }
    return s;
  }

  /** A classifier from model bytes (a new session: prefer `load` for files). */
  static async fromBytes(bytes: Uint8Array): Promise<StackClassifier> {
    const ort = await import('onnxruntime-node');
    // One thread each: the model is a few small MatMuls, and onnxruntime's
    // default thread pool spins after every run, which cost a worker about
    // 13 ms of CPU per profile (0.17 ms with one thread).
    const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1 });
    const m = onnx.ModelProto.decode(bytes);
    const input = m.graph?.input?.[0];
    const dims = input?.type?.tensorType?.shape?.dim ?? [];
    const features = Number(dims[1]?.dimValue ?? 0);
    return new StackClassifier(session, onnxClasses(bytes), features);
  }

  /** Probabilities for `rows` feature rows (row-major [rows × features]), one batched run. */
  async run(x: Float32Array, rows = x.length / this.features): Promise<Float32Array> {
    if (rows === 0) return new Float32Array(0);
    const ort = await import('onnxruntime-node');
    const tensor = new ort.Tensor('float32', x.subarray(0, rows * this.features), [rows, this.features]);
    const result = await this.session.run({ [INPUT_NAME]: tensor });
    return result[OUTPUT_NAME].data as Float32Array;
  }

  /** Each stack's most likely class, its probability and all probabilities (by class name), in one batched run. */
  async classify(stacks: readonly StackInput[]): Promise<StackPrediction[]> {
    const C = this.classes.length;
    const p = await this.run(featureMatrix(stacks), stacks.length);
    return stacks.map((_, r) => {
      const row = p.subarray(r * C, (r + 1) * C);
      let best = 0;
      for (let c = 1; c < C; c++) if (row[c] > row[best]) best = c;
      const probabilities: Record<string, number> = {};
      this.classes.forEach((name, c) => (probabilities[name] = row[c]));
      return { category: this.classes[best], confidence: row[best], probabilities };
    });
  }
}

export interface StackPrediction {
  /** A category of DESIGN.md, or 'none'. */
  category: string;
  confidence: number;
  probabilities: Record<string, number>;
}
