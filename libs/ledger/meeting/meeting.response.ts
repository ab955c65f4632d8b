/** A meeting's answers (after MeetingRow, with what comes to it), as OpenAPI schemas. */
import { ActionEntrySchema } from '@ledger/action';
import { FORUMS } from '@ledger/kernel';
import { arr, date, enumOf, enumOfType, id, nullable, obj, type Schema, source, str } from '@ledger/platform/http-schema';
import { ReportDueSchema } from '@ledger/reporting-duty';
import { AGENDA_ITEM_KINDS } from './meeting.events';
import type { DecisionTaken } from './decisions-taken';
import type { MeetingRow } from './meeting.projection';

const meeting = {
  meetingId: id,
  programmeId: id,
  forum: enumOf(FORUMS),
  forumName: str,
  title: str,
  date,
  source: nullable(source),
  status: enumOfType<MeetingRow['status']>({ planned: true, held: true }),
  heldOn: nullable(date),
  agenda: arr(obj({ itemId: id, kind: enumOf(AGENDA_ITEM_KINDS), title: str, paper: nullable(str), proposalId: nullable(id) })),
  actionsDue: arr(ActionEntrySchema),
  actionsRaised: arr(ActionEntrySchema),
  reportsDue: arr(ReportDueSchema),
};

export const MeetingListSchema: Schema = obj({ programmeId: id, on: date, items: arr(obj(meeting)) });
const decisionTaken = obj({
  kind: enumOfType<DecisionTaken['kind']>({ agreement: true, 'business-case-approval': true, 'business-case-return': true, decision: true }),
  proposalId: nullable(id),
  decisionId: nullable(id),
  forum: nullable(enumOf(FORUMS)),
  decisionDate: date,
  subject: nullable(str),
  outcome: nullable(str),
  conditions: arr(str),
  minuteReference: nullable(str),
});

/** One meeting, as on a day, with the decisions and agreements taken at it. */
export const MeetingPageSchema: Schema = obj({ ...meeting, on: date, decisionsTaken: arr(decisionTaken) });
