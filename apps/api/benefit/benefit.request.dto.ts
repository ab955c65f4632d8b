import { PersonIdField } from '../http/person-fields';
import { ApiProperty } from '@nestjs/swagger';
import { Matches, type ValidationOptions } from 'class-validator';
import { SCHEDULE_KINDS, type ScheduleKind } from '@ledger/benefit';
import { CommandRequestDto } from '../http/command-request.dto';
import { BooleanField, CalendarDateField, EnumField, type FieldDoc, LedgerIdField, LedgerIdsField, NestedListField, PenceField, TextField } from '../http/fields';

/** A reporting period in the domain's spelling: a financial year (2006/07) or a quarter (2006-Q3). */
export const BENEFIT_PERIOD_PATTERN = /^(\d{4}\/\d{2}|\d{4}-Q[1-4])$/;

function IsBenefitPeriod(options?: ValidationOptions) {
  return Matches(BENEFIT_PERIOD_PATTERN, {
    message: 'Enter the period as a financial year such as 2006/07 or a quarter such as 2006-Q3',
    ...options,
  });
}

/** A value in the benefit's unit: whole pence for a cash benefit, a whole number otherwise. */
function BenefitValueField(doc: FieldDoc & { allowNegative?: boolean }) {
  return PenceField({ ...doc, message: (what) => `Enter ${what}: a whole number (whole pence for a cash benefit)` });
}

const VALUE_DESCRIPTION =
  "In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.";

export class ScheduledValueDto {
  @ApiProperty({
    description: 'Financial year (2006/07) or quarter (2006-Q3)',
    example: '2006/07',
    pattern: BENEFIT_PERIOD_PATTERN.source,
  })
  @IsBenefitPeriod()
  period: string;

  @BenefitValueField({ description: VALUE_DESCRIPTION, example: 3_500_000_000, say: { invalid: 'Enter the planned value for the period: a whole number of zero or more (for money, whole pence: the form converts pounds)' } })
  plannedValue: number;
}

/** A benefit's schedule, as planned or re-forecast: one to sixty periods, each once. */
function ScheduleField(description: string, example: { period: string; plannedValue: number }[]) {
  return NestedListField(() => ScheduledValueDto, {
    max: 60,
    min: 1,
    description,
    example,
    say: { tooFew: 'Plan at least one period in the realisation schedule', tooLong: 'A schedule has at most 60 periods' },
  });
}

