import type { CalendarDate, DomainCommand, FinancialYear } from '@ledger/kernel';
import type { PlanFacts } from '@ledger/strategy';
import type { Accountable, IndicatorDirection } from './objective.events';

export type DefineObjective = DomainCommand<
  'DefineObjective',
  {
    objectiveId: string;
    planId: string;
    priorityId: string;
    title: string;
    accountable: Accountable;
    criticalFocus?: boolean;
    definedOn: CalendarDate;
    /** The plan as it stands, read by the handler: its years and which priorities are in force. */
    plan: PlanFacts;
  }
>;

export type AssignAccountability = DomainCommand<
  'AssignAccountability',
  { accountable: Accountable; reason: string; assignedOn: CalendarDate }
>;

export type DefineIndicator = DomainCommand<
  'DefineIndicator',
  {
    indicatorId: string;
    title: string;
    unit: string;
    direction: IndicatorDirection;
    baseline?: { value: number; period: FinancialYear } | null;
    dataSource: string;
    tolerance: number;
    definedOn: CalendarDate;
  }
>;

export type SetTarget = DomainCommand<
  'SetTarget',
  { indicatorId: string; period: FinancialYear; value: number; reason?: string | null }
>;

export type ReportActual = DomainCommand<
  'ReportActual',
  { indicatorId: string; period: FinancialYear; value: number; reportedOn: CalendarDate }
>;

export type CorrectActual = DomainCommand<
  'CorrectActual',
  { indicatorId: string; period: FinancialYear; value: number; reason: string; correctedOn: CalendarDate }
>;

export type ObjectiveCommand = DefineObjective | AssignAccountability | DefineIndicator | SetTarget | ReportActual | CorrectActual;
