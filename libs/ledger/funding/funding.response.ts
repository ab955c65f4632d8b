/** The funding view's answer, as an OpenAPI schema. */
import { arr, date, enumOf, financialYear, id, nullable, obj, pence, type Schema, str, time } from '@ledger/platform/http-schema';
import { FUNDING_LINE_KINDS, FUNDING_SOURCES } from './funding.events';


export const FundingSchema: Schema = obj({
  programmeId: id,
  asAt: nullable(time),
  on: nullable(date),
  lines: arr(
    obj({
      lineId: id,
      year: financialYear,
      kind: enumOf(FUNDING_LINE_KINDS),
      source: nullable(enumOf(FUNDING_SOURCES)),
      label: str,
      amountPence: pence,
      proposalId: nullable(id),
      revisions: arr(obj({ previousAmountPence: pence, amountPence: pence, reason: str, at: time })),
    }),
  ),
  years: arr(
    obj({
      year: financialYear,
      resourcesPence: pence,
      requirementPence: pence,
      savingsPence: pence,
      gapPence: { ...pence, description: 'Resources less requirement, in pence: negative is a shortfall.' },
    }),
  ),
});
