import type { CalendarDate } from '@ledger/kernel';

/** What was decided at a meeting: an agreement, a business case's scrutiny, a decision of the log. */
export type DecisionTaken = {
  kind: 'agreement' | 'business-case-approval' | 'business-case-return' | 'decision';
  proposalId: string | null;
  decisionId: string | null;
  forum: string | null;
  decisionDate: CalendarDate;
  /** The decision's subject; for a business case, its stage and version. */
  subject: string | null;
  outcome: string | null;
  conditions: string[];
  minuteReference: string | null;
};

const KINDS: Record<string, DecisionTaken['kind']> = {
  ProposalAgreed: 'agreement',
  BusinessCaseApproved: 'business-case-approval',
  BusinessCaseReturned: 'business-case-return',
  DecisionRecorded: 'decision',
};

/** The event types a meeting's decisions are read from (the streams of its programme). */
export const DECISION_TAKEN_TYPES = Object.keys(KINDS);

/**
 * The decisions taken at `meetingId`, in the order of the log, from events as read (upcast:
 * those stored before v2 carry the meeting their words name, or none).
 */
export function decisionsTakenAt(meetingId: string, events: readonly { type: string; data: unknown }[]): DecisionTaken[] {
  return events.flatMap(({ type, data }) => {
    const kind = KINDS[type];
    const d = data as Record<string, any>;
    if (kind === undefined || d.meetingId !== meetingId) return [];
    return [
      {
        kind,
        proposalId: d.proposalId ?? null,
        decisionId: d.decisionId ?? null,
        forum: d.forum ?? null,
        decisionDate: d.decisionDate,
        subject: d.subject ?? (d.stage ? `${d.stage} business case, version ${d.version}` : null),
        outcome: d.outcome ?? null,
        conditions: d.conditions ?? [],
        minuteReference: d.minuteReference ?? null,
      },
    ];
  });
}
