/**
 * The one error body every endpoint answers with:
 * `{ "error": { "code": "...", "message": "..." } }`. Codes are stable (clients
 * and Pyroscope agents branch on them); messages say what was wrong and where.
 */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'not_found'
  | 'profile_too_large'
  | 'unsupported_format'
  | 'malformed_profile'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export interface ErrorBody {
  error: { code: string; message: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get body(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const tooLarge = (message: string) => new ApiError(413, 'profile_too_large', message);
export const unsupported = (message: string) => new ApiError(415, 'unsupported_format', message);
export const malformed = (message: string) => new ApiError(422, 'malformed_profile', message);

/** Redis or PostgreSQL did not answer: the client should retry later. */
export class UnavailableError extends ApiError {
  constructor(
    readonly dependency: 'redis' | 'postgres',
    cause: unknown,
  ) {
    super(503, 'unavailable', `${dependency} is unavailable (${cause instanceof Error ? cause.message : String(cause)}); retry later`, { 'Retry-After': '5' });
    this.name = 'UnavailableError';
  }
}
