import type { CalendarDate, ConditionFollowUp } from '@ledger/kernel';
import type { RaiseAction } from './action.commands';
import type { ActionOwner } from './action.events';

/** The events whose conditions become actions by themselves. */
export const CONDITION_SOURCE_TYPES = ['ProposalAgreed', 'BusinessCaseApproved', 'DecisionRecorded'] as const;
export type ConditionSourceType = (typeof CONDITION_SOURCE_TYPES)[number];

/** What a condition-bearing event says (the fields the three types share, by name). */
export type ConditionSource = {
  /** The stored event's id: with the condition's place, it names the action. */
  eventId: string;
  type: ConditionSourceType;
  data: {
    proposalId?: string | null;
    decisionId?: string;
    conditions: string[];
    meetingId?: string | null;
    decisionDate: CalendarDate;
    followUp?: ConditionFollowUp | null;
  };
};

/** Owned by the office when the request named no one and the proposal has no lead yet. */
export const PROGRAMME_OFFICE_OWNER: ActionOwner = { personId: null, name: 'Programme office' };

/** Months after the decision a condition is due when the request gave neither a day nor a meeting: the next quarter's cycle of meetings. */
export const CONDITION_DUE_MONTHS = 3;

/**
 * The action a condition becomes: its id derives from the source event's id and the
 * condition's place, so reacting to the same event twice (a retry, a replay, a restart after
 * a crash between the two appends) names the same action, whose stream already exists.
 */
export const conditionActionId = (sourceEventId: string, index: number): string => `condition-${sourceEventId}-${index + 1}`;

/** The same day `months` later, clamped to the month's end (29 November + 3 months = 28/29 February). */
export function monthsAfter(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number);
  const month0 = m - 1 + months;
  const year = y + Math.floor(month0 / 12);
  const month = (month0 % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * One RaiseAction per condition of the event. Owner: the follow-up's, else the proposal's
 * lead, else the programme office. Due: the follow-up's day or meeting, else
 * CONDITION_DUE_MONTHS after the decision. Raised on the decision's day, at its meeting.
 */
export function conditionActions(source: ConditionSource, context: { programmeId: string; lead: ActionOwner | null }): RaiseAction[] {
  const { data } = source;
  const followUp = data.followUp ?? null;
  const owner = followUp?.owner ?? context.lead ?? PROGRAMME_OFFICE_OWNER;
  const dueMeeting = followUp?.dueMeeting ?? null;
  const dueOn = followUp?.dueOn ?? (dueMeeting ? null : monthsAfter(data.decisionDate, CONDITION_DUE_MONTHS));
  return data.conditions.map((condition, index) => ({
    type: 'RaiseAction',
    data: {
      actionId: conditionActionId(source.eventId, index),
      programmeId: context.programmeId,
      title: condition.length > 300 ? `${condition.slice(0, 299)}…` : condition,
      owner,
      origin: 'condition',
      condition,
      proposalId: data.proposalId ?? null,
      decisionId: source.type === 'DecisionRecorded' ? (data.decisionId ?? null) : null,
      meetingId: data.meetingId ?? null,
      dueOn,
      dueMeeting,
      raisedOn: data.decisionDate,
    },
  }));
}
