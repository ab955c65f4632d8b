/** A risk's row. */
import { type Schema, str, date, time, int, nullable, arr, obj, id, enumOf } from '@ledger/platform/http-schema';
import { RISK_CATEGORIES, RISK_KINDS, RISK_RESPONSES } from './risk.events';

const rating: Schema = { type: 'integer', minimum: 1, maximum: 5 };
const score: Schema = { type: 'integer', minimum: 1, maximum: 25, description: 'Likelihood × impact.' };

export const RiskRowSchema: Schema = obj(
  {
    riskId: id,
    programmeId: id,
    proposalId: nullable(id),
    kind: enumOf(RISK_KINDS),
    category: enumOf(RISK_CATEGORIES),
    title: str,
    cause: str,
    event: str,
    effect: str,
    ownerName: str,
    likelihood: rating,
    impact: rating,
    score,
    residualLikelihood: rating,
    residualImpact: rating,
    residualScore: score,
    proximity: str,
    response: enumOf(RISK_RESPONSES),
    actions: arr(str),
    raisedOn: date,
    status: enumOf(['open', 'closed']),
    closure: nullable(obj({ closedOn: date, reason: str })),
    issueIds: arr(id),
    history: arr(
      obj({ at: time, score: int, residualScore: int, likelihood: int, impact: int, reason: nullable(str) }),
    ),
  },
  ['proposalId', 'history', 'issueIds'],
);
