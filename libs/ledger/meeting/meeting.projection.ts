import { rowProjectionOf } from '@ledger/platform/projection';
import { MEETING_EVENT_TYPES, type AgendaItemAdded, type MeetingEvent, type MeetingScheduled } from './meeting.events';

export type MeetingRow = MeetingScheduled['data'] & {
  status: 'planned' | 'held';
  heldOn: string | null;
  agenda: Omit<AgendaItemAdded['data'], 'meetingId'>[];
};

/** Meetings: the forward plan (planned ones by date) and each meeting's agenda. */
export const meetingProjection = rowProjectionOf<MeetingEvent, MeetingRow>({
  name: 'meetings', table: 'meeting_view', handles: MEETING_EVENT_TYPES, key: 'meetingId',
  evolve(row, event) {
    if (event.type === 'MeetingScheduled') return { ...event.data, status: 'planned', heldOn: null, agenda: [] };
    if (!row) return row;
    switch (event.type) {
      case 'AgendaItemAdded': {
        const { meetingId: _m, ...item } = event.data;
        return { ...row, agenda: [...row.agenda, item] };
      }
      case 'MeetingHeld':
        return { ...row, status: 'held', heldOn: event.data.heldOn };
      default:
        return row;
    }
  },
});
