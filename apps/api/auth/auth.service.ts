import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { decideSignIn, initialUserState, userDecider, type SignInEvent, type SignInOrigin, type UserState } from '@ledger/user';
import { isId, streamIds } from '@ledger/kernel';
import { EVENT_STORE, type Actor, type EventStore } from '@ledger/platform/event-store';
import { signAccessToken, type AuthenticatedUser } from './access-token';
import { AUTH_OPTIONS, type ResolvedAuthOptions } from './auth.options';
import { PasswordHasher } from './password-hasher';
import { SessionStore } from './session.store';
import { SignInFailureCounts } from './sign-in-failure-counts';
import { normaliseUsername } from './sign-in-throttler.guard';

/** What sign-in and refresh return: the body's fields, and the refresh token for the cookie. */
export interface SignInResult {
  accessToken: string;
  /** For the httpOnly cookie only (the controller sets it), never the body. */
  refreshToken: string;
  /** When the session, and so its refresh cookie, ends. */
  sessionExpiresAt: Date;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: { id: string; username: string; name: string; role: string; personId: string | null };
}

/** A user whose credentials were verified, before a session is opened for them. */
export interface VerifiedUser {
  id: string;
  username: string;
  name: string;
  role: AuthenticatedUser['role'];
  personId: string | null;
  /** How they proved it: 'password' here; an OpenID Connect strategy would say 'oidc'. */
  method: string;
}

/** Who records a refused sign-in: nobody is signed in, so the sign-in service itself. */
export const SIGN_IN_SERVICE_ACTOR: Actor = { id: 'sign-in-service', role: 'system', name: 'Sign-in service' };

export const invalidCredentials = () =>
  new UnauthorizedException({ code: 'INVALID_CREDENTIALS', message: 'The username or password is not right.' });

const invalidRefreshToken = () =>
  new UnauthorizedException({
    code: 'INVALID_REFRESH_TOKEN',
    message: 'The refresh token is not valid (expired, already used or signed out): sign in again.',
  });

const noRefreshCookie = () =>
  new UnauthorizedException({
    code: 'NO_REFRESH_COOKIE',
    message: 'No session cookie came with the request (never signed in here, signed out, or the session ended): sign in.',
  });

/**
 * Sign-in, refresh and sign-out. The user's stream is the authority on who may sign in;
 * every attempt on a real user is appended to the `sign-ins` stream (the administrator and
 * the committee read it in the audit history); attempts on names nobody has are only counted.
 * A sign-in strategy (the local password one today) verifies who someone is and calls
 * `startSession`: an OpenID Connect strategy would do the same after its callback.
 */
@Injectable()
export class AuthService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AUTH_OPTIONS) private readonly options: ResolvedAuthOptions,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionStore,
    private readonly failures: SignInFailureCounts,
  ) {}

  /**
   * The local strategy's check, answered with 401 when refused: a known user's refusal is
   * recorded (SignInFailed), an unknown name only counted. An unknown name still costs one
   * verification (against a dummy hash), so the answer's time does not tell which it was.
   */
  async verifyPassword(usernameTyped: string, password: string, origin: SignInOrigin): Promise<VerifiedUser> {
    const state = await this.userState(normaliseUsername(usernameTyped));
    const passwordMatches = await this.hasher.verify(state.passwordHash, password);
    const outcome = decideSignIn(state, { passwordMatches, sessionId: '', method: 'password', origin });
    if (outcome.type === 'UnknownUserRefused') {
      await this.failures.countUnknownUser();
      throw invalidCredentials();
    }
    if (outcome.type === 'SignInFailed') {
      await this.record(outcome, SIGN_IN_SERVICE_ACTOR);
      throw invalidCredentials();
    }
    return this.verified(state, 'password');
  }

  /** Opens a session for a verified user, records UserSignedIn, and issues the tokens. */
  async startSession(user: VerifiedUser, origin: SignInOrigin): Promise<SignInResult> {
    const { sessionId, refreshToken, expiresAt } = await this.sessions.open(user, this.options.sessionTtlSeconds);
    const state = await this.userState(user.username);
    const signedIn = decideSignIn(state, { passwordMatches: true, sessionId, method: user.method, origin });
    if (signedIn.type !== 'UserSignedIn') {
      // Gone between the check and now (deactivated, or an identity provider's unknown user).
      if (signedIn.type === 'SignInFailed') await this.record(signedIn, SIGN_IN_SERVICE_ACTOR);
      await this.sessions.revoke(sessionId, signedIn.type === 'SignInFailed' ? signedIn.data.failure : 'unknown-user');
      throw invalidCredentials();
    }
    await this.record(signedIn, { id: user.id, role: user.role, name: user.name });
    return this.tokens(this.verified(state, user.method), sessionId, refreshToken, expiresAt);
  }

  /** A new access token and a new refresh token for the presented one (which is then spent). */
  async refresh(refreshToken: string | undefined): Promise<SignInResult> {
    if (refreshToken === undefined) throw noRefreshCookie();
    const rotated = await this.sessions.rotate(refreshToken);
    if (!rotated.ok || !rotated.sessionId) throw invalidRefreshToken();
    // The user's stream decides: a user deactivated meanwhile gets no new token.
    const state = await this.userState(rotated.username);
    if (state.username === null || !state.active) {
      await this.sessions.revoke(rotated.sessionId, 'user-deactivated');
      throw invalidRefreshToken();
    }
    return this.tokens(this.verified(state, 'refresh'), rotated.sessionId, rotated.refreshToken, rotated.expiresAt);
  }

  signOut(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId, 'signed-out');
  }

  private async userState(username: string): Promise<UserState> {
    // A username that cannot name a stream names nobody (and must not reach the store).
    if (!isId(username)) return initialUserState();
    return (await this.store.load(streamIds.user(username), userDecider)).state;
  }

  private verified(state: UserState, method: string): VerifiedUser {
    return {
      id: state.userId!,
      username: state.username!,
      name: state.name!,
      role: state.role!,
      personId: state.personId,
      method,
    };
  }

  private tokens(user: VerifiedUser, sid: string, refreshToken: string, sessionExpiresAt: Date): SignInResult {
    const { id, username, name, role, personId } = user;
    return {
      accessToken: signAccessToken(this.jwt, { id, username, name, role, personId, sid }, this.options.accessTokenTtlSeconds),
      refreshToken,
      sessionExpiresAt,
      expiresIn: this.options.accessTokenTtlSeconds,
      user: { id, username, name, role, personId },
    };
  }

  private async record(event: SignInEvent, actor: Actor): Promise<void> {
    await this.store.append(streamIds.signIns(), [{ eventId: randomUUID(), event }], 'any', {
      actor,
      correlationId: randomUUID(),
    });
  }
}
