import * as path from 'node:path';
import * as protobuf from 'protobufjs';

/**
 * pprof's message types, loaded by protobufjs from the project's copy of the
 * format definition (`proto/profile.proto`), so field numbers and wire types
 * come from the schema rather than from constants in code.
 */
const PROTO_PATH = path.resolve(__dirname, '..', '..', 'proto', 'profile.proto');

export const pprofRoot = protobuf.loadSync(PROTO_PATH);

export const PprofTypes = {
  Profile: pprofRoot.lookupType('perftools.profiles.Profile'),
  Sample: pprofRoot.lookupType('perftools.profiles.Sample'),
  ValueType: pprofRoot.lookupType('perftools.profiles.ValueType'),
  Label: pprofRoot.lookupType('perftools.profiles.Label'),
  Mapping: pprofRoot.lookupType('perftools.profiles.Mapping'),
  Location: pprofRoot.lookupType('perftools.profiles.Location'),
  Line: pprofRoot.lookupType('perftools.profiles.Line'),
  Function: pprofRoot.lookupType('perftools.profiles.Function'),
};

/** Field numbers by (camelCase, as protobufjs names them) field name, read from the schema. */
export function fieldIds(type: protobuf.Type): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const f of type.fieldsArray) ids[f.name] = f.id;
  return ids;
}

/** Converts protobufjs's 64-bit values (a Long, or a number when small) to a JS number. */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  return 0;
}
