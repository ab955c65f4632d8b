import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/**
 * Where the built web UI is: WEB_DIST_DIR, else apps/web/dist found from this file
 * (apps/api/ when run by ts-jest, dist/apps/api/ when compiled).
 */
export function findWebDist(env: { WEB_DIST_DIR?: string }): string | null {
  const candidates = env.WEB_DIST_DIR
    ? [resolve(env.WEB_DIST_DIR)]
    : [resolve(__dirname, '../web/dist'), resolve(__dirname, '../../../apps/web/dist'), resolve(process.cwd(), 'apps/web/dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** Paths of the single-page app: `/` and everything under `/app`. No API route lives there. */
const UI_ROUTE = /^\/(?:app(?:\/.*)?)?$/;
/** Vite's hashed bundles (cached for a year) and the few files from apps/web/public. */
const UI_ASSET = /^\/(?:assets\/[\w.-]+|favicon\.svg)$/;

const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** The .br or .gz the web build wrote beside an asset (apps/web/vite.config.mts), if the client takes it. */
function precompressed(req: Request, file: string): { encoding: string; file: string } | null {
  // Ours is the preference (brotli first): asked together, negotiation would follow the client's
  // order, and browsers list gzip before br.
  const choice = PRECOMPRESSED.find((p) => req.acceptsEncodings(p.encoding) === p.encoding);
  return choice && existsSync(file + choice.suffix) ? { encoding: choice.encoding, file: file + choice.suffix } : null;
}

/**
 * Serves the web UI beside the API without shadowing any API route: the UI owns `/`,
 * `/app/*` (client-side routes fall back to index.html) and `/assets/*`; every other
 * path — /programmes, /proposals, /audit, /auth, /docs, /health, /metrics … — goes on
 * to Nest untouched. Without a build (tests that don't make one) the API runs alone.
 */
export function serveWebUi(app: NestExpressApplication, env: { WEB_DIST_DIR?: string }): string | null {
  const dist = findWebDist(env);
  if (!dist) {
    new Logger('WebUi').log('No web UI build found (npm run build:web makes one); serving the API only.');
    return null;
  }
  const index = join(dist, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (UI_ROUTE.test(req.path)) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(index);
    }
    if (UI_ASSET.test(req.path)) {
      const file = join(dist, req.path);
      if (!file.startsWith(dist) || !existsSync(file)) return next();
      res.setHeader('Cache-Control', req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      res.vary('Accept-Encoding');
      const encoded = precompressed(req, file);
      if (!encoded) return res.sendFile(file);
      // The type of the original file; the compression middleware leaves an encoded answer alone.
      res.type(extname(file));
      res.setHeader('Content-Encoding', encoded.encoding);
      return res.sendFile(encoded.file);
    }
    return next();
  });
  return dist;
}
