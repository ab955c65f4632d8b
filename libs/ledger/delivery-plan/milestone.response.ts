/** A milestone's row. */
import { type Schema, str, date, nullable, arr, obj, id } from '@ledger/platform/http-schema';

export const MilestoneRowSchema: Schema = obj(
  {
    milestoneId: id,
    programmeId: id,
    proposalId: nullable(id),
    title: str,
    baselineDate: date,
    forecastDate: date,
    actualDate: nullable(date),
    predecessorIds: arr(id),
  },
  ['proposalId'],
);
