import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { ObjectiveLinkFacts } from '@ledger/objective';
import type { BenefitObjectivesLinked, BenefitPlanned, BenefitRealisationCorrected, BenefitRealised, BenefitReforecast } from './benefit.events';

/** As planned; `scheduleKind` is 'per-period' when omitted. */
export type PlanBenefit = DomainCommand<'PlanBenefit', CommandData<BenefitPlanned['data'], never, 'proposalId' | 'fullYearValue' | 'scheduleKind' | 'plannedOn'>>;

export type ReforecastBenefit = DomainCommand<'ReforecastBenefit', CommandData<BenefitReforecast['data'], 'benefitId' | 'previousSchedule', 'reforecastOn'>>;

export type RealiseBenefit = DomainCommand<'RealiseBenefit', CommandData<BenefitRealised['data'], 'benefitId', 'forecastRemaining' | 'commentary'>>;

export type CorrectBenefitRealisation = DomainCommand<'CorrectBenefitRealisation', CommandData<BenefitRealisationCorrected['data'], 'benefitId' | 'previousActual'>>;

/** The objectives the benefit contributes to as they should now read (may be none), with the reason; the handler reads each objective named. */
export type LinkBenefitObjectives = DomainCommand<'LinkBenefitObjectives', CommandData<BenefitObjectivesLinked['data'], 'benefitId' | 'previousObjectiveIds'>> & {
  readonly context: { objectives: Readonly<Record<string, ObjectiveLinkFacts | null>> };
};

export type BenefitCommand = PlanBenefit | ReforecastBenefit | RealiseBenefit | CorrectBenefitRealisation | LinkBenefitObjectives;
