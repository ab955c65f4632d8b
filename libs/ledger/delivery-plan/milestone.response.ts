/** A milestone's row. */
import { type Schema, str, date, time, int, nullable, arr, obj, id } from '@ledger/platform/http-schema';

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
    reschedules: arr(obj({ from: date, to: date, reason: str, at: time })),
    slippageDays: {
      ...int,
      description: 'Days from the baseline date to the actual date, else to the forecast (the programme snapshot only).',
    },
  },
  ['proposalId', 'slippageDays'],
);
