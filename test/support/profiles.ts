import { checkProfile, importProfile, type Profile, sampleStack } from '@hotpath/profile';
import type { CallTree } from '@hotpath/analysis';

/** Imports collapsed text (`a;b;c 1\n…`), detected from its content, and checks the model. */
export function collapsed(text: string): Profile {
  const p = importProfile(Buffer.from(text));
  checkProfile(p);
  return p;
}

/** The node at a `;`-joined path of function names under the root, or -1. */
export function nodeAt(tree: CallTree, path: string): number {
  let node = 0;
  for (const name of path.split(';')) {
    const next = Array.from(tree.children(node)).find((c) => tree.frames.name(tree.frame[c]) === name);
    if (next === undefined) return -1;
    node = next;
  }
  return node;
}

/** The frame ids named `name` (several at line granularity). */
export function framesNamed(tree: CallTree, name: string): number[] {
  const ids: number[] = [];
  for (let f = 1; f < tree.frames.size; f++) if (tree.frames.name(f) === name) ids.push(f);
  return ids;
}

/** Every node as `path → [self, total]`, paths written as `;`-joined names. */
export function nodesOf(tree: CallTree): Map<string, [self: number, total: number]> {
  const out = new Map<string, [number, number]>();
  for (let n = 1; n < tree.size; n++) {
    const key = tree.path(n).map((f) => tree.frames.name(f)).join(';');
    if (out.has(key)) throw new Error(`two nodes for ${key}`);
    out.set(key, [tree.self[n], tree.totals[n]]);
  }
  return out;
}

/**
 * The stacks of a profile for one value type, walked from the model alone:
 * function names root first, inlined lines outermost first, summed per stack,
 * zero sums and empty stacks left out. Names follow what collapsed stacks can
 * carry (the export's documented rules): `;` becomes `:`, line ends a space,
 * a frame without a name is its binary in brackets, else `[unknown]`.
 */
export function stacksOf(p: Profile, typeIndex: number): Map<string, number> {
  const out = new Map<string, number>();
  const stride = p.sampleTypes.length;
  for (let i = 0; i < p.samples.length; i++) {
    const frames = Array.from(sampleStack(p.samples, i))
      .reverse()
      .flatMap((id) => {
        const loc = p.locations[id - 1];
        const binary = loc.mappingId ? p.strings[p.mappings[loc.mappingId - 1].filename] : '';
        const unnamed = binary ? `[${binary.replace(/.*\//, '')}]` : '[unknown]';
        if (loc.lines.length === 0) return [unnamed];
        return [...loc.lines].reverse().map((l) => {
          const fn = p.functions[l.functionId - 1];
          const name = p.strings[fn.name] || p.strings[fn.systemName];
          return name ? name.replace(/;/g, ':').replace(/[\r\n]+/g, ' ') : unnamed;
        });
      });
    if (frames.length === 0) continue;
    const key = frames.join(';');
    out.set(key, (out.get(key) ?? 0) + p.samples.values[i * stride + typeIndex]);
  }
  for (const [k, v] of out) if (v === 0) out.delete(k);
  return out;
}

/** A small seeded PRNG (mulberry32), so a failing random case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random collapsed lines from a small alphabet, so stacks share prefixes and recurse. */
export function randomCollapsed(seed: number, lines = 40): { text: string; stacks: [frames: string[], value: number][] } {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const names = ['main', 'run', 'handle', 'parse', 'f', 'g', 'h'];
  const stacks: [string[], number][] = [];
  for (let i = 0; i < lines; i++) {
    const depth = 1 + int(8);
    const frames = Array.from({ length: depth }, () => names[int(names.length)]);
    // A few zero counts: they witness a stack but weigh nothing.
    const value = int(10) === 0 ? 0 : 1 + int(1000);
    stacks.push([frames, value]);
  }
  return { text: stacks.map(([f, v]) => `${f.join(';')} ${v}\n`).join(''), stacks };
}
