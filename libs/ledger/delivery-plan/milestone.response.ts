/** A milestone's row. */
import { type Schema, str, date, nullable, arr, obj } from '@ledger/platform/http-schema';

export const MilestoneRowSchema: Schema = obj(
  {
    milestoneId: str,
    programmeId: str,
    proposalId: nullable(str),
    title: str,
    baselineDate: date,
    forecastDate: date,
    actualDate: nullable(date),
    predecessorIds: arr(str),
  },
  ['proposalId'],
);
