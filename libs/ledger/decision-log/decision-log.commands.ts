import type { CalendarDate, DomainCommand, Forum } from '@ledger/kernel';
import type { DecisionEvidence, DecisionOutcome } from './decision-log.events';

export type RecordDecision = DomainCommand<
  'RecordDecision',
  {
    programmeId: string;
    decisionId: string;
    forum: Forum;
    decisionDate: CalendarDate;
    subject: string;
    proposalId?: string | null;
    outcome: DecisionOutcome;
    rationale: string;
    /** At least one for 'approve-with-conditions'; none for 'approve'. */
    conditions?: string[];
    minuteReference: string;
    evidence?: DecisionEvidence[];
    supersedesDecisionId?: string | null;
  }
>;

export type DecisionLogCommand = RecordDecision;
