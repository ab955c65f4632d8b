import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { PlanDefined, PriorityDefined, PriorityRetired, PriorityReworded } from './strategy.events';

export type DefinePlan = DomainCommand<'DefinePlan', CommandData<PlanDefined['data'], never, 'mission' | 'vision' | 'values' | 'criticalSuccessFactors'>>;

export type DefinePriority = DomainCommand<'DefinePriority', CommandData<PriorityDefined['data'], 'planId'>>;

export type RewordPriority = DomainCommand<'RewordPriority', CommandData<PriorityReworded['data'], 'planId' | 'previousTitle'>>;

export type RetirePriority = DomainCommand<'RetirePriority', CommandData<PriorityRetired['data'], 'planId', 'mergedInto'>>;

export type StrategyCommand = DefinePlan | DefinePriority | RewordPriority | RetirePriority;
