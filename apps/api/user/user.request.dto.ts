import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { USER_ROLES, type UserRole } from '@ledger/user';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsLedgerId } from '../http/validators';
import { IsAcceptablePassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

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
  @Matches(USERNAME_PATTERN, { message: 'username must be 1–100 lower-case letters, digits, "-" or "_"' })
  username: string;

  @ApiProperty({ example: 'AC Tim Godwin', description: 'Shown as the actor of what the user records.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: USER_ROLES, example: 'lead' })
  @IsIn(USER_ROLES)
  role: UserRole;

  @ApiPropertyOptional({
    type: String,
    example: 'person-tim-godwin',
    description: 'The person the user is; for a lead (required), the leadId that lead assignments name.',
    nullable: true,
  })
  @IsOptional()
  @IsLedgerId()
  personId?: string | null;
}

export class ChangeUserRoleRequestDto {
  @ApiProperty({ enum: USER_ROLES, example: 'oversight-committee' })
  @IsIn(USER_ROLES)
  role: UserRole;

  @ApiPropertyOptional({ description: 'For a lead, the leadId; omitted keeps the current one.', nullable: true })
  @IsOptional()
  @IsLedgerId()
  personId?: string | null;

  @ApiProperty({ example: 'Joined the oversight committee', description: 'Why (required); also recorded with the event.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

export class DeactivateUserRequestDto {
  @ApiProperty({ example: 'Left the Metropolitan Police Service', description: 'Why (required); also recorded with the event.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}
