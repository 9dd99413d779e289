import { JfrClass, JfrField, Kind, Metadata } from './metadata';
import { JfrReader, JfrString } from './reader';

/**
 * Reading field values by the metadata's description. Events and constants
 * are written as their fields in declaration order, each by its kind (see
 * `Kind`), with no tags: to reach one field every field before it must be
 * read or skipped, and an inline struct is its own fields, recursively.
 *
 * A `Plan` says, for one class, which fields a caller wants and in which slot
 * each goes; reading stops after the last wanted field, since the caller knows
 * the value's end (an event's size) or does not need it (see `skipStruct`).
 */

/** Inline structs nest two or three deep in real files; a cyclic type in a corrupt file must not recurse forever. */
const MAX_STRUCT_DEPTH = 16;

export type Scalar = number | JfrString;

export interface Plan {
  readonly cls: JfrClass;
  /** For each field that takes bytes (`cls.wire`), its slot in the output, or -1 to skip it. */
  readonly slots: Int8Array;
  /** Index of the last wanted field, -1 when none is present. */
  readonly last: number;
  readonly width: number;
}

/** A plan reading the fields named in `wanted` (null: nothing) into the slots of the same index. */
export function makePlan(cls: JfrClass, wanted: readonly (string | null)[]): Plan {
  const slots = new Int8Array(cls.wire.length).fill(-1);
  let last = -1;
  cls.wire.forEach((f, i) => {
    const slot = wanted.indexOf(f.name);
    if (slot >= 0) {
      slots[i] = slot;
      last = i;
    }
  });
  return { cls, slots, last, width: wanted.length };
}

export class ValueReader {
  constructor(
    readonly r: JfrReader,
    readonly meta: Metadata,
  ) {}

  /**
   * Reads the wanted fields of one value of `plan.cls` into `out` (missing or
   * non-scalar fields are left null) and returns `out`. The reader stops after
   * the last wanted field unless `complete` is set, which is needed when more
   * values follow (constant pools, arrays).
   */
  read(plan: Plan, out: Scalar[], complete: boolean): Scalar[] {
    out.fill(null);
    const fields = plan.cls.wire;
    const stop = complete ? fields.length - 1 : plan.last;
    for (let i = 0; i <= stop; i++) {
      const slot = plan.slots[i];
      if (slot >= 0) out[slot] = this.scalar(fields[i]);
      else this.skip(fields[i], 0);
    }
    return out;
  }

  /** A field's value when it is a scalar (number, string or constant key); arrays and structs are skipped and read as null. */
  scalar(f: JfrField): Scalar {
    const r = this.r;
    if (f.array) {
      this.skip(f, 0);
      return null;
    }
    switch (f.kind) {
      case Kind.Constant:
        return r.id();
      case Kind.Long:
        return r.long();
      case Kind.Int:
        return r.int();
      case Kind.Short:
        return r.short();
      case Kind.Char:
        return r.char();
      case Kind.Boolean:
        return r.u8() !== 0 ? 1 : 0;
      case Kind.Byte:
        return (r.u8() << 24) >> 24;
      case Kind.Float:
        return r.float();
      case Kind.Double:
        return r.double();
      case Kind.String:
        return r.string();
      default:
        this.skipStruct(f.typeId, 1);
        return null;
    }
  }

  skip(f: JfrField, depth: number): void {
    if (f.array) {
      const n = this.r.count(`array ${f.name}`);
      for (let i = 0; i < n; i++) this.skipOne(f, depth);
    } else this.skipOne(f, depth);
  }

  private skipOne(f: JfrField, depth: number): void {
    const r = this.r;
    switch (f.kind) {
      case Kind.Constant:
      case Kind.Long:
        r.long();
        return;
      case Kind.Int:
        r.int();
        return;
      case Kind.Short:
      case Kind.Char:
        r.char();
        return;
      case Kind.Boolean:
      case Kind.Byte:
        r.u8();
        return;
      case Kind.Float:
        r.float();
        return;
      case Kind.Double:
        r.double();
        return;
      case Kind.String:
        r.skipString();
        return;
      default:
        this.skipStruct(f.typeId, depth + 1);
    }
  }

  skipStruct(typeId: number, depth: number): void {
    if (depth > MAX_STRUCT_DEPTH) this.r.fail(`inline values nest deeper than ${MAX_STRUCT_DEPTH} (a type that contains itself?)`);
    const cls = this.meta.byId.get(typeId);
    if (!cls) this.r.fail(`value of undeclared type ${typeId}`);
    for (const f of cls.wire) this.skip(f, depth);
  }
}

/** Narrows a scalar read from a numeric field; null (absent field) becomes `fallback`. */
export function num(v: Scalar, fallback = 0): number {
  return typeof v === 'number' ? v : fallback;
}
