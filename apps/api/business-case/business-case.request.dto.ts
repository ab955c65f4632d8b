import { BUSINESS_CASE_STAGES, type BusinessCaseStage } from '@ledger/business-case';
import { ConditionFollowUpDto, ConditionFollowUpField, TakenAtMeetingField } from '../action/action.request.dto';
import { CommandRequestDto } from '../http/command-request.dto';
import { CalendarDateField, EnumField, FinancialYearField, LedgerIdField, NestedField, NestedListField, PenceField, TextField, TextsField } from '../http/fields';

const SECTION = 20_000;

/** The Green Book's five cases. */
export class BusinessCaseSectionsDto {
  @TextField({
    max: SECTION,
    example: 'Delivers the Safer Neighbourhoods outcome: communities are, and feel, safer.',
  })
  strategic: string;

  @TextField({
    max: SECTION,
    example: 'Options appraised: status quo, phased roll-out, immediate roll-out to all 630 wards.',
  })
  economic: string;

  @TextField({
    max: SECTION,
    example: 'PCSO recruitment through the existing framework; no new procurement.',
  })
  commercial: string;

  @TextField({
    max: SECTION,
    example: 'Funded from the Home Office grant and the MPA precept over 2006/07 to 2007/08.',
  })
  financial: string;

  @TextField({
    max: SECTION,
    example: 'Led by AC Tim Godwin through the Territorial Policing board; quarterly reports to the MPA.',
  })
  management: string;
}

export class InvestmentByYearDto {
  @FinancialYearField({ description: 'UK financial year, 1 April to 31 March', example: '2006/07', say: { invalid: 'Enter a financial year such as 2006/07' } })
  financialYear: string;

  @PenceField({ description: 'Whole pence', example: 4_500_000_000, say: { invalid: 'Enter the year’s investment: an amount of zero or more, in whole pence (the form converts pounds)' } })
  amountPence: number;
}

export class AnticipatedBenefitDto {
  @TextField({ max: 2000, example: 'Reduced fear of crime in wards with a full team' })
  description: string;

  @PenceField({
    description: 'Whole pence, where the benefit is monetised',
    example: 250_000_000,
    optional: true,
    nullable: true,
  })
  amountPence?: number | null;
}

export class SubmitBusinessCaseRequestDto extends CommandRequestDto {
  @EnumField(BUSINESS_CASE_STAGES, {
    description: 'SOC, then OBC, then FBC; a returned case is resubmitted at the same stage as a new version.',
    example: 'SOC',
  })
  stage: BusinessCaseStage;

  @NestedField(() => BusinessCaseSectionsDto)
  sections: BusinessCaseSectionsDto;

  @NestedListField(() => InvestmentByYearDto, {
    max: 30,
    description: 'One entry per financial year',
    say: { missing: 'Give the investment by financial year as a list', tooLong: 'List at most 30 financial years' },
  })
  investment: InvestmentByYearDto[];

  @PenceField({ description: 'Whole pence', example: 12_000_000_000, say: { invalid: 'Enter the whole-life cost: an amount of zero or more, in whole pence (the form converts pounds)' } })
  wholeLifeCostPence: number;

  @NestedListField(() => AnticipatedBenefitDto, { max: 100 })
  anticipatedBenefits: AnticipatedBenefitDto[];

  @TextField({ max: 200, description: 'Who submits it, usually the lead', example: 'Tim Godwin' })
  submittedBy: string;

  @CalendarDateField({ description: 'Calendar date of submission', example: '2005-11-15' })
  submittedOn: string;
}

export class ApproveBusinessCaseRequestDto extends CommandRequestDto {
  @TextsField({
    max: 2000,
    maxItems: 50,
    description: 'Empty or absent for an unconditional approval.',
    example: ['Report PCSO recruitment quarterly to the Finance and Resources Committee'],
    optional: true,
  })
  conditions?: string[];

  @TextField({ max: 300, example: 'MPA Finance and Resources Committee, 15 December 2005' })
  meeting: string;

  @CalendarDateField({ description: 'Calendar date of the decision', example: '2005-12-15' })
  decisionDate: string;

  @TakenAtMeetingField('the forum its words name')
  meetingId?: string;

  @ConditionFollowUpField()
  followUp?: ConditionFollowUpDto;
}

export class ReturnBusinessCaseRequestDto extends CommandRequestDto {
  @TextField({
    max: 10_000,
    example: 'The economic case should compare a phased roll-out with the status quo.',
  })
  comments: string;

  @TextField({ max: 300, example: 'MPA Finance and Resources Committee, 15 December 2005' })
  meeting: string;

  @CalendarDateField({ description: 'Calendar date of the decision', example: '2005-12-15' })
  decisionDate: string;

  @LedgerIdField({
    description: 'The meeting it was taken at: a scheduled meeting of the forum its words name (404 when there is none, 400 when of another forum).',
    example: 'mmp-authority-2005-09-29',
    optional: true,
  })
  meetingId?: string;
}
