import type { Finding, StackFrame } from '@hotpath/report';

/**
 * Whether a root-to-leaf stack runs through what a rule finding claimed: the
 * finding's last frame, with its blamed frame (when it has one) at or above
 * it. `same` says whether a stack frame is one of the finding's frames; the
 * labeller matches by function and file, inference also by line.
 */
export function runsThroughClaim<T>(frames: readonly T[], finding: Pick<Finding, 'stack' | 'blame'>, same: (frame: T, at: StackFrame) => boolean): boolean {
  const claimed = finding.stack[finding.stack.length - 1];
  if (!claimed) return false;
  const at = frames.findIndex((f) => same(f, claimed));
  if (at < 0) return false;
  const blame = finding.blame;
  if (!blame) return true;
  for (let i = 0; i <= at; i++) if (same(frames[i], blame)) return true;
  return false;
}

/**
 * Whether a stack ends in the own time of a finding's blamed function, at any
 * of its lines: V8 compiles a regular expression, and a client's constructor
 * builds its tables, in the blamed function's own samples, under no frame the
 * finding could name. `sameFunction` matches by function and file.
 */
export function endsInBlamedOwnTime<T>(frames: readonly T[], finding: Pick<Finding, 'blame'>, sameFunction: (frame: T, at: StackFrame) => boolean): boolean {
  const leaf = frames[frames.length - 1];
  return !!finding.blame && leaf !== undefined && sameFunction(leaf, finding.blame);
}
