import { CommandRequestDto } from '../http/command-request.dto';
import { CalendarDateField, LedgerIdField, LedgerIdsField, TextField } from '../http/fields';

const PREDECESSORS_DESCRIPTION =
  'Milestones of the same programme that must be achieved first (the critical path, across proposals).';

export class PlanMilestoneRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'sn-all-wards',
    optional: true,
  })
  milestoneId?: string;

  @LedgerIdField({
    description: 'The proposal the milestone delivers; omit for a programme-wide milestone.',
    example: 'safer-neighbourhoods',
    optional: true,
    nullable: true,
  })
  proposalId?: string | null;

  @TextField({ max: 300, example: 'Safer Neighbourhoods teams in all 630 London wards' })
  title: string;

  @CalendarDateField({
    description: 'The planned date; it never moves (re-scheduling moves the forecast).',
    example: '2006-12-31',
  })
  baselineDate: string;

  @LedgerIdsField({
    max: 100,
    unique: true,
    description: `${PREDECESSORS_DESCRIPTION} For example ['sn-recruitment-complete'].`,
    example: [],
    optional: true,
  })
  predecessorIds?: string[];

  @CalendarDateField({
    description: 'The day the milestone was planned (business time: the committee view of a day uses it); omit if unknown',
    example: '2006-02-03',
    optional: true,
    nullable: true,
  })
  plannedOn?: string | null;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class RescheduleMilestoneRequestDto {
  @CalendarDateField({ description: 'The new forecast date; the baseline stays.', example: '2007-03-31' })
  forecastDate: string;

  @TextField({
    max: 2000,
    description: 'Why the milestone slips or moves; required, recorded on the event and in its metadata.',
    example: 'PCSO recruitment behind plan in outer boroughs',
  })
  reason: string;

  @CalendarDateField({
    description: 'The day of the re-schedule (business time: the committee view of a day uses it); omit if unknown',
    example: '2006-02-03',
    optional: true,
    nullable: true,
  })
  rescheduledOn?: string | null;
}

export class AchieveMilestoneRequestDto extends CommandRequestDto {
  @CalendarDateField({
    description: 'The day it was achieved (not the day it is recorded).',
    example: '2007-03-30',
  })
  achievedOn: string;
}

export class ChangeMilestonePredecessorsRequestDto extends CommandRequestDto {
  @LedgerIdsField({
    max: 100,
    unique: true,
    description: `The complete new list; empty for none. ${PREDECESSORS_DESCRIPTION}`,
    example: ['sn-recruitment-complete', 'sn-bases-opened'],
  })
  predecessorIds: string[];
}
