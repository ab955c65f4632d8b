import { BENEFIT_EVENT_TYPES, type BenefitEvent, type BenefitPlanned, type ScheduledValue, type ScheduleKind } from './benefit.events';
import { actorName, rowProjectionOf } from '@ledger/platform/projection';

export interface Realisation {
  period: string;
  actual: number;
  forecastRemaining: number | null;
  evidence: string;
  commentary: string | null;
  reportedBy: string;
  reportedAt: string;
  corrections: { previousActual: number; actual: number; reason: string; correctedAt: string }[];
}

/** The benefit as planned (its schedule kept as the baseline), then re-forecast and realised. */
export type BenefitRow = Omit<BenefitPlanned['data'], 'schedule' | 'scheduleKind' | 'plannedOn'> & {
  /** Absent on rows projected before v3 of BenefitPlanned: read as 'per-period'. */
  scheduleKind?: ScheduleKind;
  /** The schedule approved when the benefit was planned: never changed. */
  baselineSchedule: ScheduledValue[];
  currentSchedule: ScheduledValue[];
  reforecasts: { schedule: ScheduledValue[]; reason: string; at: string; by: string }[];
  realisations: Realisation[];
  /** The plan objectives it contributes to (absent on rows projected before links: none). */
  objectiveIds?: string[];
  /** Each change of them, oldest first, with what they were and why. */
  objectiveLinks?: { previousObjectiveIds: string[]; objectiveIds: string[]; reason: string; linkedOn: string; by: string }[];
};

/** benefits: baseline, re-forecasts with reasons, realisations by period (realised to date is derived on read). */
export const benefitProjection = rowProjectionOf<BenefitEvent, BenefitRow>({
  name: 'benefits', table: 'benefit_view', handles: BENEFIT_EVENT_TYPES, key: 'benefitId',
  evolve(row, event, stored) {
    if (event.type === 'BenefitPlanned') {
      const data = event.data;
      return {
        ...data,
        baselineSchedule: data.schedule,
        currentSchedule: data.schedule,
        reforecasts: [],
        realisations: [],
      } as BenefitRow & { schedule?: unknown };
    }
    if (!row) return row;
    const by = actorName(stored);
    switch (event.type) {
      case 'BenefitReforecast':
        return {
          ...row,
          currentSchedule: event.data.schedule,
          reforecasts: [...row.reforecasts, { schedule: event.data.schedule, reason: event.data.reason, at: stored.recordedAt.toISOString(), by }],
        };
      case 'BenefitRealised': {
        const data = event.data;
        const realisations = [
          ...row.realisations,
          { period: data.period, actual: data.actual, forecastRemaining: data.forecastRemaining, evidence: data.evidence, commentary: data.commentary, reportedBy: data.reportedBy, reportedAt: stored.recordedAt.toISOString(), corrections: [] },
        ];
        return { ...row, realisations };
      }
      case 'BenefitRealisationCorrected': {
        const data = event.data;
        const realisations = row.realisations.map((realisation) =>
          realisation.period === data.period
            ? { ...realisation, actual: data.actual, corrections: [...realisation.corrections, { previousActual: data.previousActual, actual: data.actual, reason: data.reason, correctedAt: stored.recordedAt.toISOString() }] }
            : realisation,
        );
        return { ...row, realisations };
      }
      case 'BenefitObjectivesLinked': {
        const { objectiveIds, previousObjectiveIds, reason, linkedOn } = event.data;
        return { ...row, objectiveIds, objectiveLinks: [...(row.objectiveLinks ?? []), { previousObjectiveIds, objectiveIds, reason, linkedOn, by }] };
      }
      default:
        return row;
    }
  },
});
