import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@ledger/user';

export const IS_PUBLIC = 'access:public';
export const ROLES = 'access:roles';
export const VALUES_BY_ROLE = 'access:values-by-role';

/** Every role: for what any signed-in user may do (their own session). */
export const EVERY_ROLE: readonly UserRole[] = USER_ROLES;
/** Who may read the programme: every role but the administrator's. */
export const PROGRAMME_READERS: readonly UserRole[] = ['programme-office', 'lead', 'oversight-committee'];

/** No sign-in needed. Only health, sign-in and refresh are public (docs and metrics are not Nest routes). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The roles that may call the route; every other role gets 403, and anonymous callers 401. */
export const Roles = (...roles: UserRole[]) =>
  applyDecorators(
    SetMetadata(ROLES, roles),
    ApiBearerAuth(),
    // In the document too (x-roles): each operation's description names who may call it.
    ApiExtension('x-roles', roles),
    ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED: no valid access token.' }),
    ApiForbiddenResponse({ description: `FORBIDDEN for roles other than ${roles.join(', ')}.` }),
  );

/**
 * Documents the lead rule of the route's command: a lead may send it only for a proposal they
 * currently lead. The command's handler enforces it (`ledBy`), as a dependency of its append.
 */
export const LeadOfProposal = () =>
  ApiForbiddenResponse({ description: 'NOT_LEAD_OF_PROPOSAL: a lead acts only on the proposals they currently lead.' });

export interface ValuesByRole {
  field: string;
  /** Every value the field can take; a value outside it is left to validation (400). */
  values: readonly string[];
  /** The values each role may send; a role not named may send any. */
  byRole: Partial<Record<UserRole, readonly string[]>>;
}

/** Restricts what some roles may send in a body field, e.g. a lead rates delivery confidence 'self' only. */
export const AllowedValuesByRole = (rule: ValuesByRole) => SetMetadata(VALUES_BY_ROLE, rule);
