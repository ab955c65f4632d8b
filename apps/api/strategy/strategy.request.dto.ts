import { PLAN_KINDS, PRIORITY_TIERS, type PlanKind, type PriorityTier } from '@ledger/strategy';
import { CommandRequestDto, ReasonField } from '../http/command-request.dto';
import { CalendarDateField, EnumField, FinancialYearField, LedgerIdField, TextField, TextsField } from '../http/fields';

export class DefinePlanRequestDto extends CommandRequestDto {
  @LedgerIdField({ example: 'policing-plan-2006-07' })
  planId: string;

  @EnumField(PLAN_KINDS, { example: 'policing-plan' })
  kind: PlanKind;

  @TextField({ max: 300, example: 'Policing Plan 2006/07' })
  title: string;

  @FinancialYearField({ description: 'The first financial year of the plan.', example: '2006/07' })
  firstYear: string;

  @FinancialYearField({
    description: 'The last financial year (an annual plan: the same as the first).',
    example: '2006/07',
  })
  lastYear: string;

  @TextField({
    max: 2000,
    example: 'Making London safe for all the people we serve',
    optional: true,
    nullable: true,
  })
  mission?: string | null;

  @TextField({ max: 2000, optional: true, nullable: true })
  vision?: string | null;

  @TextsField({ max: 1000, maxItems: 50, optional: true })
  values?: string[];

  @TextsField({ max: 1000, maxItems: 50, optional: true })
  criticalSuccessFactors?: string[];

  @CalendarDateField({ description: 'The day the plan was adopted.', example: '2006-03-30' })
  adoptedOn: string;
}

/** A priority's wording, as defined or reworded. */
const PriorityTitleField = () => TextField({ max: 500, example: 'Counter terrorism, security and protection' });

export class DefinePriorityRequestDto extends CommandRequestDto {
  @LedgerIdField({ example: 'counter-terrorism' })
  priorityId: string;

  @EnumField(PRIORITY_TIERS, { description: 'For Londoners, or for excellence.', example: 'londoners' })
  tier: PriorityTier;

  @PriorityTitleField()
  title: string;

  @CalendarDateField({ example: '2006-03-30' })
  definedOn: string;
}

export class RewordPriorityRequestDto {
  @PriorityTitleField()
  title: string;

  @ReasonField('Why the wording changes; kept in the plan’s history.')
  reason: string;

  @CalendarDateField({ example: '2006-04-01' })
  rewordedOn: string;
}

export class RetirePriorityRequestDto {
  @LedgerIdField({
    description: 'The priority of the same plan it is merged into; omit to retire it outright.',
    optional: true,
    nullable: true,
  })
  mergedInto?: string | null;

  @ReasonField('Why it is retired or merged.')
  reason: string;

  @CalendarDateField({ example: '2006-04-01' })
  retiredOn: string;
}
