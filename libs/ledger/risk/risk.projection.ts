import { RISK_EVENT_TYPES, type RiskEvent, type RiskRaised } from './risk.events';
import type { IssueRaised } from '@ledger/issue';
import { rowProjectionOf } from '@ledger/platform/projection';

export type RiskRow = Omit<RiskRaised['data'], never> & {
  status: 'open' | 'closed';
  closure: { closedOn: string; reason: string } | null;
  /** The issues raised from it when it materialised (IssueRaised naming it). */
  issueIds?: string[];
  history: { at: string; score: number; residualScore: number; likelihood: number; impact: number; reason: string | null }[];
};

/** risk register: score, residual score and their history. */
export const riskProjection = rowProjectionOf<RiskEvent | IssueRaised, RiskRow>({
  name: 'risks', table: 'risk_view', handles: [...RISK_EVENT_TYPES, 'IssueRaised'], key: 'riskId',
  evolve(row, event, stored) {
    const at = stored.recordedAt.toISOString();
    if (event.type === 'RiskRaised') {
      const data = event.data;
      return {
        ...data,
        status: 'open',
        closure: null,
        issueIds: [],
        history: [{ at, score: data.score, residualScore: data.residualScore, likelihood: data.likelihood, impact: data.impact, reason: stored.metadata.reason ?? null }],
      };
    }
    if (!row) return row;
    switch (event.type) {
      case 'RiskReassessed': {
        const data = event.data;
        return {
          ...row,
          likelihood: data.likelihood,
          impact: data.impact,
          score: data.score,
          residualLikelihood: data.residualLikelihood,
          residualImpact: data.residualImpact,
          residualScore: data.residualScore,
          history: [...row.history, { at, score: data.score, residualScore: data.residualScore, likelihood: data.likelihood, impact: data.impact, reason: data.reason }],
        };
      }
      case 'IssueRaised':
        return { ...row, issueIds: [...(row.issueIds ?? []), event.data.issueId] };
      case 'RiskClosed':
        return { ...row, status: 'closed', closure: { closedOn: event.data.closedOn, reason: event.data.reason } };
      default:
        return row;
    }
  },
});
