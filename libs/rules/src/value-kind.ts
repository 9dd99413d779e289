import type { ValueType } from '@hotpath/profile';
import type { ValueKind } from './schema';

/**
 * What a sample type measures, from its name and unit as the profilers we
 * read write them (pprof's Go and Node types, V8's, JFR's, .NET's, perf's).
 * Returns null for types no rule should judge (goroutine counts, exceptions).
 */
export function valueKind(t: ValueType): ValueKind | null {
  const type = t.type.toLowerCase();
  if (/^exception/.test(type)) return 'exception';
  if (/^(alloc|inuse|space|malloc|live|objects)/.test(type) || (t.unit === 'bytes' && !/lock|delay/.test(type))) return 'alloc';
  if (/lock|contention|delay|park|mutex|block/.test(type)) return 'lock';
  if (/^(wall|time|real)/.test(type)) return 'wall';
  if (/^(cpu|cycles|instructions|task-clock|cpu-clock|itimer|samples?)$|^cpu|oncpu/.test(type)) return 'cpu';
  return null;
}
