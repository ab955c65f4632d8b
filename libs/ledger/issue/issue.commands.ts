import type { CalendarDate, DomainCommand, Forum } from '@ledger/kernel';
import type { IssueSeverity } from './issue.events';

export type RaiseIssue = DomainCommand<
  'RaiseIssue',
  {
    issueId: string;
    programmeId: string;
    proposalId?: string | null;
    title: string;
    description: string;
    severity: IssueSeverity;
    ownerName: string;
    riskId?: string | null;
    raisedOn: CalendarDate;
  }
>;

export type EscalateIssue = DomainCommand<
  'EscalateIssue',
  { forum: Forum; meetingId?: string | null; reason: string; escalatedOn: CalendarDate }
>;

export type ResolveIssue = DomainCommand<'ResolveIssue', { resolution: string; resolvedOn: CalendarDate }>;

export type IssueCommand = RaiseIssue | EscalateIssue | ResolveIssue;
