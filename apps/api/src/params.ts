import { badRequest } from './errors';

/**
 * Query parameters, checked before the body is read so a bad request costs
 * nothing. Each function names the parameter it refuses.
 */

export function required(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw badRequest(`query parameter "${name}" is required`);
  return text(name, value, 256)!;
}

export function text(name: string, value: unknown, max: number, pattern?: RegExp, hint?: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`query parameter "${name}" was given more than once`);
  if (value.length === 0 || value.length > max || (pattern && !pattern.test(value))) {
    throw badRequest(`query parameter "${name}" is invalid${hint ? ` (${hint})` : ''}: ${JSON.stringify(value.slice(0, 80))}`);
  }
  return value;
}

export function integer(name: string, value: unknown, min: number, max: number): number | undefined {
  const s = text(name, value, 20);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isSafeInteger(n) || n < min || n > max) throw badRequest(`query parameter "${name}" must be an integer from ${min} to ${max}, not ${JSON.stringify(s)}`);
  return n;
}

/** ISO 8601 or Unix seconds, which is what Pyroscope clients send as from/until. */
export function time(name: string, value: unknown): Date | undefined {
  const s = text(name, value, 40);
  if (s === undefined) return undefined;
  const d = /^\d{1,12}$/.test(s) ? new Date(Number(s) * 1000) : new Date(s);
  if (Number.isNaN(d.getTime())) throw badRequest(`query parameter "${name}" must be an ISO 8601 time or Unix seconds, not ${JSON.stringify(s)}`);
  return d;
}

export const COMMIT = /^[0-9a-f]{7,64}$/i;
export const REPO = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

/** The store's rule for service names, checked here too so a bad name is refused before the body is read. */
export const SERVICE = /^[A-Za-z0-9][A-Za-z0-9._:\/-]{0,127}$/;

export function service(value: unknown): string {
  const name = required('service', value);
  if (!SERVICE.test(name)) throw badRequest(`service must be 1–128 characters of letters, digits and . _ : / - (starting with a letter or digit), not ${JSON.stringify(name.slice(0, 80))}`);
  return name;
}
