/** A decision's row. */
import { type Schema, str, date, int, nullable, arr, obj } from '@ledger/platform/http-schema';

export const DecisionRowSchema: Schema = obj(
  {
    decisionId: str,
    programmeId: str,
    proposalId: nullable(str),
    forum: str,
    decisionDate: date,
    subject: str,
    outcome: str,
    rationale: str,
    conditions: arr(str),
    evidence: arr(
      obj({ kind: str, ref: str, version: nullable({ oneOf: [int, str] }) }, ['version']),
    ),
    supersedesDecisionId: nullable(str),
    supersededBy: nullable(str),
  },
  ['proposalId', 'conditions', 'evidence', 'supersedesDecisionId', 'supersededBy'],
);
