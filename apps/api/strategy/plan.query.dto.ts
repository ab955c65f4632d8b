import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { ReadQueryDto } from '../http/query-params.dto';
import { CalendarDateField, FinancialYearField } from '../http/fields';

/** Recording time: the view as the ledger held it at a moment (default: now, from the tables). */
export class PlanAsAtQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({
    description: 'As the ledger held it at this moment (ISO 8601; a bare date means the end of that day, UTC), folded from the events.',
    example: '2026-12-06T12:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @CalendarDateField({
    description:
      'Business time: as the record (up to `at`, if given) tells it on this calendar day: every event whose own date (a plan adopted, a priority or objective defined, ' +
      'reworded or retired, an actual reported or corrected, a proposal amended …) is on or before it; an event without a date of its own (a target, a funding line) goes with the one before it about the same item.',
    example: '2007-03-31',
    optional: true,
  })
  on?: string;
}

export class PerformanceQueryDto extends PlanAsAtQueryDto {
  @FinancialYearField({
    description: 'The financial year to rate; default the plan’s first.',
    example: '2006/07',
    optional: true,
  })
  period?: string;
}
