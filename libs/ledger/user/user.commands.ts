import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { UserRegistered, UserRoleChanged } from './user.events';

/** `passwordHash` is hashed by the caller: the domain never sees a password. */
export type RegisterUser = DomainCommand<'RegisterUser', CommandData<UserRegistered['data'], never, 'personId'>>;

export type ChangeUserRole = DomainCommand<'ChangeUserRole', CommandData<UserRoleChanged['data'], 'username' | 'previousRole', 'personId'>>;

export type DeactivateUser = DomainCommand<'DeactivateUser', { reason: string }>;

export type ChangePassword = DomainCommand<'ChangePassword', { passwordHash: string }>;

export type UserCommand = RegisterUser | ChangeUserRole | DeactivateUser | ChangePassword;
