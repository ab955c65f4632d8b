import type { JwtService } from '@nestjs/jwt';
import { USER_ROLES, type UserRole } from '@ledger/domain';

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

/** The user a verified token names, or null when its claims are not ours. */
export function userFromClaims(claims: Partial<AccessTokenClaims>): AuthenticatedUser | null {
  const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
  if (!text(claims.sub) || !text(claims.username) || !text(claims.sid)) return null;
  if (!(USER_ROLES as readonly unknown[]).includes(claims.role)) return null;
  return {
    id: claims.sub,
    username: claims.username,
    name: text(claims.name) ? claims.name : claims.username,
    role: claims.role as UserRole,
    personId: text(claims.personId) ? claims.personId : null,
    sid: claims.sid,
  };
}
