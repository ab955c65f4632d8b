/** A decision's row. */
import { type Schema, str, date, int, nullable, arr, obj, id, enumOf } from '@ledger/platform/http-schema';
import { FORUMS } from '@ledger/kernel';
import { DECISION_OUTCOMES, EVIDENCE_KINDS } from './decision-log.events';

export const DecisionRowSchema: Schema = obj(
  {
    decisionId: id,
    programmeId: id,
    proposalId: nullable(id),
    forum: enumOf(FORUMS),
    decisionDate: date,
    subject: str,
    outcome: enumOf(DECISION_OUTCOMES),
    rationale: str,
    conditions: arr(str),
    evidence: arr(
      obj({ kind: enumOf(EVIDENCE_KINDS), ref: str, version: nullable({ oneOf: [int, str] }) }, ['version']),
    ),
    supersedesDecisionId: nullable(id),
    supersededBy: nullable(str),
  },
  ['proposalId', 'conditions', 'evidence', 'supersedesDecisionId', 'supersededBy'],
);
