import { type CalendarDate, type DomainEvent, typeNames } from '@ledger/kernel';
/** The unit of a cash benefit; any other unit ('hours', 'officers') is free text. */
export const PENCE_UNIT = 'GBP-pence';

/** A reporting period: a financial year ('2006/07') or a quarter ('2006-Q3'). */
export type BenefitPeriod = string;

export type ScheduledValue = { period: BenefitPeriod; plannedValue: number };

/**
 * How a schedule's values read, and so how they reach the target: 'per-period' amounts add
 * up to it (savings in each year); a 'running-total' rises to it (front counters closed so
 * far); a 'level' is the rate reached in each period (£8m a year once live), its last value
 * the target. Realisations are reported the same way.
 */
export const SCHEDULE_KINDS = ['per-period', 'running-total', 'level'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export type BenefitPlanned = DomainEvent<'BenefitPlanned', {
  benefitId: string;
  /** null for a programme-level benefit such as a savings target. */
  proposalId: string | null;
  programmeId: string;
  description: string;
  observableOutcome: string;
  measure: string;
  /** 'GBP-pence' for cash; required for a cash-releasing benefit. */
  unit: string;
  attribution: string;
  cashReleasing: boolean;
  quantitative: boolean;
  isDisbenefit: boolean;
  ownerId: string;
  ownerName: string;
  /** Baseline and target are fixed here for good; re-forecasts change the schedule only. */
  baseline: number;
  target: number;
  fullYearValue: number | null;
  schedule: ScheduledValue[];
  /** v3: how the schedule reads; v1/v2 events read as 'per-period'. */
  scheduleKind: ScheduleKind;
  /** The day it was planned (e.g. with the business case that approved it), where known; v1 events have none. */
  plannedOn: CalendarDate | null;
}>;

export type BenefitReforecast = DomainEvent<'BenefitReforecast', {
  benefitId: string;
  schedule: ScheduledValue[];
  previousSchedule: ScheduledValue[];
  reason: string;
  /** The day of the re-forecast, where known; v1 events have none. */
  reforecastOn: CalendarDate | null;
}>;

export type BenefitRealised = DomainEvent<'BenefitRealised', {
  benefitId: string;
  period: BenefitPeriod;
  /** May be negative: a period can go backwards. */
  actual: number;
  forecastRemaining: number | null;
  evidence: string;
  commentary: string | null;
  reportedBy: string;
}>;

export type BenefitRealisationCorrected = DomainEvent<'BenefitRealisationCorrected', {
  benefitId: string;
  period: BenefitPeriod;
  actual: number;
  previousActual: number;
  reason: string;
}>;

/** The plan objectives the benefit contributes to, set with a reason; `previousObjectiveIds` keeps what they were. */
export type BenefitObjectivesLinked = DomainEvent<'BenefitObjectivesLinked', {
  benefitId: string;
  objectiveIds: string[];
  previousObjectiveIds: string[];
  reason: string;
  linkedOn: CalendarDate;
}>;

export type BenefitEvent = BenefitPlanned | BenefitReforecast | BenefitRealised | BenefitRealisationCorrected | BenefitObjectivesLinked;

/** The event types of the `benefit-<benefitId>` stream. */
export const BENEFIT_EVENT_TYPES = typeNames<BenefitEvent['type']>({ BenefitPlanned: true, BenefitReforecast: true, BenefitRealised: true, BenefitRealisationCorrected: true, BenefitObjectivesLinked: true });
