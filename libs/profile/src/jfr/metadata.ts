import { JfrReader } from './reader';

/**
 * The metadata event of a chunk: it declares every type the chunk uses, events
 * and constant-pool types alike, with their fields in the order they are
 * written. Nothing about a type's layout is assumed; it is all read from here
 * (OpenJDK `jdk.jfr.internal.MetadataReader`, `ChunkHeader.readMetadata`).
 *
 * Layout: size (int), type id (long, always 0), start time (long), duration
 * (long), metadata id (long), then a string table (int count, then strings)
 * and one element tree, every name and attribute an int index into the string
 * table:
 *
 *     element := name:int, attributeCount:int, (key:int, value:int)*, childCount:int, element*
 *
 * The root holds `metadata` (whose children are `class` elements) and
 * `region`. A `class` has attributes `name`, `id`, `superType`, `simpleType`
 * and children `field`, `setting` and `annotation`; a `field` has `name`,
 * `class` (its type id), `constantPool="true"` when the value is written as a
 * constant-pool key, `dimension="1"` for arrays, and its own `annotation`
 * children.
 */

/** How a field's value is laid out on the wire, decided once per field. */
export enum Kind {
  Boolean,
  Byte,
  Short,
  Char,
  Int,
  Long,
  Float,
  Double,
  String,
  /** A constant-pool key (long), whatever the field's type. */
  Constant,
  /** An inline value of a class type: its fields in order. */
  Struct,
}

export interface JfrField {
  readonly name: string;
  readonly typeId: number;
  readonly constantPool: boolean;
  readonly array: boolean;
  /** Unit of a `@Timespan` or `@Timestamp` annotation (`TICKS`, `NANOSECONDS`…), or ''. */
  timeUnit: string;
  kind: Kind;
}

export interface JfrClass {
  readonly id: number;
  readonly name: string;
  readonly superType: string;
  readonly fields: JfrField[];
  /**
   * The fields that take at least one byte, in order: readers walk these, so
   * that every step consumes input. A field whose type has no fields takes no
   * bytes and is nothing to read; walking it anyway would let a corrupt file
   * declare types of many empty fields nested many deep and make skipping one
   * value take exponential time without consuming a byte.
   */
  wire: JfrField[];
}

export interface Metadata {
  readonly byId: Map<number, JfrClass>;
  readonly byName: Map<string, JfrClass>;
}

export const METADATA_EVENT_TYPE = 0;

/** Elements nest five deep in practice (root, metadata, class, field, annotation). */
const MAX_ELEMENT_DEPTH = 32;

const PRIMITIVES: Record<string, Kind> = {
  boolean: Kind.Boolean,
  byte: Kind.Byte,
  short: Kind.Short,
  char: Kind.Char,
  int: Kind.Int,
  long: Kind.Long,
  float: Kind.Float,
  double: Kind.Double,
  'java.lang.String': Kind.String,
};

interface Element {
  name: string;
  attributes: Map<string, string>;
  children: Element[];
}

/** Reads the metadata event at the reader's position, bounded by the reader's `end`. */
export function readMetadata(r: JfrReader): Metadata {
  const start = r.pos;
  const size = r.int();
  if (size <= 0 || size > r.end - start) r.fail(`metadata event declares ${size} bytes, but ${r.end - start} remain in the chunk`, start);
  r.end = start + size;
  const type = r.long();
  if (type !== METADATA_EVENT_TYPE) r.fail(`expected the metadata event (type 0), found type ${type}`, start);
  r.long(); // start time
  r.long(); // duration
  r.long(); // metadata id
  const nStrings = r.count('metadata string table size');
  const strings: string[] = new Array(nStrings);
  for (let i = 0; i < nStrings; i++) {
    const s = r.string();
    strings[i] = typeof s === 'string' ? s : '';
  }
  const root = readElement(r, strings, 0);
  if (root.name !== 'root') r.fail(`metadata root element is "${root.name}", expected "root"`, start);
  return buildTypes(root, r, start);
}

function readElement(r: JfrReader, strings: string[], depth: number): Element {
  if (depth > MAX_ELEMENT_DEPTH) r.fail(`metadata elements nest deeper than ${MAX_ELEMENT_DEPTH}`);
  const str = () => {
    const at = r.pos;
    const i = r.int();
    if (i < 0 || i >= strings.length) r.fail(`metadata string index ${i} outside its table of ${strings.length}`, at);
    return strings[i];
  };
  const name = str();
  const attributes = new Map<string, string>();
  const nAttributes = r.count('metadata attribute count', 2);
  for (let i = 0; i < nAttributes; i++) {
    const key = str();
    attributes.set(key, str());
  }
  const nChildren = r.count('metadata child count', 3);
  const children: Element[] = [];
  for (let i = 0; i < nChildren; i++) children.push(readElement(r, strings, depth + 1));
  return { name, attributes, children };
}

