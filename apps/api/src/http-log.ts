import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Metrics } from './metrics';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * One structured log line per request (pino-http) carrying a request id:
 * the caller's `X-Request-Id` when it is a sane token, else a new uuid, and
 * echoed in the response so a client can quote it.
 */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      // Probes every few seconds would drown the requests that matter.
      return req.url === '/health' || req.url === '/metrics' ? 'debug' : 'info';
    },
    // Which tenant made the request, once the guard knows (evaluated when the response is logged).
    customProps: (req) => ({ tenant: (req as IncomingMessage & { tenant?: { id: string } }).tenant?.id }),
    // Tokens never reach the logs.
    redact: { paths: ['req.headers.authorization'], censor: '[redacted]' },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
    },
  });
}

/** Counts every request by method, route pattern and status once it is answered. */
export function requestMetrics(metrics: Metrics) {
  return (req: IncomingMessage & { route?: { path?: string } }, res: ServerResponse, next: () => void) => {
    const end = metrics.duration.startTimer();
    res.once('finish', () => {
      const route = req.route?.path ?? 'unmatched';
      metrics.requests.inc({ method: req.method, route, status: String(res.statusCode) });
      end({ method: req.method, route });
    });
    next();
  };
}
