import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { IssueEscalated, IssueRaised, IssueResolved } from './issue.events';

/** `risk`: the named risk as its handler read it (whether it is still open). */
export type RaiseIssue = DomainCommand<'RaiseIssue', CommandData<IssueRaised['data'], never, 'proposalId' | 'riskId'> & { risk?: { open: boolean } | null }>;

export type EscalateIssue = DomainCommand<'EscalateIssue', CommandData<IssueEscalated['data'], 'issueId', 'meetingId'>>;

export type ResolveIssue = DomainCommand<'ResolveIssue', CommandData<IssueResolved['data'], 'issueId'>>;

export type IssueCommand = RaiseIssue | EscalateIssue | ResolveIssue;