function buildTypes(root: Element, r: JfrReader, at: number): Metadata {
  const byId = new Map<number, JfrClass>();
  const byName = new Map<string, JfrClass>();
  const annotationsOf = new Map<JfrField, Element[]>();
  const metadata = root.children.find((e) => e.name === 'metadata');
  if (!metadata) r.fail('metadata has no "metadata" element', at);
  for (const c of metadata.children) {
    if (c.name !== 'class') continue;
    const id = Number(c.attributes.get('id'));
    const name = c.attributes.get('name') ?? '';
    if (!Number.isSafeInteger(id) || id < 0) r.fail(`metadata class "${name}" has no valid id`, at);
    const fields: JfrField[] = [];
    for (const f of c.children) {
      if (f.name !== 'field') continue;
      const typeId = Number(f.attributes.get('class'));
      if (!Number.isSafeInteger(typeId)) r.fail(`field ${name}.${f.attributes.get('name')} has no valid type id`, at);
      const field: JfrField = {
        name: f.attributes.get('name') ?? '',
        typeId,
        constantPool: f.attributes.get('constantPool') === 'true',
        array: Number(f.attributes.get('dimension') ?? 0) > 0,
        timeUnit: '',
        kind: Kind.Struct,
      };
      fields.push(field);
      annotationsOf.set(field, f.children.filter((a) => a.name === 'annotation'));
    }
    const cls: JfrClass = { id, name, superType: c.attributes.get('superType') ?? '', fields, wire: fields };
    byId.set(id, cls);
    byName.set(name, cls);
  }
  // Kinds and annotations can be decided only once every type is declared,
  // since a field may name a type declared after it.
  for (const cls of byId.values()) {
    for (const f of cls.fields) {
      const type = byId.get(f.typeId);
      if (!type) r.fail(`field ${cls.name}.${f.name} has type id ${f.typeId}, which the metadata does not declare`, at);
      f.kind = f.constantPool ? Kind.Constant : (PRIMITIVES[type.name] ?? Kind.Struct);
      for (const a of annotationsOf.get(f) ?? []) {
        const annotation = byId.get(Number(a.attributes.get('class')))?.name;
        if (annotation === 'jdk.jfr.Timespan' || annotation === 'jdk.jfr.Timestamp') f.timeUnit = a.attributes.get('value') ?? '';
      }
    }
  }
  computeWire(byId);
  return { byId, byName };
}

/**
 * Fills `wire`: a field takes bytes when it is an array (its count), a
 * primitive or a constant-pool key, or an inline struct of a type that has
 * such a field. Found by a worklist from the types that directly take bytes up
 * through the types that embed them, so it is exact and linear however types
 * nest or refer to one another. (A type made only of itself takes nothing.)
 */
function computeWire(byId: Map<number, JfrClass>): void {
  const takesBytes = (f: JfrField, nonEmpty: Set<number>) => f.array || f.kind !== Kind.Struct || nonEmpty.has(f.typeId);
  const embeddedIn = new Map<number, JfrClass[]>();
  const nonEmpty = new Set<number>();
  const work: number[] = [];
  for (const cls of byId.values()) {
    for (const f of cls.fields) {
      if (f.array || f.kind !== Kind.Struct) {
        if (!nonEmpty.has(cls.id)) work.push(cls.id);
        nonEmpty.add(cls.id);
      } else {
        const list = embeddedIn.get(f.typeId);
        if (list) list.push(cls);
        else embeddedIn.set(f.typeId, [cls]);
      }
    }
  }
  while (work.length > 0) {
    for (const outer of embeddedIn.get(work.pop()!) ?? []) {
      if (nonEmpty.has(outer.id)) continue;
      nonEmpty.add(outer.id);
      work.push(outer.id);
    }
  }
  for (const cls of byId.values()) cls.wire = cls.fields.filter((f) => takesBytes(f, nonEmpty));
}

/** The wire kind of a constant-pool value of this type: a primitive (java.lang.String's pool) or a struct. */
export function valueKind(cls: JfrClass): Kind {
  return PRIMITIVES[cls.name] ?? Kind.Struct;
}
