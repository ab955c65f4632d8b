import { DECISION_OUTCOMES, EVIDENCE_KINDS, type DecisionOutcome, type EvidenceKind } from '@ledger/decision-log';
import { FORUMS, type Forum } from '@ledger/kernel';
import { ConditionFollowUpDto, ConditionFollowUpField, TakenAtMeetingField } from '../action/action.request.dto';
import { CommandRequestDto } from '../http/command-request.dto';
import { CalendarDateField, EnumField, IntegerField, LedgerIdField, NestedListField, TextField, TextsField } from '../http/fields';

/** A version of the evidence the decision relied on. */
export class DecisionEvidenceDto {
  @EnumField(EVIDENCE_KINDS, { example: 'business-case' })
  kind: EvidenceKind;

  @TextField({
    max: 200,
    description: 'What the evidence is: a proposal, benefit or risk id.',
    example: 'safer-neighbourhoods',
  })
  ref: string;

  @IntegerField({
    min: 1,
    description: 'The version relied on (business case version, stream version).',
    example: 2,
  })
  version: number;
}

export class RecordDecisionRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'mpa-2005-09-29-service-review',
    optional: true,
  })
  decisionId?: string;

  @EnumField(FORUMS, { example: 'Authority' })
  forum: Forum;

  @CalendarDateField({
    description: 'The day the forum decided (not the day it is recorded).',
    example: '2005-09-29',
  })
  decisionDate: string;

  @TextField({ max: 500, example: 'Service Review proposals for the Met Modernisation Programme' })
  subject: string;

  @LedgerIdField({
    description: 'The proposal decided on, if the decision concerns one.',
    example: 'safer-neighbourhoods',
    optional: true,
    nullable: true,
  })
  proposalId?: string | null;

  @EnumField(DECISION_OUTCOMES, {
    description: "'approve-with-conditions' needs conditions; 'approve' takes none.",
    example: 'approve-with-conditions',
  })
  outcome: DecisionOutcome;

  @TextField({
    max: 5000,
    example: 'The proposals support all four strategic outcomes and the £70m savings target',
  })
  rationale: string;

  @TextsField({
    max: 1000,
    maxItems: 50,
    example: ['Business cases to come to the Authority for scrutiny before investment'],
    optional: true,
  })
  conditions?: string[];

  @TextField({ max: 200, example: 'MPA 29/09/2005, minute 7' })
  minuteReference: string;

  @NestedListField(() => DecisionEvidenceDto, {
    max: 50,
    example: [{ kind: 'business-case', ref: 'safer-neighbourhoods', version: 2 }],
    optional: true,
  })
  evidence?: DecisionEvidenceDto[];

  @LedgerIdField({
    description: 'An earlier decision in this programme’s log that this one supersedes, e.g. mpa-2005-07-interim (it is kept, never overwritten).',
    example: null,
    optional: true,
    nullable: true,
  })
  supersedesDecisionId?: string | null;

  @TakenAtMeetingField()
  meetingId?: string;

  @ConditionFollowUpField()
  followUp?: ConditionFollowUpDto;

}
