import { type CalendarDate, type DomainEvent, typeNames } from '@ledger/kernel';
export type MilestonePlanned = DomainEvent<'MilestonePlanned', {
  programmeId: string;
  milestoneId: string;
  /** null for a programme-wide milestone. */
  proposalId: string | null;
  title: string;
  /** The forecast starts at the baseline; the baseline never moves. */
  baselineDate: CalendarDate;
  predecessorIds: string[];
  /** The day it was planned, where known; v1 events have none. */
  plannedOn: CalendarDate | null;
}>;

export type MilestoneRescheduled = DomainEvent<'MilestoneRescheduled', {
  programmeId: string;
  milestoneId: string;
  forecastDate: CalendarDate;
  previousForecastDate: CalendarDate;
  reason: string;
  /** The day of the re-schedule, where known; v1 events have none. */
  rescheduledOn: CalendarDate | null;
}>;

export type MilestoneAchieved = DomainEvent<'MilestoneAchieved', { programmeId: string; milestoneId: string; achievedOn: CalendarDate }>;

export type MilestoneDependenciesChanged = DomainEvent<'MilestoneDependenciesChanged', {
  programmeId: string;
  milestoneId: string;
  predecessorIds: string[];
  previousPredecessorIds: string[];
}>;

export type DeliveryPlanEvent = MilestonePlanned | MilestoneRescheduled | MilestoneAchieved | MilestoneDependenciesChanged;

/** The event types of the `delivery-plan-<programmeId>` stream. */
export const DELIVERY_PLAN_EVENT_TYPES = typeNames<DeliveryPlanEvent['type']>({ MilestonePlanned: true, MilestoneRescheduled: true, MilestoneAchieved: true, MilestoneDependenciesChanged: true });
