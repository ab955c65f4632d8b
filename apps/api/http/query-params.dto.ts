import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PROPOSAL_STATUSES } from '@ledger/proposal';
import { IsCalendarDate, IsLedgerId } from './validators';

/** Every read may wait for a write's position first (see ReadYourWritesInterceptor). */
export class ReadQueryDto {
  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the write at this global position is projected', type: 'integer', minimum: 0, example: 1042 })
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'waitForPosition must be a global position (a whole number)' })
  waitForPosition?: string;
}

export class PageQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'cursor must be a nextCursor value from a previous page' })
  cursor?: string;
}

export class ListProposalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'met-modernisation' })
  @IsOptional()
  @IsLedgerId()
  programmeId?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES as unknown as string[])
  status?: string;

  @ApiPropertyOptional({ description: 'Only proposals this person currently leads' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  leadId?: string;
}

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsLedgerId() programmeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsLedgerId() proposalId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) actorId?: string;
  @ApiPropertyOptional({ example: 'LeadAssigned' }) @IsOptional() @Matches(/^[A-Za-z]{1,80}$/, { message: 'eventType must be an event name such as LeadAssigned' }) eventType?: string;
  @ApiPropertyOptional({ description: 'Recorded at or after (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ description: 'Recorded at or before (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

/** Recording time (`at`), business time (`on`), or both: one of them is needed. */
export class AsAtQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({
    description:
      'Recording time: the programme as the ledger held it at this moment (ISO 8601; a bare date such as 2006-03-23 means the end of that day, UTC). ' +
      'With `on`, what the ledger held at this moment about that day.',
    example: '2026-12-06T12:00:00Z',
  })
  @ValidateIf((q: AsAtQueryDto) => q.at !== undefined || q.on === undefined)
  @IsISO8601({ strict: true }, { message: 'at must be an ISO 8601 moment (or give on, a calendar date)' })
  at?: string;

  @ApiPropertyOptional({
    description:
      "Business time: the programme as the record tells it on this calendar day — every event whose own date (a decision's, a lead's start, " +
      "an assessment's, a realisation's period end …) is on or before it; an event without a date of its own goes with the one before it about the same item. " +
      'For history recorded after the fact, such as the demo programme of 2005–2006.',
    example: '2006-02-03',
  })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class ChangesQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'From this moment (exclusive). A bare date means the end of that day (UTC).', example: '2005-09-29' })
  @IsISO8601({ strict: true })
  from: string;

  @ApiPropertyOptional({ description: 'To this moment (inclusive); default now.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

/** A bare calendar date is the end of that day: "as at the meeting on 23 March" includes the 23rd. */
export function momentOf(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}

export function encodeCursor(value: string | number): string {
  return Buffer.from(String(value)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  return cursor === undefined ? undefined : Buffer.from(cursor, 'base64url').toString('utf8');
}
