import { MalformedProfileError, NotThisFormat } from '../errors';
import type { Importer } from '../importer';
import { importV8ProfileJson } from './cpuprofile';

const FORMAT = 'chrome-trace';

type Json = Record<string, unknown>;

/**
 * A Chrome trace (the Trace Event Format, as DevTools' Performance panel
 * saves it: a JSON array of events, or an object with `traceEvents`). V8's
 * sampling profile is spread over one `Profile` event (its start time) and
 * `ProfileChunk` events that each add nodes (with `parent` ids instead of
 * `children`), samples and time deltas, all keyed by the pair (pid, id).
 * They are put back together into one `Profiler.Profile` and imported as a
 * `.cpuprofile`. A trace can hold several profiles (one per renderer or
 * worker): the one with the most samples is imported, and the others are
 * named in a warning.
 */
export const chromeTraceImporter: Importer = {
  format: FORMAT,
  extensions: ['.json', '.trace'],
  sniff(_head, headText) {
    if (headText === null) return false;
    const t = headText.trimStart();
    return (t.startsWith('[') && /"ph"\s*:/.test(t)) || (t.startsWith('{') && /"traceEvents"\s*:/.test(t));
  },
  parse(_data, ctx) {
    const json = ctx.json(FORMAT);
    const events = Array.isArray(json) ? json : (json as Json | null)?.traceEvents;
    if (!Array.isArray(events)) throw new NotThisFormat('no trace event array');
    const profiles = assemble(events as unknown[]);
    if (profiles.size === 0) throw new MalformedProfileError(FORMAT, 'the trace holds no CPU profile (no Profile/ProfileChunk events)');
    const sorted = [...profiles.entries()].sort((a, b) => b[1].samples.length - a[1].samples.length);
    const [, chosen] = sorted[0];
    const profile = importV8ProfileJson(toCpuProfile(chosen), ctx);
    if (sorted.length > 1) {
      const others = sorted.slice(1).map(([key, p]) => `${key} (${p.samples.length} samples)`);
      (profile.warnings as string[]).push(`the trace holds ${sorted.length} CPU profiles; imported ${sorted[0][0]}, not ${others.join(', ')}`);
    }
    return profile;
  },
};

interface Partial {
  startTime: number | null;
  nodes: Map<number, Json>;
  samples: number[];
  timeDeltas: number[];
}

function assemble(events: unknown[]): Map<string, Partial> {
  const profiles = new Map<string, Partial>();
  const get = (e: Json) => {
    const key = `pid ${e.pid} profile ${e.id}`;
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = { startTime: null, nodes: new Map(), samples: [], timeDeltas: [] }));
    return p;
  };
  events.forEach((value, i) => {
    if (!value || typeof value !== 'object') return;
    const e = value as Json;
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') return;
    const data = ((e.args as Json | undefined)?.data ?? {}) as Json;
    const p = get(e);
    if (e.name === 'Profile') {
      p.startTime = typeof data.startTime === 'number' ? data.startTime : Number(e.ts);
      return;
    }
    const cpu = (data.cpuProfile ?? {}) as Json;
    for (const n of (cpu.nodes as Json[] | undefined) ?? []) {
      if (typeof n?.id !== 'number') throw new MalformedProfileError(FORMAT, `event ${i}: a node without a numeric id`);
      p.nodes.set(n.id, n);
    }
    const samples = (cpu.samples as number[] | undefined) ?? [];
    const deltas = (data.timeDeltas as number[] | undefined) ?? [];
    if (samples.length !== deltas.length) {
      throw new MalformedProfileError(FORMAT, `event ${i}: ${samples.length} samples but ${deltas.length} time deltas`);
    }
    p.samples.push(...samples);
    p.timeDeltas.push(...deltas);
  });
  return profiles;
}

/** The assembled profile in the `Profiler.Profile` shape: `children` rebuilt from `parent`. */
function toCpuProfile(p: Partial): Json {
  const children = new Map<number, number[]>();
  for (const n of p.nodes.values()) {
    if (typeof n.parent === 'number') children.set(n.parent, [...(children.get(n.parent) ?? []), n.id as number]);
  }
  const nodes = [...p.nodes.values()].map((n) => {
    const frame = (n.callFrame ?? {}) as Json;
    return {
      id: n.id,
      callFrame: {
        functionName: frame.functionName ?? '',
        scriptId: String(frame.scriptId ?? '0'),
        url: frame.url ?? '',
        lineNumber: frame.lineNumber ?? -1,
        columnNumber: frame.columnNumber ?? -1,
      },
      hitCount: 0,
      children: children.get(n.id as number) ?? [],
      ...(n.positionTicks ? { positionTicks: n.positionTicks } : {}),
    };
  });
  const start = p.startTime ?? 0;
  const elapsed = p.timeDeltas.reduce((a, b) => a + b, 0);
  const average = p.timeDeltas.length ? elapsed / p.timeDeltas.length : 0;
  return { nodes, startTime: start, endTime: start + elapsed + average, samples: p.samples, timeDeltas: p.timeDeltas };
}
