import { type DomainEvent, typeNames } from '@ledger/kernel';

/** Who may do what is decided by a user's role (README, "Roles"). */
export const USER_ROLES = ['programme-office', 'lead', 'oversight-committee', 'administrator'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export type UserRegistered = DomainEvent<'UserRegistered', {
  /** The user's id: the actor id in every event they record. */
  userId: string;
  username: string;
  name: string;
  role: UserRole;
  /** The person the user is: for a lead, the `leadId` of `LeadAssigned`. */
  personId: string | null;
  /** A password hash (bcrypt) computed outside the domain; never the password. */
  passwordHash: string;
}>;

export type UserRoleChanged = DomainEvent<'UserRoleChanged', {
  username: string;
  role: UserRole;
  previousRole: UserRole;
  personId: string | null;
  reason: string;
}>;

export type UserDeactivated = DomainEvent<'UserDeactivated', { username: string; reason: string }>;

export type PasswordChanged = DomainEvent<'PasswordChanged', { username: string; passwordHash: string }>;

export type UserEvent = UserRegistered | UserRoleChanged | UserDeactivated | PasswordChanged;

/** The event types of the `user-<username>` stream. */
export const USER_EVENT_TYPES = typeNames<UserEvent['type']>({ UserRegistered: true, UserRoleChanged: true, UserDeactivated: true, PasswordChanged: true });
