import type { CalendarDate, DomainCommand } from '@ledger/kernel';
export type PlanMilestone = DomainCommand<
  'PlanMilestone',
  {
    programmeId: string;
    milestoneId: string;
    proposalId?: string | null;
    title: string;
    baselineDate: CalendarDate;
    predecessorIds?: string[];
    plannedOn?: CalendarDate | null;
  }
>;

export type RescheduleMilestone = DomainCommand<
  'RescheduleMilestone',
  { milestoneId: string; forecastDate: CalendarDate; reason: string; rescheduledOn?: CalendarDate | null }
>;

export type AchieveMilestone = DomainCommand<
  'AchieveMilestone',
  { milestoneId: string; achievedOn: CalendarDate }
>;

export type ChangeMilestoneDependencies = DomainCommand<
  'ChangeMilestoneDependencies',
  { milestoneId: string; predecessorIds: string[] }
>;

export type DeliveryPlanCommand = PlanMilestone | RescheduleMilestone | AchieveMilestone | ChangeMilestoneDependencies;
