import { BadRequestException, Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { verify as verifyJwt, type VerifyOptions } from 'jsonwebtoken';
import { ExtractJwt, Strategy as JwtPassportStrategy } from 'passport-jwt';
import { Strategy as LocalPassportStrategy } from 'passport-local';
import type { SignInOrigin } from '@ledger/user';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  claimsOf,
  type AccessTokenClaims,
  type AuthenticatedUser,
} from './access-token';
import { AUTH_OPTIONS, type ResolvedAuthOptions } from './auth.options';
import { AuthService, invalidCredentials, type VerifiedUser } from './auth.service';
import { SessionStore } from './session.store';
import { UserDirectory } from './user-directory';
import { VerifiedTokens } from './verified-tokens';

/**
 * How long a verdict on a session is kept before the store is asked again: every request
 * needs one. A sign-out or role change made in this process drops them at once; one made
 * by another API process takes effect here within this time.
 */
const VERDICT_FOR_MS = 3_000;
const VERDICTS_KEPT = 10_000;

/** Where a request came from, for the sign-in events. */
export function originOf(request: Request): SignInOrigin {
  return { ip: request.ip ?? null, userAgent: request.header('user-agent')?.slice(0, 200) ?? null };
}

/**
 * Username and password against the user's stream. The only strategy that knows about
 * passwords: an OpenID Connect strategy can sit beside or replace it, ending in the same
 * `AuthService.startSession`.
 */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalPassportStrategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, username: unknown, password: unknown): Promise<VerifiedUser> {
    // The strategy runs before the validation pipe: a body of the wrong shape is refused here.
    const bad = [['username', username], ['password', password]].filter(([, v]) => typeof v !== 'string' || v.length === 0 || v.length > 500);
    if (bad.length > 0) {
      throw new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: `Invalid request: ${bad.map(([f]) => `${f} must be a non-empty string`).join('; ')}`,
        errors: bad.map(([f]) => ({ field: f, messages: [`${f} must be a non-empty string of at most 500 characters`] })),
      });
    }
    return this.auth.verifyPassword(username as string, password as string, originOf(request));
  }
}

/**
 * The API's own access tokens: HS256 only, our issuer and audience, `exp` and `iat` present and
 * not expired. Then fail closed: the session must exist, be live and belong to the token's
 * user, and that user must still be active with the role the token names. Who the caller is
 * (role, name, person id) comes from the store, not from the token.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtPassportStrategy, 'jwt') {
  private readonly verdicts = new Map<string, { user: AuthenticatedUser; until: number; revocations: number }>();
  private readonly verifiedTokens = new VerifiedTokens<Partial<AccessTokenClaims> & { exp?: unknown }>();
  private readonly key: KeyObject;
  private readonly verifyOptions: VerifyOptions;

  constructor(
    @Inject(AUTH_OPTIONS) options: ResolvedAuthOptions,
    private readonly sessions: SessionStore,
    private readonly users: UserDirectory,
  ) {
    // A key object made once: given the raw secret, jsonwebtoken builds one per request.
    const key = createSecretKey(Buffer.from(options.jwtSecret, 'utf8'));
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: key as unknown as string,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
    this.key = key;
    // The same checks passport-jwt makes (its options above).
    this.verifyOptions = { algorithms: [ACCESS_TOKEN_ALGORITHM], issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, ignoreExpiration: false };
  }

  /**
   * passport-jwt's authenticate, with the signature check done once per token: a token verified
   * before (same bytes, same key, not expired) skips jsonwebtoken; everything after it — the
   * claims' shape, the session, the user — runs on every request as before.
   */
  override authenticate(request: Request, options?: object): void {
    const token = (this as unknown as { _jwtFromRequest(r: Request): string | null })._jwtFromRequest(request);
    if (!token) return super.authenticate(request, options);
    let payload: (Partial<AccessTokenClaims> & { exp?: unknown }) | undefined = this.verifiedTokens.get(token);
    if (payload === undefined) {
      try {
        payload = verifyJwt(token, this.key, { ...this.verifyOptions, complete: false }) as Partial<AccessTokenClaims> & { exp?: unknown };
      } catch (error) {
        // As passport-jwt: the error is the failure's info (the guard tells an expired token apart).
        return this.fail(error, 401);
      }
      if (typeof payload !== 'object' || payload === null) return this.fail(undefined, 401);
      this.verifiedTokens.keep(token, payload);
    }
    this.validate(payload).then(
      (user) => (user ? this.success(user) : this.fail(undefined, 401)),
      (error: Error) => this.error(error),
    );
  }

  async validate(payload: Partial<AccessTokenClaims>): Promise<AuthenticatedUser | null> {
    const claims = claimsOf(payload);
    if (claims === null) return null;
    const now = Date.now();
    const kept = this.verdicts.get(claims.sid);
    if (kept && kept.until > now && kept.revocations === this.sessions.revocations) {
      return kept.user.id === claims.userId && kept.user.role === claims.role ? kept.user : null;
    }
    const revocationsBefore = this.sessions.revocations;
    const session = await this.sessions.live(claims.sid);
    if (session === null || session.userId !== claims.userId) return null;
    const current = await this.users.current(session.username, { role: claims.role });
    if (current === null || !current.active || current.id !== claims.userId || current.role !== claims.role) return null;
    const user: AuthenticatedUser = {
      id: current.id,
      username: current.username,
      name: current.name,
      role: current.role,
      personId: current.personId,
      sid: claims.sid,
    };
    // Not kept when a revocation ran meanwhile: the answer may predate it.
    if (this.sessions.revocations === revocationsBefore) {
      if (this.verdicts.size >= VERDICTS_KEPT) this.verdicts.clear();
      this.verdicts.set(claims.sid, { user, until: now + VERDICT_FOR_MS, revocations: revocationsBefore });
    }
    return user;
  }
}

/** Runs the local strategy: missing fields are a 400, wrong ones the contract's 401. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<TUser = VerifiedUser>(
    error: unknown,
    user: TUser | false,
    info: unknown,
    _context: ExecutionContext,
  ): TUser {
    if (error) throw error;
    if (!user) {
      if ((info as { message?: string } | undefined)?.message === 'Missing credentials') {
        throw new BadRequestException({
          code: 'VALIDATION_FAILED',
          message: 'username and password are required',
          errors: [{ field: 'username', messages: ['username and password are required'] }],
        });
      }
      throw invalidCredentials();
    }
    return user;
  }
}
