/** A benefit's row, with what the reads derive (realised to date). */
import { type Schema, str, num, bool, time, date, nullable, arr, obj, id } from '@ledger/platform/http-schema';

const scheduled: Schema = obj({ period: str, plannedValue: num });
const period: Schema = obj({
  period: str,
  baseline: num,
  forecast: nullable(num),
  realised: nullable(num),
  variance: { ...nullable(num), description: 'Realised minus the baseline; null until the period is reported.' },
});

export const BenefitRowSchema: Schema = obj(
  {
    benefitId: id,
    proposalId: nullable(id),
    programmeId: id,
    description: str,
    observableOutcome: str,
    measure: str,
    attribution: str,
    quantitative: bool,
    ownerId: str,
    ownerName: str,
    fullYearValue: nullable(num),
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
    plannedTotal: { ...num, description: 'What the baseline schedule reaches.' },
    forecastTotal: { ...num, description: 'What the current (re-forecast) schedule reaches.' },
    varianceToDate: { ...num, description: 'Realised to date minus what was planned for the reported periods.' },
    periods: arr(period),
    baselineSchedule: arr(scheduled),
    currentSchedule: arr(scheduled),
    reforecasts: arr(obj({ schedule: arr(scheduled), reason: str, at: time, by: str })),
    realisations: arr(
      obj(
        {
          period: str,
          actual: num,
          forecastRemaining: nullable(num),
          evidence: str,
          commentary: nullable(str),
          reportedBy: str,
          reportedAt: time,
          corrections: arr(obj({ previousActual: num, actual: num, reason: str, correctedAt: time })),
        },
        ['forecastRemaining', 'commentary'],
      ),
    ),
    objectiveIds: { ...arr(id), description: 'The plan objectives the benefit contributes to.' },
    objectiveLinks: {
      ...arr(obj({ previousObjectiveIds: arr(id), objectiveIds: arr(id), reason: str, linkedOn: date, by: str })),
      description: 'Each change of the objectives, oldest first, with what they were and why.',
    },
  },
  ['proposalId', 'fullYearValue', 'objectiveIds', 'objectiveLinks'],
);
