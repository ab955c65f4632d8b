import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { BenefitPlanned, BenefitRealisationCorrected, BenefitRealised, BenefitReforecast } from './benefit.events';

/** As planned; `scheduleKind` is 'per-period' when omitted. */
export type PlanBenefit = DomainCommand<'PlanBenefit', CommandData<BenefitPlanned['data'], never, 'proposalId' | 'fullYearValue' | 'scheduleKind' | 'plannedOn'>>;

export type ReforecastBenefit = DomainCommand<'ReforecastBenefit', CommandData<BenefitReforecast['data'], 'benefitId' | 'previousSchedule', 'reforecastOn'>>;

export type RealiseBenefit = DomainCommand<'RealiseBenefit', CommandData<BenefitRealised['data'], 'benefitId', 'forecastRemaining' | 'commentary'>>;

export type CorrectBenefitRealisation = DomainCommand<'CorrectBenefitRealisation', CommandData<BenefitRealisationCorrected['data'], 'benefitId' | 'previousActual'>>;

export type BenefitCommand = PlanBenefit | ReforecastBenefit | RealiseBenefit | CorrectBenefitRealisation;
