/** A risk's row. */
import { type Schema, str, obj, id } from '@ledger/platform/http-schema';

export const RiskRowSchema: Schema = obj({
  riskId: id,
  title: str,
  likelihood: { type: 'integer', minimum: 1, maximum: 5 },
  impact: { type: 'integer', minimum: 1, maximum: 5 },
  status: { type: 'string', enum: ['open', 'closed'] },
});
