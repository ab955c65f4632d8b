import { assertCalendarDate, type CalendarDate, deciderOf, fail, FORUMS, optionalId, requireId, requireList, requireOneOf, requireSourceReference, requireText } from '@ledger/kernel';
import type { RecordReportReceived, ReportingDutyCommand, SetReportingDuty } from './reporting-duty.commands';
import { REPORTING_RECURRENCES, REPORTING_SUBJECTS, type ReportingDutyEvent } from './reporting-duty.events';

export type ReportingDutyState = {
  readonly dutyId: string | null;
  readonly dueDates: readonly CalendarDate[];
  readonly received: readonly CalendarDate[];
};

export const initialReportingDutyState = (): ReportingDutyState => ({ dutyId: null, dueDates: [], received: [] });

export function setReportingDuty(command: SetReportingDuty, state: ReportingDutyState): ReportingDutyEvent[] {
  const { data } = command;
  if (state.dutyId !== null) fail('REPORTING_DUTY_ALREADY_SET', `Reporting duty ${state.dutyId} is already set`);
  const subject = requireOneOf(data.subject, REPORTING_SUBJECTS, 'subject');
  const subjectId = optionalId(data.subjectId, 'subjectId');
  if (subject !== 'programme' && subjectId === null) fail('VALUE_REQUIRED', `subjectId names the ${subject} reported on`, 'subjectId');
  const recurrence = requireOneOf(data.recurrence, REPORTING_RECURRENCES, 'recurrence');
  const dueDates = requireList(data.dueDates, 'dueDates', 1).map((d, i) => assertCalendarDate(d, `dueDates[${i}]`));
  if (recurrence === 'one-off' && dueDates.length !== 1) fail('REPORTING_DUTY_DATES_INVALID', 'A one-off duty has exactly one due date', 'dueDates');
  if (dueDates.some((d, i) => i > 0 && d <= dueDates[i - 1])) fail('REPORTING_DUTY_DATES_INVALID', 'Due dates must be distinct and in ascending order', 'dueDates');
  return [
    {
      type: 'ReportingDutySet',
      data: {
        dutyId: requireId(data.dutyId, 'dutyId'),
        programmeId: requireId(data.programmeId, 'programmeId'),
        subject,
        subjectId: subject === 'programme' ? null : subjectId,
        title: requireText(data.title, 'title'),
        forum: requireOneOf(data.forum, FORUMS, 'forum'),
        forumName: requireText(data.forumName, 'forumName'),
        recurrence,
        dueDates,
        source: data.source === undefined || data.source === null ? null : requireSourceReference(data.source, 'source'),
      },
    },
  ];
}

export function recordReportReceived(command: RecordReportReceived, state: ReportingDutyState): ReportingDutyEvent[] {
  const { data } = command;
  const dueOn = assertCalendarDate(data.dueOn, 'dueOn');
  const receivedOn = assertCalendarDate(data.receivedOn, 'receivedOn');
  const paper = requireText(data.paper, 'paper');
  const covers = requireText(data.covers, 'covers');
  if (state.dutyId === null) fail('REPORTING_DUTY_NOT_FOUND', 'The reporting duty has not been set');
  if (!state.dueDates.includes(dueOn)) fail('REPORT_PERIOD_NOT_DUE', `No report is due on ${dueOn} under this duty (due: ${state.dueDates.join(', ')})`, 'dueOn');
  if (state.received.includes(dueOn)) fail('REPORT_ALREADY_RECEIVED', `The report due on ${dueOn} has already been received`, 'dueOn');
  return [{ type: 'ReportReceived', data: { dutyId: state.dutyId, dueOn, receivedOn, paper, covers } }];
}

export const reportingDutyDecider = deciderOf<ReportingDutyCommand, ReportingDutyEvent, ReportingDutyState>({
  initialState: initialReportingDutyState,
  evolve: {
    ReportingDutySet: (state, event) => ({ ...state, dutyId: event.data.dutyId, dueDates: event.data.dueDates }),
    ReportReceived: (state, event) => ({ ...state, received: [...state.received, event.data.dueOn] }),
  },
  decide: {
    SetReportingDuty: setReportingDuty,
    RecordReportReceived: recordReportReceived,
  },
});
