import { ProfileError } from '../errors';
import { stackLocations, type Location, type Profile } from '../model';

export interface CollapsedOptions {
  /**
   * Mark each frame's kind the way FlameGraph's `stackcollapse-perf.pl --all`
   * does, so the output compares like with like against its flame graphs:
   * `_[k]` for kernel code (a mapping named `[…]`, such as `[kernel.kallsyms]`,
   * or ending in `vmlinux`), `_[j]` for JIT code (a perf map,
   * `/tmp/perf-PID.map`), `_[i]` for every inlined frame of a location but
   * its outermost one. Off by default: the names are then the model's own.
   */
  annotate?: boolean;
}

/**
 * Writes one value column of a profile as collapsed ("folded") stacks:
 * `root;…;leaf value` per line, one line per distinct stack with its values
 * summed, lines sorted (byte order for ASCII, as FlameGraph's `sort` gives),
 * stacks whose sum is zero left out. A location's inlined lines are written
 * outermost first, as separate frames, because that is how they ran.
 *
 * A frame is its function's name (else its system name). `;` separates
 * frames and a line end separates stacks, so inside a name they are written
 * as `:` (FlameGraph's own substitution) and a space. A location without
 * lines, or a function without a name, is written as its binary in brackets
 * (`[libc.so.6]`), else `[unknown]`, as stackcollapse-perf.pl names an
 * unsymbolised frame. A sample without any location has no line to be written
 * on and is left out.
 */
export function toCollapsed(profile: Profile, typeIndex: number, options: CollapsedOptions = {}): string {
  const types = profile.sampleTypes;
  if (!Number.isInteger(typeIndex) || typeIndex < 0 || typeIndex >= types.length) {
    throw new ProfileError('sample_type_not_found', `sample type ${typeIndex} not found; the profile has ${types.map((t, i) => `${i}: ${t.type}/${t.unit}`).join(', ')}`);
  }
  const stacks = sumByStack(profile, typeIndex, new FrameWriter(profile, options.annotate === true));
  const lines = [...stacks]
    .filter(([, value]) => value !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([stack, value]) => `${stack} ${formatValue(value)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function sumByStack(profile: Profile, typeIndex: number, frames: FrameWriter): Map<string, number> {
  const { samples } = profile;
  const stride = profile.sampleTypes.length;
  // Samples share stacks: sum per stack first, and write each stack's text once.
  const perStack = new Float64Array(samples.stacks.length);
  for (let i = 0; i < samples.length; i++) perStack[samples.stack[i]] += samples.values[i * stride + typeIndex];
  const sums = new Map<string, number>();
  const parts: string[] = [];
  for (let j = 0; j < perStack.length; j++) {
    const value = perStack[j];
    const ids = stackLocations(samples.stacks, j);
    if (value === 0 || ids.length === 0) continue;
    parts.length = 0;
    // The model is leaf first; collapsed stacks are root first.
    for (let k = ids.length - 1; k >= 0; k--) parts.push(frames.location(ids[k]));
    // Distinct stacks can read the same (equal names in different binaries).
    const stack = parts.join(';');
    sums.set(stack, (sums.get(stack) ?? 0) + value);
  }
  return sums;
}

/** The text of each location's frames, computed once per location. */
class FrameWriter {
  private readonly cache: (string | undefined)[];

  constructor(
    private readonly profile: Profile,
    private readonly annotate: boolean,
  ) {
    this.cache = new Array<string | undefined>(profile.locations.length);
  }

  location(id: number): string {
    let text = this.cache[id - 1];
    if (text === undefined) {
      text = this.write(this.profile.locations[id - 1]);
      this.cache[id - 1] = text;
    }
    return text;
  }

  private write(location: Location): string {
    const binary = this.binaryOf(location);
    const { lines } = location;
    if (lines.length === 0) return this.outermost(unsymbolisedName(binary), binary);
    const frames: string[] = [];
    // Lines are innermost first; the last one is the real (outermost) frame.
    for (let j = lines.length - 1; j >= 0; j--) {
      const name = this.functionName(lines[j].functionId, binary);
      frames.push(j === lines.length - 1 ? this.outermost(name, binary) : this.inlined(name));
    }
    return frames.join(';');
  }

  private functionName(functionId: number, binary: string): string {
    const { strings, functions } = this.profile;
    const fn = functions[functionId - 1];
    const name = strings[fn.name] || strings[fn.systemName];
    return name ? sanitise(name) : unsymbolisedName(binary);
  }

  private binaryOf(location: Location): string {
    if (location.mappingId === 0) return '';
    return this.profile.strings[this.profile.mappings[location.mappingId - 1].filename];
  }

  private outermost(name: string, binary: string): string {
    if (!this.annotate) return name;
    if (isKernel(binary)) return `${name}_[k]`;
    if (isJit(binary) && !name.includes('_[j]')) return `${name}_[j]`;
    return name;
  }

  private inlined(name: string): string {
    return this.annotate && !name.includes('_[i]') ? `${name}_[i]` : name;
  }
}

/**
 * stackcollapse-perf.pl's test for kernel code: the dso is bracketed
 * (`[kernel.kallsyms]`, a module such as `[nf_conntrack_ipv4]`, also `[vdso]`)
 * or is a `vmlinux` image, and is not `[unknown]`.
 */
function isKernel(binary: string): boolean {
  return (binary.startsWith('[') || binary.endsWith('vmlinux')) && !binary.includes('unknown');
}

/** A perf map written by a JIT (perf-map-agent, node --perf-basic-prof): `/tmp/perf-<pid>.map`. */
function isJit(binary: string): boolean {
  return /\/tmp\/perf-\d+\.map/.test(binary);
}

/** `[<binary's base name>]`, as stackcollapse-perf.pl names a frame perf could not symbolise. */
function unsymbolisedName(binary: string): string {
  const base = binary.replace(/.*\//, '');
  return base ? `[${base}]` : '[unknown]';
}

function sanitise(name: string): string {
  return name.replace(/;/g, ':').replace(/[\r\n]+/g, ' ');
}

/** Integers exactly (even past 2^53 and 1e21), fractions without exponent notation. */
function formatValue(value: number): string {
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  const text = String(value);
  return text.includes('e') ? value.toFixed(20).replace(/0+$/, '') : text;
}
