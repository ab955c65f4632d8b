import { type CalendarDate, type DomainEvent, type FinancialYear, typeNames } from '@ledger/kernel';

/** Whether a higher or a lower figure is better (detections up, burglaries down). */
export const INDICATOR_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** The Management Board member accountable for delivery (001 §9). */
export type Accountable = { personId: string; name: string };

export type ObjectiveDefined = DomainEvent<'ObjectiveDefined', {
  objectiveId: string;
  planId: string;
  programmeId: string;
  priorityId: string;
  title: string;
  accountable: Accountable;
  /** A critical focus area of the plan (001 §8). */
  criticalFocus: boolean;
  /** The plan's financial years, copied when defined: targets and actuals fall in them. */
  years: FinancialYear[];
  definedOn: CalendarDate;
}>;

export type AccountabilityAssigned = DomainEvent<'AccountabilityAssigned', { objectiveId: string; accountable: Accountable; previous: Accountable; reason: string; assignedOn: CalendarDate }>;

export type IndicatorDefined = DomainEvent<'IndicatorDefined', {
  objectiveId: string;
  indicatorId: string;
  title: string;
  unit: string;
  direction: IndicatorDirection;
  baseline: { value: number; period: FinancialYear } | null;
  dataSource: string;
  /** How far short of the target (in the unit) still counts as on track. */
  tolerance: number;
  definedOn: CalendarDate;
}>;

/** An indicator's value for a year: what a target, an actual and its correction each name. */
export type IndicatorValue = { objectiveId: string; indicatorId: string; period: FinancialYear; value: number };

export type TargetSet = DomainEvent<'TargetSet', IndicatorValue & { previousValue: number | null; reason: string | null }>;

export type ActualReported = DomainEvent<'ActualReported', IndicatorValue & { reportedOn: CalendarDate }>;

export type ActualCorrected = DomainEvent<'ActualCorrected', IndicatorValue & { previousValue: number; reason: string; correctedOn: CalendarDate }>;

export type ObjectiveEvent = ObjectiveDefined | AccountabilityAssigned | IndicatorDefined | TargetSet | ActualReported | ActualCorrected;

/** The event types of the `objective-<objectiveId>` stream. */
export const OBJECTIVE_EVENT_TYPES = typeNames<ObjectiveEvent['type']>({ ObjectiveDefined: true, AccountabilityAssigned: true, IndicatorDefined: true, TargetSet: true, ActualReported: true, ActualCorrected: true });
