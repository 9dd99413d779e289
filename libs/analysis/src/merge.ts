import { Label, Profile, ProfileBuilder, ProfileError, sampleStack, ValueType, withLimits } from '@hotpath/profile';
import { describeType, selectSampleType } from './sample-type';

/** Nanoseconds per unit, for the time units profilers write. */
const TIME_UNITS: Record<string, number> = {
  nanoseconds: 1,
  microseconds: 1e3,
  milliseconds: 1e6,
  seconds: 1e9,
};

/**
 * Merges profiles into one, keeping only the chosen sample type of each
 * (`selectSampleType` with the same request). The types must agree; time
 * values in different units (a V8 profile's microseconds, a pprof's
 * nanoseconds) are converted to nanoseconds. Functions, locations and labels
 * are re-interned, so equal frames from different files become one.
 */
export function mergeProfiles(profiles: readonly Profile[], requestedType?: string): Profile {
  if (profiles.length === 0) throw new Error('mergeProfiles needs at least one profile');
  const chosen = profiles.map((p) => p.sampleTypes[selectSampleType(p, requestedType)]);
  const target = commonType(chosen);
  const formats = [...new Set(profiles.map((p) => p.format))];
  const start = Math.min(...profiles.map((p) => p.timeNanos || Infinity));
  const end = Math.max(...profiles.map((p) => (p.timeNanos ? p.timeNanos + p.durationNanos : 0)));
  const b = new ProfileBuilder(formats.join('+'), [target], withLimits({ maxDecodeMillis: 600_000 }), {
    defaultSampleType: 0,
    timeNanos: Number.isFinite(start) ? start : 0,
    durationNanos: Number.isFinite(start) && end > start ? end - start : profiles.reduce((s, p) => s + p.durationNanos, 0),
    comments: profiles.flatMap((p) => p.comments),
  });
  profiles.forEach((p, k) => copySamples(b, p, selectSampleType(p, requestedType), scale(chosen[k], target)));
  return b.build();
}

function commonType(types: ValueType[]): ValueType {
  const first = types[0];
  for (const t of types) {
    const sameType = t.type === first.type;
    const sameUnit = t.unit === first.unit || (t.unit in TIME_UNITS && first.unit in TIME_UNITS);
    if (!sameType || !sameUnit) {
      throw new ProfileError(
        'incompatible_profiles',
        `cannot merge ${describeType(first)} with ${describeType(t)}: choose a common --sample-type`,
      );
    }
  }
  const units = new Set(types.map((t) => t.unit));
  return units.size === 1 ? first : { type: first.type, unit: 'nanoseconds' };
}

function scale(from: ValueType, to: ValueType): number {
  return from.unit === to.unit ? 1 : TIME_UNITS[from.unit] / TIME_UNITS[to.unit];
}

function copySamples(b: ProfileBuilder, p: Profile, typeIndex: number, factor: number): void {
  const s = (i: number) => p.strings[i];
  const mappings = p.mappings.map((m) => b.mappingId(s(m.filename), s(m.buildId), m.memoryStart, m.memoryLimit, m.fileOffset));
  const functions = p.functions.map((f) => b.functionId(s(f.name), s(f.filename), f.startLine, s(f.systemName)));
  const locations = p.locations.map((l) =>
    b.internLocation(
      l.lines.map((line) => ({ functionId: functions[line.functionId - 1], line: line.line, column: line.column })),
      l.mappingId ? mappings[l.mappingId - 1] : 0,
      l.address,
    ),
  );
  const labelSets = p.labelSets.map((set) =>
    b.labelSetId(set.map((l): Label => ({ key: b.intern(s(l.key)), str: b.intern(s(l.str)), num: l.num, numUnit: b.intern(s(l.numUnit)) }))),
  );
  const stride = p.sampleTypes.length;
  const value = new Float64Array(1);
  let stack = new Uint32Array(64);
  for (let i = 0; i < p.samples.length; i++) {
    value[0] = p.samples.values[i * stride + typeIndex] * factor;
    const src = sampleStack(p.samples, i);
    if (stack.length < src.length) stack = new Uint32Array(src.length * 2);
    for (let k = 0; k < src.length; k++) stack[k] = locations[src[k] - 1];
    b.addSample(stack, value, labelSets[p.samples.labelSet[i]], src.length);
  }
}
