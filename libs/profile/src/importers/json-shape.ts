/**
 * Shape checks for JSON formats that say what is wrong and where
 * (`nodes[3].callFrame is missing, expected an object`). They throw a
 * `ShapeError`; each importer turns it into a MalformedProfileError that
 * names its format (`withFormat`).
 */
import { MalformedProfileError } from '../errors';

export type JsonObject = Record<string, unknown>;

export class ShapeError extends Error {}

/** Runs an importer's reading code, naming its format in shape errors. */
export function withFormat<T>(format: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof ShapeError) throw new MalformedProfileError(format, err.message);
    throw err;
  }
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short rendering of a value for messages. */
export function show(v: unknown): string {
  const s = v === undefined ? 'missing' : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function fail(where: string, v: unknown, expected: string): never {
  throw new ShapeError(`${where} is ${show(v)}, expected ${expected}`);
}

export function objectAt(v: unknown, where: string): JsonObject {
  if (!isObject(v)) fail(where, v, 'an object');
  return v;
}

export function arrayAt(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) fail(where, v, 'an array');
  return v;
}

export function numberAt(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, v, 'a number');
  return v;
}

export function intAt(v: unknown, where: string): number {
  if (!Number.isSafeInteger(v)) fail(where, v, 'an integer');
  return v as number;
}

export function stringAt(v: unknown, where: string): string {
  if (typeof v !== 'string') fail(where, v, 'a string');
  return v;
}
