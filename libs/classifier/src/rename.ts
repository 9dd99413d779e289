import type { Profile, ProfileFunction } from '@hotpath/profile';
import { frameKind, type FrameKind } from '@hotpath/rules';
import type { StackInput } from './features';

/**
 * The kind of a frame as the classifier sees it. V8 names its builtins
 * without a file (`parse`, `RegExp`, `writev`), which `frameKind` alone
 * would take for application code: a bare identifier with no file is the
 * runtime's, as the rule engine decides for Node profiles. Names are passed
 * as recorded: `frameKind` reads slashed Java names itself, while .NET's
 * `System!String.Format` and perf's `_[j]` suffixes, which the rules
 * canonicalise first, are read raw, as the shipped model was trained on them
 * (reading them canonically is a retrain, models/README.md).
 */
export function stackFrameKind(name: string, file: string): FrameKind {
  if (!file && /^((get|set) )?[A-Za-z_$][\w$]*$/.test(name) && name !== 'main') return 'runtime';
  return frameKind(name, file);
}

const SYLLABLES = 'ka lo mi ve ra tor zen pul dax qui bo net fer gal hum ix or sa tel un wy nor bex cil dov'.split(' ');
const HOSTS = ['example.org', 'corp.internal', 'git.initech.dev', 'code.globex.io'];
// Words that carry no name: V8 and JVM placeholders, Go's closure and init suffixes.
const KEEP = /^(main|init|anonymous|func\d*|lambda|clinit|ctor|cctor|constructor|get|set|new|async|module|node_modules|file|webpack|src|lib|dist|js|mjs|cjs|ts|go|java|py|cs)$/;

/**
 * Renames application and library frames the way the classifier's check
 * does: every identifier and path segment of a non-runtime frame is replaced
 * by a random one (keeping its shape: capitalisation, `Class.method`,
 * `pkg.(*T).M`, `a$b`, a file's extension), so no rule can match and no name
 * the model saw survives; runtime frames (V8 builtins, `node:` internals, Go's
 * standard library, `java.*`, `System.*`) and the stack's shape stay. One
 * renamer maps a word the same way everywhere, so a renamed library keeps one
 * renamed module path, and a profile renamed with one renamer stays consistent.
 */
export class FrameRenamer {
  private readonly words = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly random: () => number) {}

  private word(w: string): string {
    if (KEEP.test(w) || /^\d+$/.test(w)) return w;
    let out = this.words.get(w);
    if (out) return out;
    for (let attempt = 0; !out || this.used.has(out); attempt++) {
      const n = 2 + Math.floor(this.random() * 2) + (attempt > 5 ? 1 : 0);
      let s = '';
      for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(this.random() * SYLLABLES.length)];
      out = /^[A-Z]/.test(w) ? s[0].toUpperCase() + s.slice(1) : s;
      if (/^[A-Z0-9_]+$/.test(w) && w.length > 1) out = s.toUpperCase();
    }
    this.used.add(out);
    this.words.set(w, out);
    return out;
  }

  private identifiers(text: string): string {
    return text.replace(/[A-Za-z_$][A-Za-z0-9_$]*/g, (w) => w.split('$').map((p) => (p ? this.word(p) : p)).join('$'));
  }

  /** A renamed copy of one frame; runtime frames come back unchanged. */
  frame(name: string, file: string): { name: string; file: string } {
    if (stackFrameKind(name, file) === 'runtime') return { name, file };
    // `(anonymous)` and nameless frames keep their placeholder; their file is still the program's.
    if (/^\(.*\)$/.test(name) || name === '') return { name, file: this.file(file) };
    return { name: this.name(name), file: this.file(file) };
  }

  private name(name: string): string {
    // A Go module path (`github.com/acme/svc/internal/x.F`): the host becomes another host.
    const go = /^([a-z0-9-]+(\.[a-z0-9-]+)+)(\/[^\s(]*)$/.exec(name.split('.(')[0].replace(/\.[^./]*$/, ''));
    if (go) {
      const host = HOSTS[Math.abs(hash(go[1])) % HOSTS.length];
      return host + this.identifiers(name.slice(go[1].length));
    }
    return this.identifiers(name);
  }

  private file(file: string): string {
    if (!file) return file;
    const ext = /\.[A-Za-z0-9]+$/.exec(file)?.[0] ?? '';
    const body = file.slice(0, file.length - ext.length);
    return body.replace(/[A-Za-z_$][A-Za-z0-9_$]*/g, (w) => this.word(w)) + ext;
  }

  stack(stack: StackInput): StackInput {
    return { ...stack, frames: stack.frames.map((f) => ({ ...f, ...this.frame(f.name, f.file) })) };
  }
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** A copy of a stack with its application and library frames renamed (one renamer per call). */
export function renameStack(stack: StackInput, random: () => number): StackInput {
  return new FrameRenamer(random).stack(stack);
}

/**
 * A copy of a profile whose application and library functions are renamed
 * (names, system names and files; see FrameRenamer), consistently across the
 * whole profile. Samples, locations and lines are shared with the original.
 */
export function renameProfile(profile: Profile, random: () => number): Profile {
  const renamer = new FrameRenamer(random);
  const strings = [...profile.strings];
  const intern = new Map<string, number>();
  profile.strings.forEach((s, i) => intern.has(s) || intern.set(s, i));
  const index = (s: string) => {
    let i = intern.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      intern.set(s, i);
    }
    return i;
  };
  const functions: ProfileFunction[] = profile.functions.map((f) => {
    const name = profile.strings[f.name];
    const file = profile.strings[f.filename];
    const r = renamer.frame(name, file);
    if (r.name === name && r.file === file) return f;
    const system = profile.strings[f.systemName];
    return { ...f, name: index(r.name), systemName: system === name ? index(r.name) : index(renamer.frame(system, file).name), filename: index(r.file) };
  });
  return { ...profile, strings, functions };
}
