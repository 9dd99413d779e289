import { Profile, ProfileError, ValueType } from '@hotpath/profile';

const CPU_TYPES = ['cpu', 'cpu-clock', 'cpu-time', 'cycles', 'task-clock'];
const WALL_TYPES = ['wall', 'time', 'samples', 'sample'];

export function describeType(t: ValueType): string {
  return `${t.type}/${t.unit}`;
}

/**
 * Picks the sample type to analyse. An explicit request matches `type`,
 * `type/unit` or an index. Otherwise: the type the profile declares as its
 * default (pprof's default_sample_type), else a CPU type, else a wall-clock
 * one, else the last (pprof's own convention).
 */
export function selectSampleType(profile: Profile, requested?: string): number {
  const types = profile.sampleTypes;
  if (requested !== undefined && requested !== '') {
    const byName = types.findIndex((t) => t.type === requested || describeType(t) === requested);
    if (byName >= 0) return byName;
    if (/^\d+$/.test(requested) && Number(requested) < types.length) return Number(requested);
    throw new ProfileError(
      'sample_type_not_found',
      `sample type "${requested}" not in the profile (it has ${types.map(describeType).join(', ')})`,
    );
  }
  if (profile.defaultSampleType !== null) return profile.defaultSampleType;
  for (const family of [CPU_TYPES, WALL_TYPES]) {
    const i = types.findIndex((t) => family.includes(t.type) && t.unit !== 'count');
    if (i >= 0) return i;
  }
  return types.length - 1;
}
