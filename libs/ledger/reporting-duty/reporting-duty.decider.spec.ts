import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { RecordReportReceived, SetReportingDuty } from './reporting-duty.commands';
import { reportingDutyDecider } from './reporting-duty.decider';
import type { ReportingDutyEvent, ReportingDutySet } from './reporting-duty.events';
import { reportsOf, type ReportingDutyRow } from './reporting-duty.projection';

const { given } = deciderSpec(reportingDutyDecider);

const set: SetReportingDuty = {
  type: 'SetReportingDuty',
  data: {
    dutyId: 'performance-pprc',
    programmeId: 'mmp',
    subject: 'programme',
    title: 'Performance reported to the PPRC for scrutiny',
    forum: 'Committee',
    forumName: 'MPA PPRC',
    recurrence: 'recurring',
    dueDates: ['2006-04-06', '2006-07-06'],
    source: { document: 'MPA report 001', paragraph: '9' },
  },
};
const dutySet: ReportingDutySet = { type: 'ReportingDutySet', data: { ...set.data, subjectId: null, dueDates: ['2006-04-06', '2006-07-06'], source: { document: 'MPA report 001', paragraph: '9' } } };
const receive: RecordReportReceived = { type: 'RecordReportReceived', data: { dueOn: '2006-04-06', receivedOn: '2006-04-01', paper: 'PPRC paper 4', covers: 'Q4 2005/06 performance' } };
const received: ReportingDutyEvent = { type: 'ReportReceived', data: { dutyId: 'performance-pprc', ...receive.data } };

describe('reporting duty decider', () => {
  describe('when the duty is not set', () => {
    it('sets a recurring duty', () => void given([]).when(set).then([dutySet]));
    it('refuses a one-off duty with two dates', () => {
      const error = given([]).when(amend(set, { recurrence: 'one-off' })).thenThrows('REPORTING_DUTY_DATES_INVALID', 'validation');
      expect(error.field).toBe('dueDates');
    });
    it('refuses dates out of order', () =>
      void given([]).when(amend(set, { dueDates: ['2006-07-06', '2006-04-06'] })).thenThrows('REPORTING_DUTY_DATES_INVALID'));
    it('refuses no dates at all', () => void given([]).when(amend(set, { dueDates: [] })).thenThrows('INVALID_LIST'));
    it('refuses a proposal duty that names no proposal', () =>
      void given([]).when(amend(set, { subject: 'proposal' })).thenThrows('VALUE_REQUIRED'));
    it('refuses a report', () => void given([]).when(receive).thenThrows('REPORTING_DUTY_NOT_FOUND', 'not-found'));
  });
  describe('when the duty is set', () => {
    it('refuses to set it again', () => void given([dutySet]).when(set).thenThrows('REPORTING_DUTY_ALREADY_SET', 'rule'));
    it('records a report received for a due period', () => void given([dutySet]).when(receive).then([received]));
    it("refuses a duty's report for a period not due", () => {
      const error = given([dutySet]).when(amend(receive, { dueOn: '2006-05-06' })).thenThrows('REPORT_PERIOD_NOT_DUE', 'rule');
      expect(error.field).toBe('dueOn');
    });
    it('refuses the same period twice', () => void given([dutySet, received]).when(receive).thenThrows('REPORT_ALREADY_RECEIVED', 'rule'));
  });
  describe('reports due on a day', () => {
    const row: ReportingDutyRow = { ...dutySet.data, reports: [{ dueOn: '2006-04-06', receivedOn: '2006-04-01', paper: 'p', covers: 'c' }] };
    it('marks received, overdue and due', () => {
      expect(reportsOf(row, '2006-08-01').map((r) => r.state)).toEqual(['received', 'overdue']);
      expect(reportsOf(row, '2006-07-06').map((r) => r.state)).toEqual(['received', 'due']);
    });
  });
});
