/** A benefit's row, with what the reads derive (realised to date). */
import { type Schema, str, num, bool, nullable, arr, obj, id } from '@ledger/platform/http-schema';

const scheduled: Schema = obj({ period: str, plannedValue: num });

export const BenefitRowSchema: Schema = obj(
  {
    benefitId: id,
    proposalId: nullable(id),
    programmeId: id,
    description: str,
    measure: str,
    unit: {
      type: 'string',
      description: "GBP-pence for money, else the measure's unit (wards, officer-hours …)",
    },
    cashReleasing: bool,
    isDisbenefit: bool,
    baseline: num,
    target: num,
    scheduleKind: {
      type: 'string',
      enum: ['per-period', 'running-total', 'level'],
      description:
        "How the schedule reads: 'per-period' amounts add up to the target, a 'running-total' or a 'level' reaches it with its last value.",
    },
    realisedToDate: {
      ...num,
      description:
        "Realised against the target: the sum of the periods ('per-period'), else the latest period's value.",
    },
    baselineSchedule: arr(scheduled),
    currentSchedule: arr(scheduled),
    realisations: arr(
      obj(
        {
          period: str,
          actual: num,
          forecastRemaining: nullable(num),
          evidence: str,
          commentary: nullable(str),
        },
        ['forecastRemaining', 'commentary'],
      ),
    ),
  },
  ['proposalId', 'scheduleKind', 'realisedToDate'],
);
