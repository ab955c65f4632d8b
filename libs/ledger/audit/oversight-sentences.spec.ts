import type { StoredEvent } from '@ledger/platform/event-store';
import { describeEvent } from './audit-sentences';

const stored = (type: string, data: object): StoredEvent =>
  ({ type, data, metadata: { actor: { id: 'u', role: 'lead', name: 'Tim Godwin' } } }) as unknown as StoredEvent;

describe('audit sentences of the oversight loop', () => {
  it('say what happened to the action, issue, meeting and report, and who recorded it', () => {
    const none = () => undefined;
    expect(describeEvent(stored('ActionCompleted', { actionId: 'a1', completedOn: '2006-02-01', evidence: 'Paper 5' }), none)).toBe(
      'Action a1 completed on 2006-02-01 (evidence: Paper 5), recorded by Tim Godwin (lead)',
    );
    expect(describeEvent(stored('MeetingHeld', { meetingId: 'm1', heldOn: '2006-03-09' }), none)).toBe('Meeting m1 held on 2006-03-09, recorded by Tim Godwin (lead)');
    expect(describeEvent(stored('IssueEscalated', { issueId: 'i1', forum: 'Committee' }), none)).toBe('Issue i1 escalated to the Committee by Tim Godwin (lead)');
    expect(describeEvent(stored('ReportReceived', { dutyId: 'd1', dueOn: '2006-03-09', receivedOn: '2006-03-02', paper: 'Report 6' }), none)).toContain('received on 2006-03-02 (Report 6)');
  });
});
