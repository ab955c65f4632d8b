import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { ChangePassword, ChangeUserRole, DeactivateUser, RegisterUser } from './user.commands';
import { decideSignIn, initialUserState, userDecider, type SignInAttempt } from './user.decider';
import type { UserDeactivated, UserEvent, UserRegistered, UserRoleChanged } from './user.events';

const { given } = deciderSpec(userDecider);

const register: RegisterUser = {
  type: 'RegisterUser',
  data: {
    userId: 'person-tim-godwin',
    username: 'person-tim-godwin',
    name: 'AC Tim Godwin',
    role: 'lead',
    personId: 'person-tim-godwin',
    passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA',
  },
};
const registered: UserRegistered = {
  type: 'UserRegistered',
  data: { ...register.data, personId: 'person-tim-godwin' },
};
const toOversight: ChangeUserRole = {
  type: 'ChangeUserRole',
  data: { role: 'oversight-committee', personId: null, reason: 'Joined the committee' },
};
const roleChanged: UserRoleChanged = {
  type: 'UserRoleChanged',
  data: {
    username: 'person-tim-godwin',
    role: 'oversight-committee',
    previousRole: 'lead',
    personId: null,
    reason: 'Joined the committee',
  },
};
const deactivate: DeactivateUser = { type: 'DeactivateUser', data: { reason: 'Left the MPS' } };
const deactivated: UserDeactivated = {
  type: 'UserDeactivated',
  data: { username: 'person-tim-godwin', reason: 'Left the MPS' },
};
const changePassword: ChangePassword = {
  type: 'ChangePassword',
  data: { passwordHash: '$argon2id$new' },
};

describe('user decider', () => {
  describe('when the user is not registered', () => {
    it('registers them with the hash the caller computed', () => void given([]).when(register).then([registered]));

    it('registers a programme office user without a person id', () => void given([]).when(amend(register, { username: 'mmp-office', role: 'programme-office', personId: undefined })).then([{ type: 'UserRegistered', data: { ...registered.data, username: 'mmp-office', role: 'programme-office', personId: null } }]));

    it('refuses a lead without the person id that lead assignments name', () => void given([]).when(amend(register, { personId: null })).thenThrows('USER_PERSON_ID_REQUIRED', 'validation'));

    it('refuses an unknown role, an upper-case username and a missing hash', () => {
      given([]).when(amend(register, { role: 'superuser' as never })).thenThrows('INVALID_ENUM_VALUE');
      given([]).when(amend(register, { username: 'Tim' })).thenThrows('INVALID_ID');
      given([]).when(amend(register, { passwordHash: ' ' })).thenThrows('VALUE_REQUIRED');
    });

    it('cannot change the role, deactivate or change the password of nobody', () => {
      given([]).when(toOversight).thenThrows('USER_NOT_FOUND', 'not-found');
      given([]).when(deactivate).thenThrows('USER_NOT_FOUND', 'not-found');
      given([]).when(changePassword).thenThrows('USER_NOT_FOUND', 'not-found');
    });
  });

  describe('when the user is active', () => {
    it('refuses to register them twice', () => void given([registered]).when(register).thenThrows('USER_ALREADY_REGISTERED', 'rule'));

    it('changes the role, with the previous one and a reason', () => void given([registered]).when(toOversight).then([roleChanged]));

    it('keeps the person id when the change does not name one', () => void given([registered]).when({ type: 'ChangeUserRole', data: { role: 'programme-office', reason: 'Moved to the office' } }).then([{ type: 'UserRoleChanged', data: { username: 'person-tim-godwin', role: 'programme-office', previousRole: 'lead', personId: 'person-tim-godwin', reason: 'Moved to the office' } }]));

    it('refuses a change that changes nothing, or has no reason', () => {
      given([registered]).when({ type: 'ChangeUserRole', data: { role: 'lead', reason: 'again' } }).thenThrows('USER_ROLE_UNCHANGED', 'rule');
      given([registered]).when(amend(toOversight, { reason: '' })).thenThrows('REASON_REQUIRED');
    });

    it('deactivates them, with a reason', () => void given([registered]).when(deactivate).then([deactivated]));

    it('changes the password hash', () => void given([registered]).when(changePassword).then([{ type: 'PasswordChanged', data: { username: 'person-tim-godwin', passwordHash: '$argon2id$new' } }]));

    it('folds the role change into the state', () => void given([registered, roleChanged]).thenState(expect.objectContaining({ role: 'oversight-committee', personId: null, active: true })));
  });

  describe('when the user is deactivated', () => {
    const history: UserEvent[] = [registered, deactivated];

    it('refuses a second deactivation, a role change and a password change', () => {
      given(history).when(deactivate).thenThrows('USER_ALREADY_DEACTIVATED', 'rule');
      given(history).when(toOversight).thenThrows('USER_DEACTIVATED', 'rule');
      given(history).when(changePassword).thenThrows('USER_DEACTIVATED', 'rule');
    });
  });
});

describe('sign-in outcome', () => {
  const attempt: SignInAttempt = {
    passwordMatches: true,
    sessionId: 's-1',
    method: 'password',
    origin: { ip: '127.0.0.1', userAgent: 'jest' },
  };
  const active = userDecider.evolve(initialUserState(), registered);

  it('signs in an active user whose password matches', () => {
    expect(decideSignIn(active, attempt)).toEqual({
      type: 'UserSignedIn',
      data: {
        username: 'person-tim-godwin',
        userId: 'person-tim-godwin',
        sessionId: 's-1',
        method: 'password',
        ip: '127.0.0.1',
        userAgent: 'jest',
      },
    });
  });

  it('records why a known user was refused: wrong password, deactivated', () => {
    const failure = (state: typeof active, passwordMatches: boolean) =>
      decideSignIn(state, { ...attempt, passwordMatches }) as { type: string; data: unknown };
    expect(failure(active, false)).toMatchObject({ type: 'SignInFailed', data: { username: 'person-tim-godwin', failure: 'wrong-password' } });
    expect(failure(userDecider.evolve(active, deactivated), true).data).toMatchObject({ failure: 'deactivated' });
  });

  it('refuses a user name nobody has without an event (nothing typed is kept)', () => {
    expect(decideSignIn(initialUserState(), attempt)).toEqual({ type: 'UnknownUserRefused' });
    expect(decideSignIn(initialUserState(), { ...attempt, passwordMatches: false })).toEqual({ type: 'UnknownUserRefused' });
  });
});
