import { requireStrongSecret } from '@ledger/platform/config';
import type { PasswordHasherOptions } from './password-hasher';

/** Sign-in settings, from the validated configuration (tests pass their own). */
export interface AuthOptions {
  /** HS256 key for access tokens: JWT_SECRET, or the one the embedded default generated. */
  jwtSecret: string;
  /** Access token lifetime; 15 minutes by default. */
  accessTokenTtlSeconds?: number;
  /** How long a session (and so its refresh tokens) lasts from sign-in; 12 hours by default. */
  sessionTtlSeconds?: number;
  /**
   * Sign-in attempts allowed in each window: `limit` per user name (across addresses) and
   * `addressLimit` per address (across user names; 3 × `limit` unless given).
   */
  signInLimit?: { limit: number; windowSeconds: number; addressLimit?: number };
  /** The password hashing pool: worker threads and how many hashes may wait. */
  passwordHashing?: PasswordHasherOptions;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const DEFAULT_SESSION_TTL_SECONDS = 12 * 60 * 60;
export const DEFAULT_SIGN_IN_LIMIT: NonNullable<AuthOptions['signInLimit']> = { limit: 10, windowSeconds: 60 };

export type ResolvedAuthOptions = Required<Omit<AuthOptions, 'signInLimit'>> & {
  signInLimit: { limit: number; windowSeconds: number; addressLimit: number };
};

export function resolveAuthOptions(options: AuthOptions): ResolvedAuthOptions {
  if (typeof options.jwtSecret !== 'string') throw new Error('JWT_SECRET must be a string');
  requireStrongSecret('JWT_SECRET', options.jwtSecret);
  const signInLimit = options.signInLimit ?? DEFAULT_SIGN_IN_LIMIT;
  return {
    jwtSecret: options.jwtSecret,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    sessionTtlSeconds: options.sessionTtlSeconds ?? DEFAULT_SESSION_TTL_SECONDS,
    // An office behind one address signs in many people: the address allows several names' worth.
    signInLimit: { ...signInLimit, addressLimit: signInLimit.addressLimit ?? signInLimit.limit * 3 },
    passwordHashing: options.passwordHashing ?? {},
  };
}
