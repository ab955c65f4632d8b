/** A business case version as the proposal's row holds it. */
import { type Schema, str, date, int, pence, nullable, arr, obj } from '@ledger/platform/http-schema';

export const BusinessCaseVersionSchema: Schema = obj(
  {
    stage: { type: 'string', enum: ['SOC', 'OBC', 'FBC'] },
    version: int,
    submittedOn: date,
    submittedBy: str,
    sections: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'The five cases: strategic, economic, commercial, financial, management.',
    },
    investment: arr(obj({ financialYear: str, amountPence: pence })),
    wholeLifeCostPence: pence,
    anticipatedBenefits: arr(obj({ description: str, amountPence: nullable(pence) })),
    status: { type: 'string', enum: ['awaiting-scrutiny', 'approved', 'returned'] },
    scrutiny: nullable(
      obj(
        {
          outcome: str,
          meeting: str,
          decisionDate: date,
          conditions: arr(str),
          comments: nullable(str),
        },
        ['conditions', 'comments'],
      ),
    ),
  },
  ['scrutiny'],
);
