import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { USER_ROLES, type UserRole } from '@ledger/user';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsAcceptablePassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';
import { EnumField, LedgerIdField, TextField } from '../http/fields';

/** Usernames name the user's stream: lower-case slugs. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,99}$/;

export class PasswordDto extends CommandRequestDto {
  @ApiProperty({
    description:
      'At least 12 characters, not only white space, and not easily guessed (common or breached-style passwords, keyboard patterns, the user name): checked with zxcvbn. Stored only as a bcrypt hash.',
    format: 'password',
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
  })
  @IsAcceptablePassword()
  password: string;
}

export class RegisterUserRequestDto extends PasswordDto {
  @ApiProperty({ example: 'person-tim-godwin', description: 'Lower-case letters, digits, "-" or "_"; also the user id.' })
  @Matches(USERNAME_PATTERN, { message: 'Enter the user name: up to 100 lower-case letters, digits, “-” or “_”, starting with a letter or digit' })
  username: string;

  @TextField({
    max: 200,
    example: 'AC Tim Godwin',
    description: 'Shown as the actor of what the user records.',
  })
  name: string;

  @EnumField(USER_ROLES, { example: 'lead' })
  role: UserRole;

  @LedgerIdField({
    example: 'person-tim-godwin',
    description: 'The person the user is; for a lead (required), the leadId that lead assignments name.',
    optional: true,
    nullable: true,
  })
  personId?: string | null;
}

export class ChangeUserRoleRequestDto {
  @EnumField(USER_ROLES, { example: 'oversight-committee' })
  role: UserRole;

  @LedgerIdField({
    description: 'For a lead, the leadId; omitted keeps the current one.',
    optional: true,
    nullable: true,
  })
  personId?: string | null;

  @TextField({
    max: 2000,
    example: 'Joined the oversight committee',
    description: 'Why (required); also recorded with the event.',
  })
  reason: string;
}

export class DeactivateUserRequestDto {
  @TextField({
    max: 2000,
    example: 'Left the Metropolitan Police Service',
    description: 'Why (required); also recorded with the event.',
  })
  reason: string;
}
