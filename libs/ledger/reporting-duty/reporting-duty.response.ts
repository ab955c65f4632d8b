/** The reporting duties' answers (after their rows and schedule), as OpenAPI schemas. */
import { arr, date, enumOf, enumOfType, id, int, nullable, obj, type Schema, source, str } from '@ledger/platform/http-schema';
import { FORUMS } from '@ledger/kernel';
import { REPORTING_RECURRENCES, REPORTING_SUBJECTS } from './reporting-duty.events';
import type { ReportState } from './reporting-duty.projection';

const report = obj({ dueOn: date, receivedOn: date, paper: str, covers: str });
const state = enumOfType<ReportState>({ due: true, overdue: true, received: true });

/** A report due at a meeting (the meeting's reads list them). */
export const ReportDueSchema: Schema = obj({ dutyId: id, title: str, forumName: str, dueOn: date, state, report: nullable(report) });

const duty = obj({
  dutyId: id,
  programmeId: id,
  subject: enumOf(REPORTING_SUBJECTS),
  subjectId: nullable(id),
  title: str,
  forum: enumOf(FORUMS),
  forumName: str,
  recurrence: enumOf(REPORTING_RECURRENCES),
  dueDates: arr(date),
  source: nullable(source),
  reports: arr(report),
  schedule: arr(obj({ dueOn: date, state, report: nullable(report) })),
});

export const DutyListSchema: Schema = obj({ programmeId: id, on: date, overdue: int, items: arr(duty) });
