import { PersonIdField } from '../http/person-fields';
import { ACTION_ORIGINS, type ActionOrigin, type RegisterStatus } from '@ledger/action';
import { FORUMS } from '@ledger/kernel';
import { CommandRequestDto, ReasonField } from '../http/command-request.dto';
import { ReadQueryDto } from '../http/query-params.dto';
import { SourceReferenceDto } from '../programme/programme.request.dto';
import { CalendarDateField, EnumField, LedgerIdField, NestedField, TextField } from '../http/fields';

export class RaiseActionRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'sn-consultation',
    optional: true,
  })
  actionId?: string;

  @TextField({ max: 300, example: 'Complete the formal consultation and report its outcome' })
  title: string;

  @TextField({ max: 200, description: 'Who must do it.', example: 'AC Tim Godwin' })
  ownerName: string;

  @PersonIdField({
    description: "The owner's person id (a lead's), so they see it under my actions and may complete it.",
    example: 'person-tim-godwin',
    optional: true,
  })
  ownerPersonId?: string;

  @EnumField(ACTION_ORIGINS, {
    description: 'condition: a condition of an agreement, approval or decision; meeting: raised at a meeting; office: by the programme office.',
  })
  origin: ActionOrigin;

  @TextField({
    max: 2000,
    description: "The condition's words (origin condition).",
    example: 'subject to the ongoing formal consultation process',
    optional: true,
  })
  condition?: string;

  @LedgerIdField({ example: 'safer-neighbourhoods', optional: true })
  proposalId?: string;

  @LedgerIdField({ description: 'The decision of the log the condition is attached to.', optional: true })
  decisionId?: string;

  @LedgerIdField({ description: 'The meeting it was raised at (origin meeting).', optional: true })
  meetingId?: string;

  @CalendarDateField({
    description: 'Due by this day (or give dueMeetingId).',
    example: '2006-03-09',
    optional: true,
  })
  dueOn?: string;

  @LedgerIdField({
    description: 'The meeting it must come back to; due by its day.',
    example: 'oversight-2006-03-09',
    optional: true,
  })
  dueMeetingId?: string;

  @CalendarDateField({ description: 'The day it was raised.', example: '2005-09-29' })
  raisedOn: string;

  @NestedField(() => SourceReferenceDto, { optional: true })
  source?: SourceReferenceDto;
}

export class CompleteActionRequestDto extends CommandRequestDto {
  @TextField({
    max: 2000,
    description: 'What shows it is done: a paper, a report, a minute.',
    example: 'Consultation report to the Authority, 26 January 2006',
  })
  evidence: string;

  @CalendarDateField({ example: '2006-01-26' })
  completedOn: string;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class DropActionRequestDto {
  @ReasonField('Why it is no longer needed; required.')
  reason: string;

  @CalendarDateField({ example: '2006-02-01' })
  droppedOn: string;
}

const REGISTER_STATUSES: RegisterStatus[] = ['open', 'overdue', 'done', 'dropped'];

export class ActionRegisterQueryDto extends ReadQueryDto {
  @LedgerIdField({ description: "The owner's person id.", optional: true })
  owner?: string;

  @EnumField(REGISTER_STATUSES, { optional: true })
  status?: RegisterStatus;

  @EnumField(FORUMS, { description: 'The forum of the meeting it is due at.', optional: true })
  forum?: string;

  @CalendarDateField({ description: 'Due before this day.', example: '2006-03-09', optional: true })
  dueBefore?: string;

  @CalendarDateField({ description: 'The day overdue is judged on (default: today).', optional: true })
  on?: string;
}

export class MyActionsQueryDto extends ReadQueryDto {
  @CalendarDateField({ description: 'The day overdue is judged on (default: today).', optional: true })
  on?: string;
}

/** Who follows up the conditions of an agreement, approval or decision: each condition becomes an action. */
export class ConditionFollowUpDto {
  @TextField({ max: 200, description: 'Who must see the conditions met (default: the proposal’s lead, else the programme office).', example: 'Stephen Rimmer', optional: true })
  ownerName?: string;

  @PersonIdField({ description: "The owner's person id, so they see the actions under my actions and may complete them.", example: 'person-stephen-rimmer', optional: true })
  ownerPersonId?: string;

  @CalendarDateField({ description: 'Due by this day (default: three months after the decision, unless dueMeetingId).', example: '2006-03-09', optional: true })
  dueOn?: string;

  @LedgerIdField({ description: 'The meeting the conditions must come back to; due by its day.', example: 'mmp-oversight-2006-03-09', optional: true })
  dueMeetingId?: string;
}

/** Where a decision, agreement or approval was taken: one declaration for the three requests that record one. */
export const TakenAtMeetingField = (forum = 'the same forum'): PropertyDecorator =>
  LedgerIdField({
    description: `The meeting it was taken at: a scheduled meeting of ${forum} (404 when there is none, 400 when of another forum).`,
    example: 'mmp-authority-2005-09-29',
    optional: true,
  });

/** Who follows up a decision's conditions, on the same three requests. */
export const ConditionFollowUpField = (): PropertyDecorator =>
  NestedField(() => ConditionFollowUpDto, {
    description: 'Who follows up the conditions and by when: each condition becomes an action (defaults: the proposal’s lead, else the programme office; three months on).',
    optional: true,
  });
