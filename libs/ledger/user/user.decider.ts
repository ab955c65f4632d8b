import { deciderOf, fail, optionalId, requireId, requireOneOf, requireReason, requireText } from '@ledger/kernel';
import type { ChangePassword, ChangeUserRole, DeactivateUser, RegisterUser, UserCommand } from './user.commands';
import type { SignInEvent, SignInOrigin } from './sign-in.events';
import { USER_ROLES, type UserEvent, type UserRole } from './user.events';

export type UserState = {
  /** null until the user is registered. */
  readonly username: string | null;
  readonly userId: string | null;
  readonly name: string | null;
  readonly role: UserRole | null;
  readonly personId: string | null;
  readonly active: boolean;
  readonly passwordHash: string | null;
};

export const initialUserState = (): UserState => ({
  username: null,
  userId: null,
  name: null,
  role: null,
  personId: null,
  active: false,
  passwordHash: null,
});

/** Usernames name the user's stream: the id alphabet, lower case. */
function requireUsername(value: unknown): string {
  const username = requireId(value, 'username');
  if (username !== username.toLowerCase()) fail('INVALID_ID', 'username must be lower case', 'username');
  return username;
}

/** A lead acts on the proposals whose `LeadAssigned.leadId` is their person id: a lead needs one. */
function requirePersonFor(role: UserRole, personId: unknown): string | null {
  const id = optionalId(personId, 'personId');
  if (role === 'lead' && id === null) fail('USER_PERSON_ID_REQUIRED', 'A lead needs the personId that lead assignments name', 'personId');
  return id;
}

function requireHash(value: unknown): string {
  return requireText(value, 'passwordHash');
}

function requireActive(state: UserState): { username: string; role: UserRole } {
  if (state.username === null || state.role === null) fail('USER_NOT_FOUND', 'The user is not registered');
  if (!state.active) fail('USER_DEACTIVATED', `User ${state.username} is deactivated`);
  return { username: state.username, role: state.role };
}

export function registerUser(command: RegisterUser, state: UserState): UserEvent[] {
  const { data } = command;
  if (state.username !== null) fail('USER_ALREADY_REGISTERED', `User ${state.username} is already registered`, 'username');
  const role = requireOneOf(data.role, USER_ROLES, 'role');
  return [
    {
      type: 'UserRegistered',
      data: {
        userId: requireId(data.userId, 'userId'),
        username: requireUsername(data.username),
        name: requireText(data.name, 'name'),
        role,
        personId: requirePersonFor(role, data.personId),
        passwordHash: requireHash(data.passwordHash),
      },
    },
  ];
}

export function changeUserRole(command: ChangeUserRole, state: UserState): UserEvent[] {
  const { data } = command;
  const role = requireOneOf(data.role, USER_ROLES, 'role');
  const personId = requirePersonFor(role, data.personId === undefined ? state.personId : data.personId);
  const reason = requireReason(data.reason);
  const user = requireActive(state);
  if (role === user.role && personId === state.personId) fail('USER_ROLE_UNCHANGED', `User ${user.username} already has that role`, 'role');
  return [
    {
      type: 'UserRoleChanged',
      data: { username: user.username, role, previousRole: user.role, personId, reason },
    },
  ];
}

export function deactivateUser(command: DeactivateUser, state: UserState): UserEvent[] {
  const reason = requireReason(command.data.reason);
  if (state.username === null) fail('USER_NOT_FOUND', 'The user is not registered');
  if (!state.active) fail('USER_ALREADY_DEACTIVATED', `User ${state.username} is already deactivated`);
  return [{ type: 'UserDeactivated', data: { username: state.username, reason } }];
}

export function changePassword(command: ChangePassword, state: UserState): UserEvent[] {
  const passwordHash = requireHash(command.data.passwordHash);
  const { username } = requireActive(state);
  return [{ type: 'PasswordChanged', data: { username, passwordHash } }];
}

export const userDecider = deciderOf<UserCommand, UserEvent, UserState>({
  initialState: initialUserState,
  evolve: {
    UserRegistered: (state, event) => {
      const { userId, username, name, role, personId, passwordHash } = event.data;
      return { userId, username, name, role, personId, passwordHash, active: true };
    },
    UserRoleChanged: (state, event) => ({ ...state, role: event.data.role, personId: event.data.personId }),
    UserDeactivated: (state) => ({ ...state, active: false }),
    PasswordChanged: (state, event) => ({ ...state, passwordHash: event.data.passwordHash }),
  },
  decide: {
    RegisterUser: registerUser,
    ChangeUserRole: changeUserRole,
    DeactivateUser: deactivateUser,
    ChangePassword: changePassword,
  },
});

/** One sign-in attempt, after the caller has checked the password against the stored hash. */
export interface SignInAttempt {
  passwordMatches: boolean;
  /** The session the sign-in opens, if it succeeds. */
  sessionId: string;
  /** How the user proved who they are: 'password' today, an identity provider later. */
  method: string;
  origin: SignInOrigin;
}

/**
 * A refusal for a user name nobody has. Not an event: nothing happened to any user, and
 * the typed name (perhaps a password typed in the wrong box) must not be kept; the caller
 * only counts it.
 */
export type UnknownUserRefused = { readonly type: 'UnknownUserRefused' };

export type SignInDecision = SignInEvent | UnknownUserRefused;

/**
 * The outcome of a sign-in attempt against the user's current state: signed in, refused
 * with the reason the audit history keeps, or refused for a user name nobody has (the
 * caller is told only "invalid credentials" in every refused case). The events carry the
 * user's own name from their stream, never anything typed.
 */
export function decideSignIn(state: UserState, attempt: SignInAttempt): SignInDecision {
  const { method, origin } = attempt;
  if (state.username === null || state.userId === null) return { type: 'UnknownUserRefused' };
  const username = state.username;
  const refused = (failure: 'wrong-password' | 'deactivated'): SignInEvent => ({
    type: 'SignInFailed',
    data: { username, failure, method, ...origin },
  });
  if (!attempt.passwordMatches) return refused('wrong-password');
  if (!state.active) return refused('deactivated');
  return {
    type: 'UserSignedIn',
    data: { username, userId: state.userId, sessionId: attempt.sessionId, method, ...origin },
  };
}
