import { type CalendarDate, type DomainEvent, type FinancialYear, typeNames } from '@ledger/kernel';

/** A corporate strategy (three years) or an annual policing plan (001 §7–9, 004 §1–7). */
export const PLAN_KINDS = ['corporate-strategy', 'policing-plan'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Priorities come in tiers: for Londoners, and for excellence (004 Appendices 1–2). */
export const PRIORITY_TIERS = ['londoners', 'excellence'] as const;
export type PriorityTier = (typeof PRIORITY_TIERS)[number];

export type PlanDefined = DomainEvent<'PlanDefined', {
  planId: string;
  programmeId: string;
  kind: PlanKind;
  title: string;
  /** The plan runs from the first financial year to the last, both included. */
  firstYear: FinancialYear;
  lastYear: FinancialYear;
  mission: string | null;
  vision: string | null;
  values: string[];
  criticalSuccessFactors: string[];
  adoptedOn: CalendarDate;
}>;

export type PriorityDefined = DomainEvent<'PriorityDefined', { planId: string; priorityId: string; tier: PriorityTier; title: string; definedOn: CalendarDate }>;

export type PriorityReworded = DomainEvent<'PriorityReworded', { planId: string; priorityId: string; title: string; previousTitle: string; reason: string; rewordedOn: CalendarDate }>;

/** Retired outright, or merged into another priority of the plan (`mergedInto`). */
export type PriorityRetired = DomainEvent<'PriorityRetired', { planId: string; priorityId: string; mergedInto: string | null; reason: string; retiredOn: CalendarDate }>;

export type StrategyEvent = PlanDefined | PriorityDefined | PriorityReworded | PriorityRetired;

/** The event types of the `plan-<planId>` stream. */
export const STRATEGY_EVENT_TYPES = typeNames<StrategyEvent['type']>({ PlanDefined: true, PriorityDefined: true, PriorityReworded: true, PriorityRetired: true });
