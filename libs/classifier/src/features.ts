import type { CallTree, HotStack } from '@hotpath/analysis';
import { canonicalName, frameKind, moduleOf, type FrameKind } from '@hotpath/rules';

/**
 * The feature vector of a hot stack. Everything the classifier sees is here,
 * in a fixed layout of FEATURES floats:
 *
 * [0, HASH_BUCKETS)  hashed tokens (FNV-1a 32-bit, modulo HASH_BUCKETS). Each
 *   token is prefixed with its group before hashing, so the same word counts
 *   differently by where it was seen. Groups (each an indicator set, scaled by
 *   1/sqrt(size of the set) so long stacks do not outweigh short ones):
 *   - `w:` word tokens of the last WINDOW frames (the leaf end, where the cost is);
 *   - `b:` word bigrams inside one frame name of those frames (`new client`, `json parse`);
 *   - `c:` character trigrams of those words, padded with a space (` re`, `reg`, `ege`, …), so
 *     related spellings (`regex`, `regexp`, `RegularExpressions`) share buckets;
 *   - `l:` word tokens of the leaf frame alone, and `L:` its whole canonical name;
 *   - `m:` the modules (npm/Python package, Java class, Go package) of the last WINDOW frames;
 *   - `f:` file base names (without extension) of the last WINDOW frames;
 *   - `k:` the sequence of frame kinds of the last 3 frames (`k:library>runtime>runtime`).
 *   Words come from frame names split on `.`, `/`, `:`, `$`, `_`, punctuation and
 *   camelCase boundaries, lower-cased, digits-only words dropped.
 * Then the dense features, from DENSE_OFFSET:
 *   0 depth / 64 (clamped to 1); 1 leaf is application; 2 leaf is library; 3 leaf is runtime;
 *   4–6 share of application / library / runtime frames in the whole stack;
 *   7–9 the same over the last WINDOW frames; 10 the stack's share (leaf self / profile total);
 *   11 sqrt of the share; 12 the leaf frame's self share; 13 the leaf frame's total share;
 *   14 distance from the leaf to the nearest application frame / WINDOW (1 when none within it);
 *   15 1 when the stack has an application frame; 16 bias-like constant 1.
 */
export const HASH_BUCKETS = 2048;
export const WINDOW = 8;
export const DENSE = 17;
export const DENSE_OFFSET = HASH_BUCKETS;
export const FEATURES = HASH_BUCKETS + DENSE;

export interface StackFrameInput {
  name: string;
  file: string;
  /** This function's self value / profile total, when known. */
  self?: number;
  /** This function's total (inclusive) value / profile total, when known. */
  total?: number;
}

export interface StackInput {
  /** Root first. */
  frames: StackFrameInput[];
  /** The stack's own share of the profile (the leaf's self value on this path / total). */
  share: number;
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `s`. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The words of a frame name or path: split on punctuation, snake_case and camelCase, lower-cased. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    // `S3Client` → S3, Client; `parseJSONBody` → parse, JSON, Body; `HTTPServer` → HTTP, Server.
    const pieces = part.match(/[A-Z]+(?![a-z])[0-9]*|[A-Z]?[a-z]+[0-9]*|[0-9]+/g) ?? [part];
    for (const p of pieces) if (!/^[0-9]+$/.test(p)) out.push(p.toLowerCase());
  }
  return out;
}

function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? '';
  return last.replace(/\.[A-Za-z0-9]+$/, '').replace(/:\d+$/, '');
}

const KIND_INDEX: Record<FrameKind, number> = { application: 0, library: 1, runtime: 2 };

/** The feature vector of one stack (see the layout above). */
export function stackFeatures(stack: StackInput, out = new Float32Array(FEATURES)): Float32Array {
  out.fill(0);
  const frames = stack.frames;
  const n = frames.length;
  const kinds = frames.map((f) => frameKind(f.name, f.file));
  const groups = new Map<string, Set<string>>();
  const add = (group: string, token: string) => {
    let set = groups.get(group);
    if (!set) groups.set(group, (set = new Set()));
    set.add(token);
  };
  const from = Math.max(0, n - WINDOW);
  for (let i = from; i < n; i++) {
    const name = canonicalName(frames[i].name);
    const ws = words(name);
    for (const w of ws) add('w', w);
    for (let k = 0; k + 1 < ws.length; k++) add('b', `${ws[k]} ${ws[k + 1]}`);
    for (const w of ws) for (let k = 0; k + 3 <= w.length + 2; k++) add('c', ` ${w} `.slice(k, k + 3));
    const mod = moduleOf(name, frames[i].file);
    if (mod) add('m', mod.toLowerCase());
    const base = baseName(frames[i].file);
    if (base) add('f', base.toLowerCase());
  }
  if (n > 0) {
    const leaf = canonicalName(frames[n - 1].name);
    for (const w of words(leaf)) add('l', w);
    add('L', leaf.toLowerCase());
    add('k', kinds.slice(Math.max(0, n - 3)).join('>'));
  }
  for (const [group, tokens] of groups) {
    const weight = 1 / Math.sqrt(tokens.size);
    for (const t of tokens) out[fnv1a(`${group}:${t}`) % HASH_BUCKETS] += weight;
  }

  const d = DENSE_OFFSET;
  out[d] = Math.min(n / 64, 1);
  if (n > 0) out[d + 1 + KIND_INDEX[kinds[n - 1]]] = 1;
  const all = [0, 0, 0];
  const win = [0, 0, 0];
  kinds.forEach((k, i) => {
    all[KIND_INDEX[k]]++;
    if (i >= from) win[KIND_INDEX[k]]++;
  });
  for (let k = 0; k < 3; k++) {
    out[d + 4 + k] = n ? all[k] / n : 0;
    out[d + 7 + k] = n - from ? win[k] / (n - from) : 0;
  }
  const share = Math.max(0, Math.min(1, stack.share));
  out[d + 10] = share;
  out[d + 11] = Math.sqrt(share);
  const leaf = frames[n - 1];
  out[d + 12] = Math.max(0, Math.min(1, leaf?.self ?? share));
  out[d + 13] = Math.max(0, Math.min(1, leaf?.total ?? share));
  let app = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (kinds[i] === 'application') {
      app = i;
      break;
    }
  }
  out[d + 14] = app < 0 ? 1 : Math.min((n - 1 - app) / WINDOW, 1);
  out[d + 15] = app < 0 ? 0 : 1;
  out[d + 16] = 1;
  return out;
}

/** Features of many stacks, one row each, in one [stacks.length × FEATURES] buffer (row-major). */
export function featureMatrix(stacks: readonly StackInput[]): Float32Array {
  const m = new Float32Array(stacks.length * FEATURES);
  stacks.forEach((s, i) => stackFeatures(s, m.subarray(i * FEATURES, (i + 1) * FEATURES)));
  return m;
}

/** A call tree's hot stack as classifier input: frame names and files, and per-function shares. */
export function stackInput(tree: CallTree, hot: HotStack): StackInput {
  const total = Math.abs(tree.total) || 1;
  return {
    share: hot.share,
    frames: hot.frames.map((id) => ({
      name: tree.frames.name(id),
      file: tree.frames.file(id),
      self: Math.abs(tree.frameSelf[id]) / total,
      total: Math.abs(tree.frameTotal[id]) / total,
    })),
  };
}
