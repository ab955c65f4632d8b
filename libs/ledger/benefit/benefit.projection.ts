import { BENEFIT_EVENT_TYPES, type BenefitEvent, type ScheduledValue, type ScheduleKind } from './benefit.events';
import type { RowProjectionDefinition } from '@ledger/platform/projection';

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

export interface BenefitRow {
  benefitId: string;
  proposalId: string | null;
  programmeId: string;
  description: string;
  observableOutcome: string;
  measure: string;
  unit: string;
  attribution: string;
  cashReleasing: boolean;
  quantitative: boolean;
  isDisbenefit: boolean;
  ownerId: string;
  ownerName: string;
  baseline: number;
  target: number;
  fullYearValue: number | null;
  /** Absent on rows projected before v3 of BenefitPlanned: read as 'per-period'. */
  scheduleKind?: ScheduleKind;
  /** The schedule approved when the benefit was planned: never changed. */
  baselineSchedule: ScheduledValue[];
  currentSchedule: ScheduledValue[];
  reforecasts: { schedule: ScheduledValue[]; reason: string; at: string; by: string }[];
  realisations: Realisation[];
  cumulativeRealised: number;
}

const sum = (rs: Realisation[]) => rs.reduce((total, r) => total + r.actual, 0);

/** benefits: baseline, re-forecasts with reasons, realisations by period, cumulative realised. */
export const benefitProjection: RowProjectionDefinition<BenefitRow> = {
  name: 'benefits',
  table: 'benefit_view',
  handles: BENEFIT_EVENT_TYPES,
  rowId: (event) => (event.data as { benefitId: string }).benefitId,
  evolve(row, stored) {
    const event = { type: stored.type, data: stored.data } as BenefitEvent;
    if (event.type === 'BenefitPlanned') {
      const d = event.data;
      return {
        ...d,
        baselineSchedule: d.schedule,
        currentSchedule: d.schedule,
        reforecasts: [],
        realisations: [],
        cumulativeRealised: 0,
      } as BenefitRow & { schedule?: unknown };
    }
    if (!row) return row;
    const by = stored.metadata.actor.name ?? stored.metadata.actor.id;
    switch (event.type) {
      case 'BenefitReforecast':
        return {
          ...row,
          currentSchedule: event.data.schedule,
          reforecasts: [...row.reforecasts, { schedule: event.data.schedule, reason: event.data.reason, at: stored.recordedAt.toISOString(), by }],
        };
      case 'BenefitRealised': {
        const d = event.data;
        const realisations = [
          ...row.realisations,
          { period: d.period, actual: d.actual, forecastRemaining: d.forecastRemaining, evidence: d.evidence, commentary: d.commentary, reportedBy: d.reportedBy, reportedAt: stored.recordedAt.toISOString(), corrections: [] },
        ];
        return { ...row, realisations, cumulativeRealised: sum(realisations) };
      }
      case 'BenefitRealisationCorrected': {
        const d = event.data;
        const realisations = row.realisations.map((r) =>
          r.period === d.period
            ? { ...r, actual: d.actual, corrections: [...r.corrections, { previousActual: d.previousActual, actual: d.actual, reason: d.reason, correctedAt: stored.recordedAt.toISOString() }] }
            : r,
        );
        return { ...row, realisations, cumulativeRealised: sum(realisations) };
      }
      default:
        return row;
    }
  },
};
