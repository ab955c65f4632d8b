import type { CalendarDate, DomainCommand } from '@ledger/kernel';
import type { BenefitPeriod, ScheduledValue, ScheduleKind } from './benefit.events';

export type PlanBenefit = DomainCommand<
  'PlanBenefit',
  {
    benefitId: string;
    proposalId?: string | null;
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
    baseline: number;
    target: number;
    fullYearValue?: number | null;
    schedule: ScheduledValue[];
    /** 'per-period' when omitted. */
    scheduleKind?: ScheduleKind;
    plannedOn?: CalendarDate | null;
  }
>;

export type ReforecastBenefit = DomainCommand<
  'ReforecastBenefit',
  { schedule: ScheduledValue[]; reason: string; reforecastOn?: CalendarDate | null }
>;

export type RealiseBenefit = DomainCommand<
  'RealiseBenefit',
  {
    period: BenefitPeriod;
    /** May be negative: a period can go backwards. */
    actual: number;
    forecastRemaining?: number | null;
    evidence: string;
    commentary?: string | null;
    reportedBy: string;
  }
>;

export type CorrectBenefitRealisation = DomainCommand<
  'CorrectBenefitRealisation',
  { period: BenefitPeriod; actual: number; reason: string }
>;

export type BenefitCommand = PlanBenefit | ReforecastBenefit | RealiseBenefit | CorrectBenefitRealisation;
