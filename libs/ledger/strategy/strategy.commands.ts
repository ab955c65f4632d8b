import type { CalendarDate, DomainCommand, FinancialYear } from '@ledger/kernel';
import type { PlanKind, PriorityTier } from './strategy.events';

export type DefinePlan = DomainCommand<
  'DefinePlan',
  {
    planId: string;
    programmeId: string;
    kind: PlanKind;
    title: string;
    firstYear: FinancialYear;
    lastYear: FinancialYear;
    mission?: string | null;
    vision?: string | null;
    values?: string[];
    criticalSuccessFactors?: string[];
    adoptedOn: CalendarDate;
  }
>;

export type DefinePriority = DomainCommand<
  'DefinePriority',
  { priorityId: string; tier: PriorityTier; title: string; definedOn: CalendarDate }
>;

export type RewordPriority = DomainCommand<
  'RewordPriority',
  { priorityId: string; title: string; reason: string; rewordedOn: CalendarDate }
>;

export type RetirePriority = DomainCommand<
  'RetirePriority',
  { priorityId: string; mergedInto?: string | null; reason: string; retiredOn: CalendarDate }
>;

export type StrategyCommand = DefinePlan | DefinePriority | RewordPriority | RetirePriority;
