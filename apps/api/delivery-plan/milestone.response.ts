/** A milestone's row. */
import { type Schema, str, date, nullable, arr, obj } from '../http/openapi-schema';

export const MilestoneRow: Schema = obj(
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
