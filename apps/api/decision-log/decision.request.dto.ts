import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DECISION_OUTCOMES, EVIDENCE_KINDS, type DecisionOutcome, type EvidenceKind } from '@ledger/decision-log';
import { FORUMS, type Forum } from '@ledger/kernel';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';

/** A version of the evidence the decision relied on. */
export class DecisionEvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS, example: 'business-case' })
  @IsIn(EVIDENCE_KINDS)
  kind: EvidenceKind;

  @ApiProperty({
    description: 'What the evidence is: a proposal, benefit or risk id.',
    example: 'safer-neighbourhoods',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  ref: string;

  @ApiProperty({
    description: 'The version relied on (business case version, stream version).',
    minimum: 1,
    example: 2,
  })
  @IsInt()
  @Min(1)
  version: number;
}

export class RecordDecisionRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({
    description: 'Chosen by the caller, or generated.',
    example: 'mpa-2005-09-29-service-review',
  })
  @IsOptional()
  @IsLedgerId()
  decisionId?: string;

  @ApiProperty({ enum: FORUMS, example: 'Authority' })
  @IsIn(FORUMS)
  forum: Forum;

  @ApiProperty({
    description: 'The day the forum decided (not the day it is recorded).',
    example: '2005-09-29',
  })
  @IsCalendarDate()
  decisionDate: string;

  @ApiProperty({ example: 'Service Review proposals for the Met Modernisation Programme' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  subject: string;

  @ApiPropertyOptional({
    description: 'The proposal decided on, if the decision concerns one.',
    example: 'safer-neighbourhoods',
    nullable: true,
  })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string | null;

  @ApiProperty({
    enum: DECISION_OUTCOMES,
    description: "'approve-with-conditions' needs conditions; 'approve' takes none.",
    example: 'approve-with-conditions',
  })
  @IsIn(DECISION_OUTCOMES)
  outcome: DecisionOutcome;

  @ApiProperty({
    example: 'The proposals support all four strategic outcomes and the £70m savings target',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  rationale: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['Business cases to come to the Authority for scrutiny before investment'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  conditions?: string[];

  @ApiProperty({ example: 'MPA 29/09/2005, minute 7' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  minuteReference: string;

  @ApiPropertyOptional({
    type: [DecisionEvidenceDto],
    example: [{ kind: 'business-case', ref: 'safer-neighbourhoods', version: 2 }],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecisionEvidenceDto)
  evidence?: DecisionEvidenceDto[];

  @ApiPropertyOptional({
    description:
      'An earlier decision in this programme’s log that this one supersedes, e.g. mpa-2005-07-interim (it is kept, never overwritten).',
    example: null,
    nullable: true,
  })
  @IsOptional()
  @IsLedgerId()
  supersedesDecisionId?: string | null;
}
