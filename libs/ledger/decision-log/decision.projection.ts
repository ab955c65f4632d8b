import { rowIdFrom, type RowProjectionDefinition } from '@ledger/platform/projection';

export interface DecisionRow {
  decisionId: string;
  programmeId: string;
  proposalId: string | null;
  forum: string;
  decisionDate: string;
  subject: string;
  outcome: string;
  rationale: string;
  conditions: string[];
  minuteReference: string | null;
  evidence: { kind: string; ref: string; version: number | string | null }[];
  supersedesDecisionId: string | null;
  supersededBy: string | null;
  recordedAt: string;
}

/**
 * decisions: one row per decision. A superseding decision is its own row; the
 * superseded one keeps its content and only learns who superseded it.
 */
export const decisionProjection: RowProjectionDefinition<DecisionRow> = {
  name: 'decisions',
  table: 'decision_view',
  handles: ['DecisionRecorded'],
  // Each decision touches its own row; supersession is resolved when querying.
  rowId: rowIdFrom('decisionId'),
  evolve(_row, stored) {
    const data = stored.data as Omit<DecisionRow, 'supersededBy' | 'recordedAt'>;
    return {
      decisionId: data.decisionId,
      programmeId: data.programmeId,
      proposalId: data.proposalId ?? null,
      forum: data.forum,
      decisionDate: data.decisionDate,
      subject: data.subject,
      outcome: data.outcome,
      rationale: data.rationale,
      conditions: data.conditions ?? [],
      minuteReference: data.minuteReference ?? null,
      evidence: data.evidence ?? [],
      supersedesDecisionId: data.supersedesDecisionId ?? null,
      supersededBy: null,
      recordedAt: stored.recordedAt.toISOString(),
    };
  },
};
