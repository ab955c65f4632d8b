import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { EscalateIssue, RaiseIssue, ResolveIssue } from './issue.commands';
import { issueDecider } from './issue.decider';
import type { IssueEvent, IssueRaised } from './issue.events';

const { given } = deciderSpec(issueDecider);

const raise: RaiseIssue = {
  type: 'RaiseIssue',
  data: { issueId: 'pcso-shortfall', programmeId: 'mmp', title: 'PCSO recruitment behind plan', description: 'Outer boroughs short of PCSOs', severity: 'high', ownerName: 'AC Territorial Policing', riskId: 'sn-pcso', raisedOn: '2006-01-15' },
};
const raised: IssueRaised = { type: 'IssueRaised', data: { ...raise.data, proposalId: null, riskId: 'sn-pcso' } };
const escalate: EscalateIssue = { type: 'EscalateIssue', data: { forum: 'Committee', meetingId: 'oversight-2006-03-09', reason: 'Needs members’ decision on funding', escalatedOn: '2006-02-01' } };
const escalated: IssueEvent = { type: 'IssueEscalated', data: { issueId: 'pcso-shortfall', forum: 'Committee', meetingId: 'oversight-2006-03-09', reason: 'Needs members’ decision on funding', escalatedOn: '2006-02-01' } };
const resolve: ResolveIssue = { type: 'ResolveIssue', data: { resolution: 'Recruitment campaign funded', resolvedOn: '2006-03-09' } };
const resolved: IssueEvent = { type: 'IssueResolved', data: { issueId: 'pcso-shortfall', resolution: 'Recruitment campaign funded', resolvedOn: '2006-03-09' } };

describe('issue decider', () => {
  describe('when the issue is not raised', () => {
    it('raises it, linked to the risk that materialised', () => void given([]).when(raise).then([raised]));
    it('raises it from a risk that is open', () => void given([]).when(amend(raise, { risk: { open: true } })).then([raised]));
    it('refuses an issue from a risk that is closed', () => {
      const error = given([]).when(amend(raise, { risk: { open: false } })).thenThrows('ISSUE_RISK_CLOSED', 'rule');
      expect(error.field).toBe('riskId');
    });
    it('refuses an unknown severity', () =>
      void given([]).when(amend(raise, { severity: 'dire' as never })).thenThrows('INVALID_ENUM_VALUE'));
    it('refuses to escalate it', () => void given([]).when(escalate).thenThrows('ISSUE_NOT_FOUND', 'not-found'));
    it('refuses to resolve it', () => void given([]).when(resolve).thenThrows('ISSUE_NOT_FOUND'));
  });
  describe('when the issue is open', () => {
    it('refuses to raise it again', () => void given([raised]).when(raise).thenThrows('ISSUE_ALREADY_RAISED', 'rule'));
    it('escalates it to a forum', () => void given([raised]).when(escalate).then([escalated]));
    it('refuses to escalate it to the same forum twice', () => void given([raised, escalated]).when(escalate).thenThrows('ISSUE_ALREADY_ESCALATED', 'rule'));
    it('escalates it on to another forum', () =>
      void given([raised, escalated]).when(amend(escalate, { forum: 'Authority', meetingId: null })).then([amend(escalated, { forum: 'Authority', meetingId: null }) as IssueEvent]));
    it('refuses an escalation without a reason', () =>
      void given([raised]).when(amend(escalate, { reason: '' })).thenThrows('REASON_REQUIRED'));
    it('refuses an escalation before it was raised', () =>
      void given([raised]).when(amend(escalate, { escalatedOn: '2005-12-31' })).thenThrows('DATE_OUT_OF_ORDER'));
    it('resolves it', () => void given([raised, escalated]).when(resolve).then([resolved]));
  });
  describe('when the issue is resolved', () => {
    it('refuses to resolve it twice', () => void given([raised, resolved]).when(resolve).thenThrows('ISSUE_ALREADY_RESOLVED', 'rule'));
    it('refuses to escalate it', () => void given([raised, resolved]).when(escalate).thenThrows('ISSUE_ALREADY_RESOLVED'));
  });
});
