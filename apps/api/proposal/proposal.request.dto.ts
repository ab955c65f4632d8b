import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested, IsObject } from 'class-validator';
import { DELIVERY_CONFIDENCE_ASSESSMENTS, DELIVERY_CONFIDENCE_RATINGS, EQUALITY_IMPACTS, NOT_TAKEN_FORWARD_REASONS, SCREENING_OUTCOMES, type DeliveryConfidenceAssessment, type DeliveryConfidenceRating, type EqualityImpact, type NotTakenForwardReason, type ScreeningOutcome } from '@ledger/proposal';
import { FORUMS, type Forum } from '@ledger/kernel';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';
import { SourceReferenceDto } from '../programme/programme.request.dto';

const TEXT = 5000;
const NAME = 200;
const LIST = 50;

export class RegisterProposalRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({
    description: 'Chosen by the caller, or generated.',
    example: 'safer-neighbourhoods',
  })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string;

  @ApiProperty({ example: 'Safer Neighbourhoods', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({
    example: 'A dedicated neighbourhood team in every ward of London by April 2007.',
    maxLength: TEXT,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  aims: string;

  @ApiProperty({ type: SourceReferenceDto })
  @IsObject({ message: '$property must be an object' })
  @ValidateNested()
  @Type(() => SourceReferenceDto)
  source: SourceReferenceDto;

  @ApiProperty({
    description: 'Ids of the programme’s strategic outcomes the proposal supports (at least one).',
    type: [String],
    example: ['communities-feel-safer'],
    minItems: 1,
    maxItems: LIST,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIST)
  @ArrayUnique()
  @IsLedgerId({ each: true })
  outcomeIds: string[];

  @ApiProperty({
    description: 'Ids of the programme’s strategic priorities the proposal supports.',
    type: [String],
    example: ['neighbourhood-policing'],
    maxItems: LIST,
  })
  @IsArray()
  @ArrayMaxSize(LIST)
  @ArrayUnique()
  @IsLedgerId({ each: true })
  priorityIds: string[];
}

export class OpenConsultationRequestDto extends CommandRequestDto {
  @ApiProperty({
    format: 'date',
    description: 'Calendar date the consultation opens',
    example: '2005-10-03',
  })
  @IsCalendarDate()
  opensOn: string;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date it closes (not before opensOn)',
    example: '2005-12-16',
  })
  @IsCalendarDate()
  closesOn: string;

  @ApiProperty({
    type: [String],
    example: ['Metropolitan Police Federation', 'London boroughs', 'Community safety partnerships'],
    minItems: 1,
    maxItems: 100,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(NAME, { each: true })
  consultees: string[];

  @ApiProperty({
    example: 'Consultation on rolling out Safer Neighbourhoods teams to every ward.',
    maxLength: TEXT,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  description: string;
}

export class CloseConsultationRequestDto extends CommandRequestDto {
  @ApiProperty({
    format: 'date',
    description: 'Calendar date the consultation closed',
    example: '2005-12-16',
  })
  @IsCalendarDate()
  closedOn: string;

  @ApiProperty({
    example: 'Broad support from boroughs; the Federation asked for a staffing review.',
    maxLength: TEXT,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  summary: string;
}

export class AgreeProposalRequestDto extends CommandRequestDto {
  @ApiProperty({ enum: FORUMS, example: 'Authority' })
  @IsIn(FORUMS)
  forum: Forum;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date of the decision',
    example: '2005-09-29',
  })
  @IsCalendarDate()
  decisionDate: string;

  @ApiProperty({ example: 'Metropolitan Police Authority, full Authority meeting', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  meeting: string;

  @ApiProperty({ example: 'MPA 29/09/05 item 5', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  minuteReference: string;

  @ApiPropertyOptional({
    description: 'Empty or absent for an unconditional agreement.',
    type: [String],
    example: ['Business case to the Finance and Resources Committee'],
    maxItems: LIST,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2000, { each: true })
  conditions?: string[];
}

export class NotTakeProposalForwardRequestDto extends CommandRequestDto {
  @ApiProperty({ enum: NOT_TAKEN_FORWARD_REASONS, example: 'too-bureaucratic' })
  @IsIn(NOT_TAKEN_FORWARD_REASONS)
  reasonCode: NotTakenForwardReason;

  @ApiProperty({
    example: 'Would add a layer of reporting without improving the service.',
    maxLength: TEXT,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  rationale: string;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date of the decision',
    example: '2005-09-29',
  })
  @IsCalendarDate()
  decisionDate: string;
}

export class DeferProposalRequestDto extends CommandRequestDto {
  @ApiProperty({
    format: 'date',
    description: 'Calendar date of the decision',
    example: '2005-09-29',
  })
  @IsCalendarDate()
  decisionDate: string;

  @ApiProperty({ enum: NOT_TAKEN_FORWARD_REASONS, example: 'better-elsewhere', description: 'Why it waits, from the same list as a proposal not taken forward' })
  @IsIn(NOT_TAKEN_FORWARD_REASONS)
  reasonCode: NotTakenForwardReason;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Calendar date to revisit it, if one was set',
    example: '2006-04-01',
    nullable: true,
  })
  @IsOptional()
  @IsCalendarDate()
  until?: string | null;

  @ApiProperty({
    example: 'Await the outcome of the national review of force structures.',
    maxLength: TEXT,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  rationale: string;
}

/** Re-opening a decided idea must say why: the reason is part of the command, not only metadata. */
export class ReopenProposalRequestDto {
  @ApiProperty({
    format: 'date',
    description: 'Calendar date it was reopened',
    example: '2006-06-01',
  })
  @IsCalendarDate()
  reopenedOn: string;

  @ApiProperty({
    description: 'Why the proposal is reopened (required); also recorded with the event.',
    example:
      'The national review concluded; the Authority asked for the proposal to be reconsidered.',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

/** The reason is part of the command: the rules require one for a reassignment. */
export class AssignLeadRequestDto {
  @ApiProperty({ example: 'person-tim-godwin' })
  @IsLedgerId()
  leadId: string;

  @ApiProperty({ example: 'Tim Godwin', maxLength: NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME)
  leadName: string;

  @ApiProperty({ example: 'Assistant Commissioner, Territorial Policing', maxLength: NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME)
  leadRole: string;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date the lead becomes accountable',
    example: '2005-10-01',
  })
  @IsCalendarDate()
  effectiveDate: string;

  @ApiPropertyOptional({
    description: 'Why; required when the proposal already has a lead (a reassignment).',
    example: 'Portfolio moved to Territorial Policing',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** The impact on each protected characteristic of the Equality Act 2010: all nine are stated. */
export class EqualityImpactsDto {
  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'neutral' })
  @IsIn(EQUALITY_IMPACTS)
  age: EqualityImpact;

  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'neutral' })
  @IsIn(EQUALITY_IMPACTS)
  disability: EqualityImpact;

  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'neutral' })
  @IsIn(EQUALITY_IMPACTS)
  'gender-reassignment': EqualityImpact;

  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'neutral' })
  @IsIn(EQUALITY_IMPACTS)
  'marriage-and-civil-partnership': EqualityImpact;

  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'neutral' })
  @IsIn(EQUALITY_IMPACTS)
  'pregnancy-and-maternity': EqualityImpact;

  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'positive' })
  @IsIn(EQUALITY_IMPACTS)
  race: EqualityImpact;

  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'neutral' })
  @IsIn(EQUALITY_IMPACTS)
  'religion-or-belief': EqualityImpact;

  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'neutral' })
  @IsIn(EQUALITY_IMPACTS)
  sex: EqualityImpact;

  @ApiProperty({ enum: EQUALITY_IMPACTS, example: 'neutral' })
  @IsIn(EQUALITY_IMPACTS)
  'sexual-orientation': EqualityImpact;
}

export class AssessEqualityImpactRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({
    description: 'Chosen by the caller, or generated.',
    example: 'eia-safer-neighbourhoods-2006',
  })
  @IsOptional()
  @IsLedgerId()
  assessmentId?: string;

  @ApiProperty({ enum: SCREENING_OUTCOMES, example: 'full-assessment-required' })
  @IsIn(SCREENING_OUTCOMES)
  screeningOutcome: ScreeningOutcome;

  @ApiProperty({ type: EqualityImpactsDto })
  @IsObject({ message: '$property must be an object' })
  @ValidateNested()
  @Type(() => EqualityImpactsDto)
  impacts: EqualityImpactsDto;

  @ApiProperty({
    example: 'Ward panel surveys and borough community consultation, 2005.',
    maxLength: TEXT,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  evidence: string;

  @ApiPropertyOptional({
    description: 'Required when any impact is negative.',
    example: 'Recruit PCSOs from the communities each ward serves.',
    maxLength: TEXT,
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  mitigation?: string | null;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date to review the assessment (not before assessedOn)',
    example: '2007-04-01',
  })
  @IsCalendarDate()
  reviewDate: string;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date of the assessment',
    example: '2006-04-10',
  })
  @IsCalendarDate()
  assessedOn: string;
}

