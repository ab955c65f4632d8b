import { assertCalendarDate, assertNotBefore, type CalendarDate, deciderOf, fail, type UntilRecorded, type Forum, FORUMS, optionalId, requireId, requireOneOf, requireReason, requireText } from '@ledger/kernel';
import type { EscalateIssue, IssueCommand, RaiseIssue, ResolveIssue } from './issue.commands';
import { ISSUE_SEVERITIES, type IssueEvent, type IssueRaised } from './issue.events';

export type IssueState = UntilRecorded<Pick<IssueRaised['data'], 'issueId' | 'raisedOn'>> & {
  readonly resolved: boolean;
  readonly escalatedTo: readonly Forum[];
};

export const initialIssueState = (): IssueState => ({ issueId: null, resolved: false, raisedOn: null, escalatedTo: [] });

function requireOpen(state: IssueState): { issueId: string; raisedOn: CalendarDate } {
  if (state.issueId === null || state.raisedOn === null) fail('ISSUE_NOT_FOUND', 'The issue has not been raised');
  if (state.resolved) fail('ISSUE_ALREADY_RESOLVED', `Issue ${state.issueId} is already resolved`);
  return { issueId: state.issueId, raisedOn: state.raisedOn };
}

export function raiseIssue(command: RaiseIssue, state: IssueState): IssueEvent[] {
  const { data } = command;
  if (state.issueId !== null) fail('ISSUE_ALREADY_RAISED', `Issue ${state.issueId} is already raised`);
  const riskId = optionalId(data.riskId, 'riskId');
  // An issue is a risk that materialised: a closed risk has nothing left to materialise.
  if (riskId !== null && data.risk && !data.risk.open) fail('ISSUE_RISK_CLOSED', `Risk ${riskId} is closed: raise the issue on its own`, 'riskId');
  return [
    {
      type: 'IssueRaised',
      data: {
        issueId: requireId(data.issueId, 'issueId'),
        programmeId: requireId(data.programmeId, 'programmeId'),
        proposalId: optionalId(data.proposalId, 'proposalId'),
        title: requireText(data.title, 'title'),
        description: requireText(data.description, 'description'),
        severity: requireOneOf(data.severity, ISSUE_SEVERITIES, 'severity'),
        ownerName: requireText(data.ownerName, 'ownerName'),
        riskId,
        raisedOn: assertCalendarDate(data.raisedOn, 'raisedOn'),
      },
    },
  ];
}

export function escalateIssue(command: EscalateIssue, state: IssueState): IssueEvent[] {
  const { data } = command;
  const forum = requireOneOf(data.forum, FORUMS, 'forum');
  const meetingId = optionalId(data.meetingId, 'meetingId');
  const reason = requireReason(data.reason);
  const escalatedOn = assertCalendarDate(data.escalatedOn, 'escalatedOn');
  const { issueId, raisedOn } = requireOpen(state);
  assertNotBefore(escalatedOn, raisedOn, 'escalatedOn', 'the day the issue was raised');
  if (state.escalatedTo.includes(forum)) fail('ISSUE_ALREADY_ESCALATED', `Issue ${issueId} is already escalated to the ${forum}`, 'forum');
  return [{ type: 'IssueEscalated', data: { issueId, forum, meetingId, reason, escalatedOn } }];
}

export function resolveIssue(command: ResolveIssue, state: IssueState): IssueEvent[] {
  const resolution = requireText(command.data.resolution, 'resolution');
  const resolvedOn = assertCalendarDate(command.data.resolvedOn, 'resolvedOn');
  const { issueId, raisedOn } = requireOpen(state);
  assertNotBefore(resolvedOn, raisedOn, 'resolvedOn', 'the day the issue was raised');
  return [{ type: 'IssueResolved', data: { issueId, resolution, resolvedOn } }];
}

export const issueDecider = deciderOf<IssueCommand, IssueEvent, IssueState>({
  initialState: initialIssueState,
  evolve: {
    IssueRaised: (state, event) => ({ ...state, issueId: event.data.issueId, raisedOn: event.data.raisedOn }),
    IssueEscalated: (state, event) => ({ ...state, escalatedTo: [...state.escalatedTo, event.data.forum] }),
    IssueResolved: (state) => ({ ...state, resolved: true }),
  },
  decide: {
    RaiseIssue: raiseIssue,
    EscalateIssue: escalateIssue,
    ResolveIssue: resolveIssue,
  },
});
