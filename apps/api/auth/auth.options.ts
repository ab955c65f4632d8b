import { requireStrongSecret } from '../config/secret-strength';

/** Sign-in settings, from the validated configuration (tests pass their own). */
export interface AuthOptions {
  /** HS256 key for access tokens: JWT_SECRET, or the one the embedded default generated. */
  jwtSecret: string;
  /** Access token lifetime; 15 minutes by default. */
  accessTokenTtlSeconds?: number;
  /** How long a session (and so its refresh tokens) lasts from sign-in; 12 hours by default. */
  sessionTtlSeconds?: number;
  /** Sign-in attempts allowed per IP address and username in each window. */
  signInLimit?: { limit: number; windowSeconds: number };
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const DEFAULT_SESSION_TTL_SECONDS = 12 * 60 * 60;
export const DEFAULT_SIGN_IN_LIMIT = { limit: 10, windowSeconds: 60 };

export type ResolvedAuthOptions = Required<AuthOptions>;

export function resolveAuthOptions(options: AuthOptions): ResolvedAuthOptions {
  if (typeof options.jwtSecret !== 'string') throw new Error('JWT_SECRET must be a string');
  requireStrongSecret('JWT_SECRET', options.jwtSecret);
  return {
    jwtSecret: options.jwtSecret,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    sessionTtlSeconds: options.sessionTtlSeconds ?? DEFAULT_SESSION_TTL_SECONDS,
    signInLimit: options.signInLimit ?? DEFAULT_SIGN_IN_LIMIT,
  };
}
