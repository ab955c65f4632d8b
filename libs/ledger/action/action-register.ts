import type { ActionRow } from './action.projection';

export type RegisterStatus = 'open' | 'overdue' | 'done' | 'dropped';

export interface ActionFilters {
  ownerPersonId?: string;
  ownerName?: string;
  status?: RegisterStatus;
  /** The forum of the meeting it is due at (via `forumOfMeeting`). */
  forum?: string;
  dueBefore?: string;
}

/** Open and past its due day on `today` (the due day itself is not yet overdue). */
export function registerStatus(row: ActionRow, today: string): RegisterStatus {
  if (row.status !== 'open') return row.status;
  return row.dueOn < today ? 'overdue' : 'open';
}

/**
 * The actions register as on `today`: filtered, each with its derived status, ordered by due
 * day then id so the same rows always print the same way.
 */
export function actionsRegister(
  rows: Iterable<ActionRow>,
  today: string,
  filters: ActionFilters = {},
  forumOfMeeting: (meetingId: string) => string | null = () => null,
) {
  return [...rows]
    .map((row) => ({ ...row, registerStatus: registerStatus(row, today), overdue: registerStatus(row, today) === 'overdue' }))
    .filter(
      (a) =>
        (filters.ownerPersonId === undefined || a.owner.personId === filters.ownerPersonId) &&
        (filters.ownerName === undefined || a.owner.name === filters.ownerName) &&
        (filters.status === undefined || a.registerStatus === filters.status) &&
        (filters.dueBefore === undefined || a.dueOn < filters.dueBefore) &&
        (filters.forum === undefined || (a.dueMeetingId !== null && forumOfMeeting(a.dueMeetingId) === filters.forum)),
    )
    .sort((a, b) => (a.dueOn === b.dueOn ? (a.actionId < b.actionId ? -1 : a.actionId > b.actionId ? 1 : 0) : a.dueOn < b.dueOn ? -1 : 1));
}

export type ActionRegisterEntry = ReturnType<typeof actionsRegister>[number];
