import { StoreError } from './errors';

/**
 * Checks on every value the store writes or filters by, so a bad request
 * fails with a message naming the field instead of a PostgreSQL error, and
 * no unbounded value reaches the database.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

export function uuid(field: string, id: unknown): string {
  if (!isUuid(id)) throw new StoreError('invalid_argument', `${field} must be a uuid, not ${describe(id)}`);
  return id;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

/** A tenant's or a service's name: 1–128 characters of letters, digits and . _ : / -. */
export function name(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 128 || !NAME.test(value)) {
    throw new StoreError('invalid_argument', `${field} must be 1–128 characters of letters, digits and . _ : / - (starting with a letter or digit), not ${describe(value)}`);
  }
  return value;
}

export function digest(value: unknown): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) throw new StoreError('invalid_argument', `digest must be 64 lowercase hex digits (sha256), not ${describe(value)}`);
  return value;
}

export function optionalText(field: string, value: unknown, max: number, pattern?: RegExp): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > max || (pattern && !pattern.test(value))) {
    throw new StoreError('invalid_argument', `${field} is invalid: ${describe(value)}`);
  }
  return value;
}

export function nonNegativeInt(field: string, value: unknown, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new StoreError('invalid_argument', `${field} must be an integer from 0 to ${max}, not ${describe(value)}`);
  }
  return value;
}

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;

export function limit(value: unknown): number {
  if (value === undefined) return DEFAULT_LIMIT;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > MAX_LIMIT) {
    throw new StoreError('invalid_argument', `limit must be an integer from 1 to ${MAX_LIMIT}, not ${describe(value)}`);
  }
  return value;
}

export function date(field: string, value: unknown): Date | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new StoreError('invalid_argument', `${field} must be a valid date`);
  return value;
}

const MAX_LABELS = 64;

export function labels(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new StoreError('invalid_argument', 'labels must be an object of strings');
  const entries = Object.entries(value);
  if (entries.length > MAX_LABELS) throw new StoreError('invalid_argument', `at most ${MAX_LABELS} labels, not ${entries.length}`);
  for (const [k, v] of entries) {
    if (k.length === 0 || k.length > 128 || typeof v !== 'string' || v.length > 1024 || k.includes('\0') || v.includes('\0')) {
      throw new StoreError('invalid_argument', `label ${describe(k)} must have a 1–128 character name and a string value of at most 1024 characters`);
    }
  }
  return value as Record<string, string>;
}

/** PostgreSQL text and jsonb refuse NUL characters; profiles may carry them in function names. */
export function noNul(s: string): string {
  return s.includes('\0') ? s.replace(/\0/g, '\uFFFD') : s;
}

/** Report JSON for a jsonb column: NUL escapes (not escaped backslashes before `u0000`) become U+FFFD. */
export function jsonForPostgres(value: unknown): string {
  const json = JSON.stringify(value);
  // The scan is a regular expression over the whole report: skip it for the usual report with no NUL.
  return json.includes('\\u0000') ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd') : json;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
  return v === undefined ? 'nothing' : typeof v === 'object' ? 'an object' : String(v);
}
