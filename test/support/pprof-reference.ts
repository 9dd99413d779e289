import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';

/**
 * What a pprof file holds, read with `pprof-format` (Datadog's decoder, a dev
 * dependency) rather than hotpath's own importer, so tests can compare the
 * importer and the CLI against numbers computed another way.
 */
export interface PprofReference {
  types: string[];
  /** Sum of each value column (int64 read as signed). */
  totals: number[];
  samples: number;
  durationNanos: number;
  /** Sample i's number of locations. */
  depths: number[];
  /** Self value per function (`name\0file`) of the innermost frame of each sample, per type. */
  selfByFunction(typeIndex: number): Map<string, number>;
}

export function readPprofReference(path: string): PprofReference {
  const file = readFileSync(path);
  const bytes: Uint8Array = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  const p = Profile.decode(bytes);
  const str = (i: unknown) => p.stringTable.strings[Number(i)];
  const signed = (v: unknown) => Number(BigInt.asIntN(64, BigInt(v as number | bigint)));
  const types = p.sampleType.map((t) => `${str(t.type)}/${str(t.unit)}`);
  const totals = types.map((_, t) => p.sample.reduce((s, x) => s + signed(x.value[t]), 0));
  const locations = new Map(p.location.map((l) => [Number(l.id), l]));
  const functions = new Map(p.function.map((f) => [Number(f.id), f]));
  return {
    types,
    totals,
    samples: p.sample.length,
    durationNanos: Number(p.durationNanos),
    depths: p.sample.map((s) => s.locationId.length),
    selfByFunction(typeIndex) {
      const out = new Map<string, number>();
      for (const s of p.sample) {
        const leaf = locations.get(Number(s.locationId[0]));
        const line = leaf?.line[0]; // innermost first
        const fn = line ? functions.get(Number(line.functionId)) : undefined;
        if (!fn) continue;
        const key = `${str(fn.name)}\0${str(fn.filename)}`;
        out.set(key, (out.get(key) ?? 0) + signed(s.value[typeIndex]));
      }
      return out;
    },
  };
}
