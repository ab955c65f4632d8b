import type { JwtService } from '@nestjs/jwt';
import { USER_ROLES, type UserRole } from '@ledger/user';

/** Who is signed in, as the verified access token says. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  /** For a lead, the `leadId` of the proposals they lead. */
  personId: string | null;
  /** The session the token belongs to; signing out revokes it. */
  sid: string;
}

/** The claims of an access token (HS256, short-lived). */
export interface AccessTokenClaims {
  sub: string;
  username: string;
  name: string;
  role: UserRole;
  personId: string | null;
  sid: string;
}

export const ACCESS_TOKEN_ISSUER = 'programme-ledger';
export const ACCESS_TOKEN_AUDIENCE = 'programme-ledger-api';
export const ACCESS_TOKEN_ALGORITHM = 'HS256' as const;

/** Signs an access token. Synchronous, so the end-to-end helpers can mint tokens too. */
export function signAccessToken(jwt: JwtService, user: AuthenticatedUser, ttlSeconds: number): string {
  const claims: AccessTokenClaims = {
    sub: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    personId: user.personId,
    sid: user.sid,
  };
  return jwt.sign(claims, {
    algorithm: ACCESS_TOKEN_ALGORITHM,
    expiresIn: ttlSeconds,
    issuer: ACCESS_TOKEN_ISSUER,
    audience: ACCESS_TOKEN_AUDIENCE,
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a verified token claims, once its shape is ours; who the user is now is the store's to say. */
export interface TokenClaims {
  userId: string;
  sid: string;
  role: UserRole;
}

/**
 * The claims of a verified token, or null when they are not ours: `sub` a user id, `sid` a
 * session id (a UUID), `role` one of ours, `iat` and `exp` present (a token without `exp`
 * would never expire). The signature alone proves nothing about the user or the session:
 * the strategy checks both against the store.
 */
export function claimsOf(claims: Partial<AccessTokenClaims> & { iat?: unknown; exp?: unknown }): TokenClaims | null {
  const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
  const time = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
  if (!text(claims.sub) || !text(claims.sid) || !UUID.test(claims.sid)) return null;
  if (!time(claims.iat) || !time(claims.exp) || claims.exp <= claims.iat) return null;
  if (!(USER_ROLES as readonly unknown[]).includes(claims.role)) return null;
  return { userId: claims.sub, sid: claims.sid.toLowerCase(), role: claims.role as UserRole };
}
