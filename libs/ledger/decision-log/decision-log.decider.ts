import { assertCalendarDate, assertNotBefore, type CalendarDate, deciderOf, fail, FORUMS, meetingOfForum, optionalFollowUp, optionalId, requireId, requireInteger, requireList, requireObject, requireOneOf, requireText, requireTextList, requireOwnerId } from '@ledger/kernel';
import type { DecisionLogCommand, RecordDecision } from './decision-log.commands';
import { DECISION_OUTCOMES, EVIDENCE_KINDS, type DecisionEvidence, type DecisionLogEvent } from './decision-log.events';

export type DecisionLogState = {
  readonly programmeId: string | null;
  readonly decisions: Readonly<
    Record<string, { readonly decisionDate: CalendarDate; readonly supersededBy: string | null }>
  >;
};

export const initialDecisionLogState = (): DecisionLogState => ({
  programmeId: null,
  decisions: {},
});

function findDecision(state: DecisionLogState, decisionId: string) {
  return Object.hasOwn(state.decisions, decisionId) ? state.decisions[decisionId] : undefined;
}

function requireEvidence(value: unknown): DecisionEvidence[] {
  return requireList(value, 'evidence').map((item, i) => {
    const evidence = requireObject(item, `evidence[${i}]`);
    return {
      kind: requireOneOf(evidence.kind, EVIDENCE_KINDS, `evidence[${i}].kind`),
      ref: requireText(evidence.ref, `evidence[${i}].ref`),
      version: requireInteger(evidence.version, `evidence[${i}].version`, { min: 1 }),
    };
  });
}

export function recordDecision(command: RecordDecision, state: DecisionLogState): DecisionLogEvent[] {
  const { data } = command;
  const programmeId = requireOwnerId(data.programmeId, state.programmeId, 'programmeId', 'decision log');
  const decisionId = requireId(data.decisionId, 'decisionId');
  const decisionDate = assertCalendarDate(data.decisionDate, 'decisionDate');
  const outcome = requireOneOf(data.outcome, DECISION_OUTCOMES, 'outcome');
  const conditions = requireTextList(data.conditions ?? [], 'conditions');
  if (outcome === 'approve-with-conditions' && conditions.length === 0) fail('DECISION_CONDITIONS_REQUIRED', 'An approval with conditions needs at least one condition', 'conditions');
  if (outcome === 'approve' && conditions.length > 0) fail('DECISION_CONDITIONS_NOT_EXPECTED', "Use 'approve-with-conditions' for a conditional approval", 'conditions');
  const supersedesDecisionId = optionalId(data.supersedesDecisionId, 'supersedesDecisionId');
  const forum = requireOneOf(data.forum, FORUMS, 'forum');
  const minuteReference = requireText(data.minuteReference, 'minuteReference');
  const meetingId = meetingOfForum(data.atMeeting, forum, minuteReference, decisionDate);
  const followUp = optionalFollowUp(data.followUp, decisionDate);
  const event: DecisionLogEvent = {
    type: 'DecisionRecorded',
    data: {
      programmeId,
      decisionId,
      forum,
      decisionDate,
      subject: requireText(data.subject, 'subject'),
      proposalId: optionalId(data.proposalId, 'proposalId'),
      outcome,
      rationale: requireText(data.rationale, 'rationale'),
      conditions,
      minuteReference,
      evidence: requireEvidence(data.evidence ?? []),
      supersedesDecisionId,
      meetingId,
      followUp,
    },
  };
  if (findDecision(state, decisionId) !== undefined) fail('DECISION_ALREADY_RECORDED', `Decision ${decisionId} is already recorded`, 'decisionId');
  if (supersedesDecisionId !== null) {
    const superseded = findDecision(state, supersedesDecisionId);
    if (superseded === undefined) fail('SUPERSEDED_DECISION_UNKNOWN', `Decision ${supersedesDecisionId} is not in the log`, 'supersedesDecisionId');
    if (superseded.supersededBy !== null) fail('DECISION_ALREADY_SUPERSEDED', `Decision ${supersedesDecisionId} was already superseded by ${superseded.supersededBy}`, 'supersedesDecisionId');
    assertNotBefore(
      decisionDate,
      superseded.decisionDate,
      'decisionDate',
      'the decision it supersedes',
    );
  }
  return [event];
}

export const decisionLogDecider = deciderOf<DecisionLogCommand, DecisionLogEvent, DecisionLogState>({
  initialState: initialDecisionLogState,
  evolve: {
    DecisionRecorded: (state, event) => {
      const { decisionId, decisionDate, supersedesDecisionId } = event.data;
      const decisions = { ...state.decisions, [decisionId]: { decisionDate, supersededBy: null } };
      const superseded =
        supersedesDecisionId === null ? undefined : findDecision(state, supersedesDecisionId);
      if (supersedesDecisionId !== null && superseded !== undefined) {
        decisions[supersedesDecisionId] = { ...superseded, supersededBy: decisionId };
      }
      return { programmeId: event.data.programmeId, decisions };
    },
  },
  decide: {
    RecordDecision: recordDecision,
  },
});
