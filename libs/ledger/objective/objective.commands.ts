import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { PlanFacts } from '@ledger/strategy';
import type { AccountabilityAssigned, ActualCorrected, ActualReported, IndicatorDefined, ObjectiveDefined, TargetSet } from './objective.events';

export type DefineObjective = DomainCommand<
  'DefineObjective',
  CommandData<ObjectiveDefined['data'], 'programmeId' | 'years', 'criticalFocus'> & {
    /** The plan as it stands, read by the handler: its years and which priorities are in force. */
    plan: PlanFacts;
  }
>;

export type AssignAccountability = DomainCommand<'AssignAccountability', CommandData<AccountabilityAssigned['data'], 'objectiveId' | 'previous'>>;

export type DefineIndicator = DomainCommand<'DefineIndicator', CommandData<IndicatorDefined['data'], 'objectiveId', 'baseline'>>;

export type SetTarget = DomainCommand<'SetTarget', CommandData<TargetSet['data'], 'objectiveId' | 'previousValue', 'reason'>>;

export type ReportActual = DomainCommand<'ReportActual', CommandData<ActualReported['data'], 'objectiveId'>>;

export type CorrectActual = DomainCommand<'CorrectActual', CommandData<ActualCorrected['data'], 'objectiveId' | 'previousValue'>>;

export type ObjectiveCommand = DefineObjective | AssignAccountability | DefineIndicator | SetTarget | ReportActual | CorrectActual;
