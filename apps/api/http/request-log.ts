import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Options } from 'pino-http';
import { requestIdOf } from './request-id';

/**
 * One line per request (method, route, status, time) and the request's id on every line logged
 * while it is handled (`requestId`). The request's headers are redacted by the logger
 * (authorization, cookies); bodies are never logged.
 */
export function httpLogOptions(logger: Logger): Options {
  return {
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => requestIdOf(req, res),
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    customSuccessMessage: (req, res, responseTime) => `${req.method} ${req.url} ${res.statusCode} (${Math.round(responseTime)} ms)`,
    customErrorMessage: (req, res, error) => `${req.method} ${req.url} ${res.statusCode}: ${error.message}`,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { method?: string; url?: string; headers?: Record<string, unknown> }) => ({
        method: req.method,
        url: req.url,
        headers: req.headers,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
