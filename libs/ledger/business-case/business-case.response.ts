/** A business case version as the proposal's row holds it. */
import { type Schema, str, date, int, pence, nullable, arr, obj, enumOf, enumOfType, financialYear } from '@ledger/platform/http-schema';
import type { BusinessCaseState } from './business-case.decider';
import { BUSINESS_CASE_STAGES } from './business-case.events';

type BusinessCaseStatus = NonNullable<BusinessCaseState['latest']>['status'];

export const BusinessCaseVersionSchema: Schema = obj(
  {
    stage: enumOf(BUSINESS_CASE_STAGES),
    version: int,
    submittedOn: date,
    submittedBy: str,
    sections: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'The five cases: strategic, economic, commercial, financial, management.',
    },
    investment: arr(obj({ financialYear: financialYear, amountPence: pence })),
    wholeLifeCostPence: pence,
    anticipatedBenefits: arr(obj({ description: str, amountPence: nullable(pence) })),
    status: enumOfType<BusinessCaseStatus>({ 'awaiting-scrutiny': true, approved: true, returned: true }),
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
