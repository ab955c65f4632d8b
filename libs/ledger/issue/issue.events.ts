import { type CalendarDate, type DomainEvent, type Forum, typeNames } from '@ledger/kernel';

export const ISSUE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];

export type IssueRaised = DomainEvent<'IssueRaised', {
  issueId: string;
  programmeId: string;
  proposalId: string | null;
  title: string;
  description: string;
  severity: IssueSeverity;
  ownerName: string;
  /** The risk that materialised, when it was one. */
  riskId: string | null;
  raisedOn: CalendarDate;
}>;

export type IssueEscalated = DomainEvent<'IssueEscalated', { issueId: string; forum: Forum; meetingId: string | null; reason: string; escalatedOn: CalendarDate }>;

export type IssueResolved = DomainEvent<'IssueResolved', { issueId: string; resolution: string; resolvedOn: CalendarDate }>;

export type IssueEvent = IssueRaised | IssueEscalated | IssueResolved;

/** The event types of the `issue-<issueId>` stream. */
export const ISSUE_EVENT_TYPES = typeNames<IssueEvent['type']>({ IssueRaised: true, IssueEscalated: true, IssueResolved: true });

export const issueStreamId = (issueId: string): string => `issue-${issueId}`;
