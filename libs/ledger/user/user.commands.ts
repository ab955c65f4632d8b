import type { DomainCommand } from '@ledger/kernel';
import type { UserRole } from './user.events';

export type RegisterUser = DomainCommand<
  'RegisterUser',
  {
    userId: string;
    username: string;
    name: string;
    role: UserRole;
    personId?: string | null;
    /** Hashed by the caller: the domain never sees a password. */
    passwordHash: string;
  }
>;

export type ChangeUserRole = DomainCommand<
  'ChangeUserRole',
  { role: UserRole; personId?: string | null; reason: string }
>;

export type DeactivateUser = DomainCommand<'DeactivateUser', { reason: string }>;

export type ChangePassword = DomainCommand<'ChangePassword', { passwordHash: string }>;

export type UserCommand = RegisterUser | ChangeUserRole | DeactivateUser | ChangePassword;