export class PlanBenefitRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'savings-target-70m',
    optional: true,
  })
  benefitId?: string;

  @TextField({ max: 2000, example: 'Efficiency savings of £70m from the Service Review proposals', say: { missing: 'Describe the benefit', tooLong: 'Keep the description to 2,000 characters or fewer' } })
  description: string;

  @TextField({
    max: 2000,
    example: 'Cashable savings released from the base budget and reinvested in front-line policing',
    say: { missing: 'Say what will be seen when the benefit is realised', tooLong: 'Keep the observable outcome to 2,000 characters or fewer' },
  })
  observableOutcome: string;

  @TextField({ max: 500, example: 'Cashable savings against the 2005/06 base budget', say: { missing: 'Say what is measured', tooLong: 'Keep the measure to 500 characters or fewer' } })
  measure: string;

  @TextField({
    max: 50,
    description: "'GBP-pence' for cash (required when cashReleasing); any other unit is free text.",
    example: 'GBP-pence',
    say: { missing: 'Enter the unit: GBP-pence for money, otherwise what is counted (such as wards)', tooLong: 'Keep the unit to 50 characters or fewer' },
  })
  unit: string;

  @TextField({
    max: 2000,
    example: 'Budget monitoring by the Resources Directorate, traced to each proposal’s business case',
    say: { missing: 'Say how the benefit is attributed and measured', tooLong: 'Keep this to 2,000 characters or fewer' },
  })
  attribution: string;

  @BooleanField({ example: true })
  cashReleasing: boolean;

  @BooleanField({ example: true })
  quantitative: boolean;

  @BooleanField({ description: 'True for a dis-benefit: an outcome seen as negative.', example: false })
  isDisbenefit: boolean;

  @PersonIdField({
    description: 'The benefit owner, accountable for realising it.',
    example: 'person-director-of-resources',
  })
  ownerId: string;

  @TextField({ max: 200, example: 'Director of Resources' })
  ownerName: string;

  @BenefitValueField({ description: `Fixed for good once planned. ${VALUE_DESCRIPTION}`, example: 0, say: { invalid: 'Enter the baseline: a whole number of zero or more (for money, whole pence: the form converts pounds)' } })
  baseline: number;

  @BenefitValueField({
    description: `Fixed for good once planned. ${VALUE_DESCRIPTION}`,
    example: 7_000_000_000,
    say: { invalid: 'Enter the target: a whole number of zero or more (for money, whole pence: the form converts pounds)' },
  })
  target: number;

  @BenefitValueField({
    description: VALUE_DESCRIPTION,
    example: 7_000_000_000,
    optional: true,
    nullable: true,
    say: { invalid: 'Enter the full-year value as a whole number of zero or more (for money, whole pence: the form converts pounds), or leave it out' },
  })
  fullYearValue?: number | null;

  @ScheduleField('Planned value per period, each period once.', [
    { period: '2006/07', plannedValue: 3_500_000_000 },
    { period: '2007/08', plannedValue: 7_000_000_000 },
  ])
  schedule: ScheduledValueDto[];

  @EnumField(SCHEDULE_KINDS, {
    default: 'per-period',
    description: "How the schedule's values read: 'per-period' amounts add up to the target; a 'running-total' rises to it; a 'level' is the rate reached in each period (e.g. savings a year), the last one the target. Realisations are reported the same way.",
    example: 'per-period',
    optional: true,
  })
  scheduleKind?: ScheduleKind;

  @CalendarDateField({
    description: 'The day the benefit was planned, e.g. with the business case that approved it (business time: the committee view of a day uses it); omit if unknown',
    example: '2006-02-03',
    optional: true,
    nullable: true,
  })
  plannedOn?: string | null;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class ReforecastBenefitRequestDto {
  @ScheduleField('The whole new schedule; baseline and target stay as planned. Reported periods must stay.', [
    { period: '2006/07', plannedValue: 2_800_000_000 },
    { period: '2007/08', plannedValue: 7_000_000_000 },
  ])
  schedule: ScheduledValueDto[];

  @TextField({
    max: 2000,
    description: 'Why the forecast changes; required, recorded on the event and in its metadata.',
    example: 'Shared service centre go-live moved to Q3 2006/07; savings phased accordingly',
  })
  reason: string;

  @CalendarDateField({
    description: 'The day of the re-forecast (business time: the committee view of a day uses it); omit if unknown',
    example: '2006-02-03',
    optional: true,
    nullable: true,
  })
  reforecastOn?: string | null;
}

export class RealiseBenefitRequestDto extends CommandRequestDto {
  @ApiProperty({
    description:
      'A scheduled period not yet reported: financial year (2006/07) or quarter (2006-Q3).',
    example: '2006/07',
    pattern: BENEFIT_PERIOD_PATTERN.source,
  })
  @IsBenefitPeriod()
  period: string;

  @BenefitValueField({
    allowNegative: true,
    description: `May be negative. ${VALUE_DESCRIPTION}`,
    example: 3_120_000_000,
  })
  actual: number;

  @BenefitValueField({
    description: `Forecast for the remaining periods. ${VALUE_DESCRIPTION}`,
    example: 3_880_000_000,
    optional: true,
    nullable: true,
  })
  forecastRemaining?: number | null;

  @TextField({ max: 2000, example: 'Outturn report 2006/07, Finance Committee, June 2007' })
  evidence: string;

  @TextField({
    max: 5000,
    example: 'Safer Neighbourhoods rollout absorbed part of the release; remainder on track',
    optional: true,
    nullable: true,
  })
  commentary?: string | null;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class CorrectBenefitRealisationRequestDto {
  @BenefitValueField({
    allowNegative: true,
    description: `The corrected actual for the period. ${VALUE_DESCRIPTION}`,
    example: 3_050_000_000,
  })
  actual: number;

  @TextField({
    max: 2000,
    description: 'Why the reported figure changes; required, recorded on the event and in its metadata.',
    example: 'Audited outturn lower than the provisional figure reported in May',
  })
  reason: string;
}

/** The objectives the benefit contributes to as they should now read (may be none); the reason is required. */
export class LinkBenefitObjectivesRequestDto {
  @LedgerIdsField({
    max: 50,
    unique: true,
    description: 'Ids of the plan objectives the benefit contributes to. A new link may not be made to an objective under a retired priority.',
    example: ['sn-teams-in-every-ward'],
  })
  objectiveIds: string[];

  @CalendarDateField({ description: 'Calendar date the link takes effect', example: '2006-04-01' })
  linkedOn: string;

  @TextField({
    max: 2000,
    description: 'Why the benefit contributes to these objectives (required); also recorded with the event.',
    example: 'The ward teams are what the 2006/07 objective measures.',
  })
  reason: string;
}
