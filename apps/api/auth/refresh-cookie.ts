import type { CookieOptions, Request, Response } from 'express';

/** The cookie that carries the refresh token; the access token never leaves the page's memory. */
export const REFRESH_COOKIE = 'ledger_refresh';
/** The only path the browser sends it to: the refresh route. */
export const REFRESH_COOKIE_PATH = '/auth/refresh';

/*
 * CSRF: the cookie is SameSite=Strict (no other site's page can make the browser send it), is
 * sent to POST /auth/refresh only, and that route answers with an access token in the body,
 * which a cross-site page cannot read; every other route wants that token in a header. HttpOnly:
 * no script (nor an injected one) can read the refresh token. Secure: browsers accept it over
 * HTTPS, and over plain HTTP on localhost, as the embedded default serves.
 */
const attributes: CookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH };

/** Sets (sign-in) or replaces (refresh, rotation) the cookie; it ends with the session. */
export function setRefreshCookie(res: Response, refreshToken: string, expiresAt: Date): void {
  res.cookie(REFRESH_COOKIE, refreshToken, { ...attributes, expires: expiresAt });
}

export function clearRefreshCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, attributes);
}

export function refreshCookieOf(req: Request): string | undefined {
  const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** How the document shows the Set-Cookie header of sign-in and refresh. */
export const SET_REFRESH_COOKIE_HEADER = {
  'Set-Cookie': {
    description: `${REFRESH_COOKIE}=<refresh token>; Path=${REFRESH_COOKIE_PATH}; Expires=<end of the session>; HttpOnly; Secure; SameSite=Strict. The refresh token: single use, sent back by the browser to POST ${REFRESH_COOKIE_PATH} only.`,
    schema: { type: 'string' as const },
  },
};

/**
 * The refresh route's cookie parameter in the document (`in: cookie`): @nestjs/swagger has
 * decorators for path, query and header parameters only; this records one as they do.
 */
const API_PARAMETERS = 'swagger/apiParameters'; // DECORATORS.API_PARAMETERS, which the package does not export
export const ApiRefreshCookie = (): MethodDecorator => (_target, _key, descriptor) => {
  const parameters: unknown[] = Reflect.getMetadata(API_PARAMETERS, descriptor.value as object) ?? [];
  const cookie = {
    name: REFRESH_COOKIE,
    in: 'cookie',
    required: true,
    description: 'The refresh token set by the last sign-in or refresh, in its httpOnly cookie; each one works once.',
    schema: { type: 'string' },
  };
  Reflect.defineMetadata(API_PARAMETERS, [...parameters, cookie], descriptor.value as object);
  return descriptor;
};
