import { type DomainEvent, typeNames } from '@ledger/kernel';

/**
 * Why a sign-in was refused. The caller is only ever told "invalid credentials".
 * 'unknown-user' is no longer recorded (those are only counted) but stays readable in old logs.
 */
export const SIGN_IN_FAILURES = ['unknown-user', 'wrong-password', 'deactivated'] as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[number];

/** Where an attempt came from, as the API saw it. */
export type SignInOrigin = { ip: string | null; userAgent: string | null };

export type UserSignedIn = DomainEvent<
  'UserSignedIn',
  { username: string; userId: string; sessionId: string; method: string } & SignInOrigin
>;

export type SignInFailed = DomainEvent<
  'SignInFailed',
  { username: string; failure: SignInFailure; method: string } & SignInOrigin
>;

export type SignInEvent = UserSignedIn | SignInFailed;

/** The event types of the `sign-ins` stream: every attempt, in the audit history. */
export const SIGN_IN_EVENT_TYPES = typeNames<SignInEvent['type']>({ UserSignedIn: true, SignInFailed: true });
