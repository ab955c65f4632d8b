/** A risk's row. */
import { type Schema, str, date, time, int, nullable, arr, obj } from '../http/openapi-schema';

const rating: Schema = { type: 'integer', minimum: 1, maximum: 5 };
const score: Schema = { type: 'integer', minimum: 1, maximum: 25, description: 'Likelihood × impact.' };

export const RiskRow: Schema = obj(
  {
    riskId: str,
    programmeId: str,
    proposalId: nullable(str),
    kind: str,
    category: str,
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
    response: str,
    actions: arr(str),
    raisedOn: date,
    status: { type: 'string', enum: ['open', 'closed'] },
    closure: nullable(obj({ closedOn: date, reason: str })),
    history: arr(
      obj({ at: time, score: int, residualScore: int, likelihood: int, impact: int, reason: nullable(str) }),
    ),
  },
  ['proposalId', 'history'],
);
