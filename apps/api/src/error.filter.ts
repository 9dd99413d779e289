import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { ApiError } from './errors';

const CODES: Record<number, string> = { 400: 'bad_request', 401: 'unauthorized', 404: 'not_found', 405: 'bad_request', 413: 'profile_too_large' };

/**
 * Every error leaves as `{ "error": { "code", "message" } }`. An error that is
 * not an ApiError or Nest's own HttpException is a bug: it is logged with its
 * stack and the client gets a generic 500 that leaks nothing.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<IncomingMessage & { log?: Logger }>();
    const res = http.getResponse<ServerResponse>();
    const error = toApiError(exception);
    if (error.status >= 500) (req.log ?? this.logger).error({ err: exception }, error.message);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const [k, v] of Object.entries(error.headers)) res.setHeader(k, v);
    // A body we stopped reading cannot be followed by another request on this connection.
    if (!req.complete) res.setHeader('Connection', 'close');
    res.statusCode = error.status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(error.body));
  }
}

export function toApiError(exception: unknown): ApiError {
  if (exception instanceof ApiError) return exception;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const message = status === 404 ? 'no such endpoint' : exception.message;
    return new ApiError(status, CODES[status] ?? (status < 500 ? 'bad_request' : 'internal'), message);
  }
  return new ApiError(500, 'internal', 'internal error; the request id in X-Request-Id finds it in the logs');
}
