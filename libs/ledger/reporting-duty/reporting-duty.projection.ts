import { rowProjectionOf } from '@ledger/platform/projection';
import { REPORTING_DUTY_EVENT_TYPES, type ReportingDutyEvent, type ReportingDutySet, type ReportReceived } from './reporting-duty.events';

export type ReportingDutyRow = ReportingDutySet['data'] & {
  reports: Omit<ReportReceived['data'], 'dutyId'>[];
};

/** Reporting duties and the reports received under them. */
export const reportingDutyProjection = rowProjectionOf<ReportingDutyEvent, ReportingDutyRow>({
  name: 'reporting-duties', table: 'reporting_duty_view', handles: REPORTING_DUTY_EVENT_TYPES, key: 'dutyId',
  evolve(row, event) {
    if (event.type === 'ReportingDutySet') return { ...event.data, reports: [] };
    if (!row || event.type !== 'ReportReceived') return row;
    const { dutyId: _d, ...report } = event.data;
    return { ...row, reports: [...row.reports, report] };
  },
});

export type ReportState = 'due' | 'overdue' | 'received';

/** Each due date of a duty on `today`: received, overdue (its day has passed) or due. */
export function reportsOf(row: ReportingDutyRow, today: string) {
  return row.dueDates.map((dueOn) => {
    const report = row.reports.find((filed) => filed.dueOn === dueOn) ?? null;
    const state: ReportState = report ? 'received' : dueOn < today ? 'overdue' : 'due';
    return { dueOn, state, report };
  });
}
