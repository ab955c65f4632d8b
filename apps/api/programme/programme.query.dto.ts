import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, ValidateIf } from 'class-validator';
import { ReadQueryDto } from '../http/query-params.dto';
import { CalendarDateField } from '../http/fields';

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

  @CalendarDateField({
    description: "Business time: the programme as the record tells it on this calendar day — every event whose own date (a decision's, a lead's start, " + "an assessment's, a realisation's period end …) is on or before it; an event without a date of its own goes with the one before it about the same item. " + 'For history recorded after the fact, such as the demo programme of 2005–2006.',
    example: '2006-02-03',
    optional: true,
  })
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
