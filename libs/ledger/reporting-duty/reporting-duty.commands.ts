import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { ReportingDutySet, ReportReceived } from './reporting-duty.events';

export type SetReportingDuty = DomainCommand<'SetReportingDuty', CommandData<ReportingDutySet['data'], never, 'subjectId' | 'source'>>;

export type RecordReportReceived = DomainCommand<'RecordReportReceived', CommandData<ReportReceived['data'], 'dutyId'>>;

export type ReportingDutyCommand = SetReportingDuty | RecordReportReceived;
