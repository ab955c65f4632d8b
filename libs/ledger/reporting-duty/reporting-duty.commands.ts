import type { CalendarDate, DomainCommand, Forum, SourceReference } from '@ledger/kernel';
import type { ReportingRecurrence, ReportingSubject } from './reporting-duty.events';

export type SetReportingDuty = DomainCommand<
  'SetReportingDuty',
  {
    dutyId: string;
    programmeId: string;
    subject: ReportingSubject;
    subjectId?: string | null;
    title: string;
    forum: Forum;
    forumName: string;
    recurrence: ReportingRecurrence;
    dueDates: CalendarDate[];
    source?: SourceReference | null;
  }
>;

export type RecordReportReceived = DomainCommand<
  'RecordReportReceived',
  { dueOn: CalendarDate; receivedOn: CalendarDate; paper: string; covers: string }
>;

export type ReportingDutyCommand = SetReportingDuty | RecordReportReceived;
