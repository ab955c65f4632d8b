import { rowProjectionOf } from '@ledger/platform/projection';
import { ISSUE_EVENT_TYPES, type IssueEscalated, type IssueEvent, type IssueRaised } from './issue.events';

export type IssueRow = IssueRaised['data'] & {
  status: 'open' | 'resolved';
  escalations: Omit<IssueEscalated['data'], 'issueId'>[];
  resolution: { resolution: string; resolvedOn: string } | null;
};

/** The issues register: severity, owner, escalations, resolution. */
export const issueProjection = rowProjectionOf<IssueEvent, IssueRow>({
  name: 'issues', table: 'issue_view', handles: ISSUE_EVENT_TYPES, key: 'issueId',
  evolve(row, event) {
    if (event.type === 'IssueRaised') return { ...event.data, status: 'open', escalations: [], resolution: null };
    if (!row) return row;
    switch (event.type) {
      case 'IssueEscalated': {
        const { issueId: _i, ...escalation } = event.data;
        return { ...row, escalations: [...row.escalations, escalation] };
      }
      case 'IssueResolved':
        return { ...row, status: 'resolved', resolution: { resolution: event.data.resolution, resolvedOn: event.data.resolvedOn } };
      default:
        return row;
    }
  },
});
