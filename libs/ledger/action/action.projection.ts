import { rowProjectionOf } from '@ledger/platform/projection';
import { ACTION_EVENT_TYPES, type ActionEvent, type ActionRaised } from './action.events';
import type { ActionStatus } from './action.decider';

export type ActionRow = ActionRaised['data'] & {
  status: ActionStatus;
  /** The day it was completed or dropped. */
  closedOn: string | null;
  evidence: string | null;
  dropReason: string | null;
};

/** The actions register. "Overdue" is not stored: it depends on the day asked about. */
export const actionProjection = rowProjectionOf<ActionEvent, ActionRow>({
  name: 'actions', table: 'action_view', handles: ACTION_EVENT_TYPES, key: 'actionId',
  evolve(row, event) {
    if (event.type === 'ActionRaised') return { ...event.data, status: 'open', closedOn: null, evidence: null, dropReason: null };
    if (!row) return row;
    switch (event.type) {
      case 'ActionCompleted':
        return { ...row, status: 'done', closedOn: event.data.completedOn, evidence: event.data.evidence };
      case 'ActionDropped':
        return { ...row, status: 'dropped', closedOn: event.data.droppedOn, dropReason: event.data.reason };
      default:
        return row;
    }
  },
});