export class AssessDeliveryConfidenceRequestDto extends CommandRequestDto {
  @ApiProperty({ enum: DELIVERY_CONFIDENCE_RATINGS, example: 'amber-green' })
  @IsIn(DELIVERY_CONFIDENCE_RATINGS)
  rating: DeliveryConfidenceRating;

  @ApiProperty({
    description: "'self' is the lead's own rating, 'independent' a reviewer's; both are kept.",
    enum: DELIVERY_CONFIDENCE_ASSESSMENTS,
    example: 'self',
  })
  @IsIn(DELIVERY_CONFIDENCE_ASSESSMENTS)
  assessment: DeliveryConfidenceAssessment;

  @ApiProperty({
    example: 'Ward teams in 440 of 630 wards; PCSO recruitment on plan.',
    maxLength: TEXT,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  commentary: string;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date of the assessment',
    example: '2006-09-30',
  })
  @IsCalendarDate()
  assessedOn: string;

  @ApiProperty({ example: 'Tim Godwin', maxLength: NAME })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME)
  assessorName: string;
}

export class StartDeliveryRequestDto extends CommandRequestDto {
  @ApiProperty({
    format: 'date',
    description: 'Calendar date delivery started (not before the agreement)',
    example: '2006-04-01',
  })
  @IsCalendarDate()
  startedOn: string;
}

/** Closing a proposal must say why: the reason is part of the command, not only metadata. */
export class CloseProposalRequestDto {
  @ApiProperty({
    format: 'date',
    description: 'Calendar date it was closed',
    example: '2008-03-31',
  })
  @IsCalendarDate()
  closedOn: string;

  @ApiProperty({
    description: 'Why the proposal is closed (required); also recorded with the event.',
    example:
      'A Safer Neighbourhoods team is in place in every ward; handed over to business as usual.',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}
