import { CallTree, hotspots, hotStacks } from '@hotpath/analysis';
import { describeType } from '@hotpath/analysis';
import { totalOf } from '@hotpath/profile';
import { flameGraph } from './flame-graph';
import type { Finding, Report, StackFrame } from './report';
import { SCHEMA_VERSION } from './report';

export interface ReportBounds {
  hotspots?: number;
  hotStacks?: number;
  /** Frames kept per hot stack (the leaf end is kept). */
  stackFrames?: number;
  /**
   * Include the flame graph with at most this many nodes (2000 is plenty for
   * a browser). Absent or 0: no flame graph, so the JSON output keeps its
   * size and shape; the HTML view asks for one.
   */
  flameGraph?: number;
}

/**
 * How many samples the profiler took: the sum of the `samples/count` column
 * when the format has one (a pprof or V8 profile merges equal samples), else
 * the number of samples with a value of the analysed type.
 */
function samplesTaken(tree: CallTree): number {
  const i = tree.profile.sampleTypes.findIndex((t) => (t.type === 'samples' || t.type === 'sample') && t.unit === 'count');
  return i >= 0 ? totalOf(tree.profile, i) : tree.samples;
}

/** Assembles the canonical report from an analysed call tree and the findings for it. */
export function buildReport(tree: CallTree, findings: Finding[] = [], bounds: ReportBounds = {}): Report {
  const { profile, typeIndex } = tree;
  const type = profile.sampleTypes[typeIndex];
  const frame = (f: number): StackFrame => ({ function: tree.frames.name(f), file: tree.frames.file(f), line: tree.frames.line(f) });
  const maxFrames = bounds.stackFrames ?? 64;
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    profile: {
      format: profile.format,
      sampleType: type.type,
      unit: type.unit,
      total: tree.total,
      samples: samplesTaken(tree),
      durationNanos: profile.durationNanos,
      sampleTypes: profile.sampleTypes.map(describeType),
      warnings: [...profile.warnings],
    },
    findings,
    hotspots: hotspots(tree, bounds.hotspots ?? 20).map(({ frame: _f, ...row }) => row),
    hotStacks: hotStacks(tree, { limit: bounds.hotStacks ?? 10 }).map((s) => ({
      share: s.share,
      value: s.value,
      stack: s.frames.slice(-maxFrames).map(frame),
    })),
  };
  if (bounds.flameGraph) report.flameGraph = flameGraph(tree, bounds.flameGraph);
  return report;
}
