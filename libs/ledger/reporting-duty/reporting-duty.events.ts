import { type CalendarDate, type DomainEvent, type Forum, type SourceReference, typeNames } from '@ledger/kernel';

/** What a duty reports on. */
export const REPORTING_SUBJECTS = ['programme', 'proposal', 'benefit', 'objective'] as const;
export type ReportingSubject = (typeof REPORTING_SUBJECTS)[number];

export const REPORTING_RECURRENCES = ['one-off', 'recurring'] as const;
export type ReportingRecurrence = (typeof REPORTING_RECURRENCES)[number];

export type ReportingDutySet = DomainEvent<'ReportingDutySet', {
  dutyId: string;
  programmeId: string;
  subject: ReportingSubject;
  /** The proposal, benefit or objective; null for the programme as a whole. */
  subjectId: string | null;
  title: string;
  forum: Forum;
  forumName: string;
  recurrence: ReportingRecurrence;
  /** The days a report is due, ascending; one for a one-off duty. */
  dueDates: CalendarDate[];
  source: SourceReference | null;
}>;

export type ReportReceived = DomainEvent<'ReportReceived', { dutyId: string; dueOn: CalendarDate; receivedOn: CalendarDate; paper: string; covers: string }>;

export type ReportingDutyEvent = ReportingDutySet | ReportReceived;

/** The event types of the `reporting-duty-<dutyId>` stream. */
export const REPORTING_DUTY_EVENT_TYPES = typeNames<ReportingDutyEvent['type']>({ ReportingDutySet: true, ReportReceived: true });

export const reportingDutyStreamId = (dutyId: string): string => `reporting-duty-${dutyId}`;
