import { optionalId, optionalText, requireObject } from './assert';
import { assertNotBefore, type CalendarDate, optionalCalendarDate } from './calendar-date';
import { fail } from './domain.errors';
import type { Forum } from './vocabulary';

/**
 * The meeting a decision or agreement names, as its handler found it (the meeting's own
 * stream): the decider checks it is of the decision's forum, so the rule has a given/when/then.
 */
export type MeetingTakenAt = { meetingId: string; forum: Forum; date: CalendarDate };

/** The meeting id a decision records: the one named, of the decision's forum (400 otherwise), else the one its words name. */
export function meetingOfForum(meeting: MeetingTakenAt | null | undefined, forum: Forum | null, words: string, date: CalendarDate): string | null {
  // None named: the meeting of the id scheme the words name, as events stored before read (upcast).
  if (meeting === undefined || meeting === null) return derivedMeetingId(forum, words, date);
  if (forum !== null && meeting.forum !== forum) {
    fail('MEETING_OF_ANOTHER_FORUM', `Meeting ${meeting.meetingId} is a meeting of the ${meeting.forum}, not of the ${forum}`, 'meetingId');
  }
  return meeting.meetingId;
}

/**
 * Who follows up the conditions of an agreement, approval or decision, and by when: recorded
 * with it, so the actions the conditions become (the action slice's condition-actions) are
 * derived from the event alone. Each part may be absent: the defaults are then applied there.
 */
export type ConditionFollowUp = {
  owner: { personId: string | null; name: string } | null;
  dueOn: CalendarDate | null;
  /** The meeting the conditions must come back to (its date is the due day). */
  dueMeeting: { meetingId: string; date: CalendarDate } | null;
};

/** The follow-up as recorded: null when the request gave none, or none of its parts. */
export function optionalFollowUp(value: unknown, decidedOn: CalendarDate, field = 'followUp'): ConditionFollowUp | null {
  if (value === undefined || value === null) return null;
  const data = requireObject(value, field);
  const ownerName = optionalText(data.ownerName, `${field}.ownerName`);
  const ownerPersonId = optionalId(data.ownerPersonId, `${field}.ownerPersonId`);
  if (ownerPersonId !== null && ownerName === null) fail('VALUE_REQUIRED', `${field}.ownerName is required with ${field}.ownerPersonId`, `${field}.ownerName`);
  const dueOn = optionalCalendarDate(data.dueOn, `${field}.dueOn`);
  const meeting = data.dueMeeting === undefined || data.dueMeeting === null ? null : requireObject(data.dueMeeting, `${field}.dueMeetingId`);
  const dueMeeting = meeting ? { meetingId: String(meeting.meetingId), date: String(meeting.date) } : null;
  // The actions the conditions become are raised on the day of the decision: not due before it.
  if (dueOn !== null) assertNotBefore(dueOn, decidedOn, `${field}.dueOn`, 'the day of the decision');
  if (dueMeeting !== null) assertNotBefore(dueMeeting.date, decidedOn, `${field}.dueMeetingId`, 'the day of the decision');
  const followUp = { owner: ownerName === null ? null : { personId: ownerPersonId, name: ownerName }, dueOn, dueMeeting };
  return followUp.owner === null && dueOn === null && dueMeeting === null ? null : followUp;
}

/** The follow-up as a command carries it: the handler has resolved the due meeting's date. */
export type FollowUpRequest = {
  ownerName?: string | null;
  ownerPersonId?: string | null;
  dueOn?: CalendarDate | null;
  dueMeeting?: { meetingId: string; date: CalendarDate } | null;
};

/**
 * The ids the demo's meetings carry: `<body>-<date>` (mmp-authority-2005-09-29,
 * mmp-oversight-2006-02-03). Events stored before decisions named a meeting id (schema v1)
 * recorded the meeting in words; read-time upcasters turn words and a date that name one of
 * these bodies into that id, and anything else into null (no guessing). Pure: no I/O.
 */
const BODIES: readonly { prefix: string; forum: Forum; words: RegExp }[] = [
  // The Authority decides at its full meetings; its minutes are cited "MPA dd/mm/yyyy".
  { prefix: 'mmp-authority', forum: 'Authority', words: /\bfull authority\b|^MPA \d{1,2}\/\d{1,2}\/\d{4}\b/i },
  { prefix: 'mmp-oversight', forum: 'Committee', words: /\boversight committee\b/i },
];

/** The meeting id of that scheme the words, forum and day name, or null. */
export function derivedMeetingId(forum: Forum | null, words: string, date: string): string | null {
  const body = BODIES.find((b) => (forum === null || b.forum === forum) && b.words.test(words));
  return body ? `${body.prefix}-${date}` : null;
}
