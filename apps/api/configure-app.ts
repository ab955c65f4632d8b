import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { EtagInterceptor } from './http/etag.interceptor';
import { HttpErrorsFilter } from './http/http-errors.filter';
import { checkJsonLimits } from './http/json-limits';
import { requestIdOf } from './http/request-id';
import { documentErrorResponses } from './http/openapi-errors';
import { RESPONSE_SCHEMAS } from './http/response-schemas';
import { AUDIT_LOG_SCHEMAS } from './audit/audit-log.schemas';
import { createValidationPipe } from './http/validation';
import { PersonFieldsPipe } from './http/person-fields';
import { serveWebUi } from './web-ui';

/** Everything main.ts and the end-to-end tests both apply to the app. */
export function configureApp(
  app: INestApplication,
  options: { bodyLimit?: string; corsOrigins?: string[]; trustProxy?: string; webDistDir?: string } = {},
): void {
  const express = app as NestExpressApplication;
  // First, so every answer (errors and refusals included) carries its X-Request-Id.
  app.use((req: Request, res: Response, next: NextFunction) => {
    requestIdOf(req, res);
    next();
  });
  if (options.trustProxy) {
    const trust = options.trustProxy;
    express.set('trust proxy', trust === 'true' ? true : /^\d+$/.test(trust) ? Number(trust) : trust);
  }
  // Helmet's defaults, less upgrade-insecure-requests: the embedded default serves plain HTTP,
  // and a browser told to upgrade would fetch the UI's and the docs' own files over HTTPS.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  // Answers to a signed-in request (and sign-in and refresh, which carry tokens) are kept by
  // no browser cache or proxy: the next user of a shared machine must not find them.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.headers.authorization !== undefined || req.path.startsWith('/auth/')) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // JSON answers and the UI's index.html compressed (brotli or gzip, as the client asks); the
  // built assets arrive already compressed (web-ui.ts) and are passed over as encoded. Headers such
  // as ETag and X-Projected-Through are left as they are.
  app.use(compression({ filter: (req: Request, res: Response) => !isEventStream(res) && compression.filter(req, res) }));
  // CORS stays closed unless origins are configured: access tokens travel in a header; the refresh
  // cookie (SameSite=Strict, credentials never allowed here) serves the same-site web UI only.
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.enableCors({
      origin: options.corsOrigins,
      methods: ['GET', 'POST', 'PUT', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id', 'X-Correlation-Id', 'X-Causation-Id'],
      exposedHeaders: ['ETag', 'X-Projected-Through', 'Retry-After', 'X-Request-Id'],
      maxAge: 600,
    });
  }
  // Size first (413), then the shape on the raw bytes (400 BODY_TOO_COMPLEX), before JSON.parse,
  // class-transformer or class-validator build anything from it.
  express.useBodyParser('json', { limit: options.bodyLimit ?? '256kb', verify: (_req: unknown, _res: unknown, buf: Buffer) => checkJsonLimits(buf) });
  // req.cookies, for the refresh cookie (auth/refresh-cookie.ts); unsigned: the token is its own secret.
  app.use(cookieParser());
  // The browser UI at / and /app/* (apps/web/dist, when built); API paths are left alone.
  serveWebUi(express, { WEB_DIST_DIR: options.webDistDir });
  // In this order: a body is validated, then the people its person fields name are looked up.
  app.useGlobalPipes(createValidationPipe(), new PersonFieldsPipe(app));
  app.useGlobalFilters(new HttpErrorsFilter());
  app.useGlobalInterceptors(new EtagInterceptor());
  app.enableShutdownHooks();

  const document = documentErrorResponses(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Programme Ledger')
      .setDescription(
        'Event-sourced tracker for public-sector change programmes. Writes return the stream version (ETag) and the global position they produced.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The accessToken from POST /auth/login' })
      .build(),
  ), { ...RESPONSE_SCHEMAS, ...AUDIT_LOG_SCHEMAS });
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}

/** Server-sent events must reach the client as written, not held back in a compression buffer. */
function isEventStream(res: Response): boolean {
  return String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream');
}
