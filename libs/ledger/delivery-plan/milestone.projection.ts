import { DELIVERY_PLAN_EVENT_TYPES, type DeliveryPlanEvent } from './delivery-plan.events';
import { domainEventOf, type RowProjectionDefinition } from '@ledger/platform/projection';

export interface MilestoneRow {
  milestoneId: string;
  programmeId: string;
  proposalId: string | null;
  title: string;
  baselineDate: string;
  forecastDate: string;
  actualDate: string | null;
  predecessorIds: string[];
  reschedules: { from: string; to: string; reason: string; at: string }[];
}

/** milestones: baseline, forecast and actual dates, predecessors, and why they slipped. */
export const milestoneProjection: RowProjectionDefinition<MilestoneRow> = {
  name: 'milestones',
  table: 'milestone_view',
  handles: DELIVERY_PLAN_EVENT_TYPES,
  rowId: (event) => {
    const data = event.data as { programmeId: string; milestoneId: string };
    return `${data.programmeId}/${data.milestoneId}`;
  },
  evolve(row, stored) {
    const event = domainEventOf<DeliveryPlanEvent>(stored);
    if (event.type === 'MilestonePlanned') {
      const data = event.data;
      return {
        milestoneId: data.milestoneId,
        programmeId: data.programmeId,
        proposalId: data.proposalId,
        title: data.title,
        baselineDate: data.baselineDate,
        forecastDate: data.baselineDate,
        actualDate: null,
        predecessorIds: data.predecessorIds,
        reschedules: [],
      };
    }
    if (!row) return row;
    switch (event.type) {
      case 'MilestoneRescheduled':
        return {
          ...row,
          forecastDate: event.data.forecastDate,
          reschedules: [...row.reschedules, { from: event.data.previousForecastDate, to: event.data.forecastDate, reason: event.data.reason, at: stored.recordedAt.toISOString() }],
        };
      case 'MilestoneAchieved':
        return { ...row, actualDate: event.data.achievedOn };
      case 'MilestoneDependenciesChanged':
        return { ...row, predecessorIds: event.data.predecessorIds };
      default:
        return row;
    }
  },
};
