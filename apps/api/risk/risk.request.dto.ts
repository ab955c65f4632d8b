import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { RISK_CATEGORIES, RISK_KINDS, RISK_RESPONSES, type RiskCategory, type RiskKind, type RiskResponse } from '@ledger/risk';
import { CommandRequestDto } from '../http/command-request.dto';
import { CalendarDateField, EnumField, LedgerIdField, TextField, TextsField } from '../http/fields';

/** A likelihood or impact rating: a whole number on a 1–5 scale (the domain computes the scores). */
function Rating(description: string, example: number) {
  const message = `Choose the ${description.split(',')[0].replace('Inherent ', '').toLowerCase()}: a whole number from 1 to 5`;
  // Listed in the order its messages have always come in (applyDecorators applies top-down).
  return applyDecorators(ApiProperty({ type: 'integer', description, minimum: 1, maximum: 5, example }), IsInt({ message }), Min(1, { message }), Max(5, { message }));
}

const LIKELIHOOD = 'Inherent likelihood, 1 (rare) to 5 (almost certain).';
const IMPACT = 'Inherent impact, 1 (minimal) to 5 (severe).';
const RESIDUAL_LIKELIHOOD = 'Likelihood once the response works, 1–5.';
const RESIDUAL_IMPACT = 'Impact once the response works, 1–5.';

export class RaiseRiskRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'sn-pcso-recruitment',
    optional: true,
  })
  riskId?: string;

  @LedgerIdField({
    description: 'The proposal the risk belongs to; omit for a programme risk.',
    example: 'safer-neighbourhoods',
    optional: true,
    nullable: true,
  })
  proposalId?: string | null;

  @EnumField(RISK_KINDS, { example: 'threat' })
  kind: RiskKind;

  @EnumField(RISK_CATEGORIES, {
    description: 'The register also holds issues, assumptions and dependencies.',
    example: 'risk',
  })
  category: RiskCategory;

  @TextField({ max: 300, example: 'PCSO recruitment falls short of the Safer Neighbourhoods rollout' })
  title: string;

  @TextField({ max: 2000, example: 'High turnover and competition from other forces for PCSO candidates' })
  cause: string;

  @TextField({ max: 2000, example: 'Teams in outer boroughs are not at full strength by the target date' })
  event: string;

  @TextField({ max: 2000, example: 'Wards without a full team; public confidence benefits delayed' })
  effect: string;

  @TextField({ max: 200, example: 'Assistant Commissioner, Territorial Policing' })
  ownerName: string;

  @Rating(LIKELIHOOD, 4)
  likelihood: number;

  @Rating(IMPACT, 4)
  impact: number;

  @Rating(RESIDUAL_LIKELIHOOD, 2)
  residualLikelihood: number;

  @Rating(RESIDUAL_IMPACT, 3)
  residualImpact: number;

  @TextField({
    max: 200,
    description: 'When the risk could materialise.',
    example: 'Before the 2006/07 rollout completes',
  })
  proximity: string;

  @EnumField(RISK_RESPONSES, {
    description: 'avoid/reduce/transfer/accept for a threat; exploit/share/enhance/accept for an opportunity.',
    example: 'reduce',
  })
  response: RiskResponse;

  @TextsField({
    max: 1000,
    maxItems: 50,
    example: [ 'Rolling recruitment campaign with the GLA', 'Monthly strength report to Management Board', ],
    optional: true,
  })
  actions?: string[];

  @CalendarDateField({
    description: 'The day the risk was raised (not the day it is recorded).',
    example: '2005-10-14',
  })
  raisedOn: string;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class ReassessRiskRequestDto {
  @Rating(LIKELIHOOD, 3)
  likelihood: number;

  @Rating(IMPACT, 4)
  impact: number;

  @Rating(RESIDUAL_LIKELIHOOD, 2)
  residualLikelihood: number;

  @Rating(RESIDUAL_IMPACT, 2)
  residualImpact: number;

  @TextField({
    max: 2000,
    description: 'Why the ratings change; required, recorded on the event and in its metadata.',
    example: 'Recruitment campaign filled 80% of vacancies by March 2006',
  })
  reason: string;

  @CalendarDateField({
    description: 'The day of the reassessment, not before the risk was raised.',
    example: '2006-03-31',
  })
  reassessedOn: string;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class CloseRiskRequestDto {
  @TextField({
    max: 2000,
    description: 'Why the risk is closed; required, recorded on the event and in its metadata.',
    example: 'All 630 wards have a full Safer Neighbourhoods team',
  })
  reason: string;

  @CalendarDateField({
    description: 'The day it was closed, not before the risk was raised.',
    example: '2007-04-02',
  })
  closedOn: string;
}
