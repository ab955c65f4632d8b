import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { MilestoneAchieved, MilestoneDependenciesChanged, MilestonePlanned, MilestoneRescheduled } from './delivery-plan.events';
export type PlanMilestone = DomainCommand<'PlanMilestone', CommandData<MilestonePlanned['data'], never, 'proposalId' | 'predecessorIds' | 'plannedOn'>>;

export type RescheduleMilestone = DomainCommand<'RescheduleMilestone', CommandData<MilestoneRescheduled['data'], 'programmeId' | 'previousForecastDate', 'rescheduledOn'>>;

export type AchieveMilestone = DomainCommand<'AchieveMilestone', CommandData<MilestoneAchieved['data'], 'programmeId'>>;

export type ChangeMilestoneDependencies = DomainCommand<'ChangeMilestoneDependencies', CommandData<MilestoneDependenciesChanged['data'], 'programmeId' | 'previousPredecessorIds'>>;

export type DeliveryPlanCommand = PlanMilestone | RescheduleMilestone | AchieveMilestone | ChangeMilestoneDependencies;
