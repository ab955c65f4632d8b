/** A milestone's row. */
import { type Schema, str, date, time, int, nullable, arr, obj } from '../http/openapi-schema';

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
    reschedules: arr(obj({ from: date, to: date, reason: str, at: time })),
    slippageDays: {
      ...int,
      description: 'Days from the baseline date to the actual date, else to the forecast (the programme snapshot only).',
    },
  },
  ['proposalId', 'slippageDays'],
);
