import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { AddAgendaItem, RecordMeetingHeld, ScheduleMeeting } from './meeting.commands';
import { meetingDecider } from './meeting.decider';
import type { AgendaItemAdded, MeetingEvent, MeetingScheduled } from './meeting.events';

const { given } = deciderSpec(meetingDecider);

const schedule: ScheduleMeeting = {
  type: 'ScheduleMeeting',
  data: {
    meetingId: 'oversight-2006-03-09',
    programmeId: 'mmp',
    forum: 'Committee',
    forumName: 'MPA Oversight Committee',
    title: 'Oversight Committee, 9 March 2006',
    date: '2006-03-09',
    source: { document: 'MPA report 001', paragraph: '13' },
  },
};
const scheduled: MeetingScheduled = { type: 'MeetingScheduled', data: { ...schedule.data, source: { document: 'MPA report 001', paragraph: '13' } } };
const addItem: AddAgendaItem = {
  type: 'AddAgendaItem',
  data: { itemId: 'plans', kind: 'proposal-report', title: 'The 1 and 3 year plans', paper: 'Paper 6', proposalId: 'safer-neighbourhoods' },
};
const added: AgendaItemAdded = { type: 'AgendaItemAdded', data: { meetingId: 'oversight-2006-03-09', ...addItem.data, paper: 'Paper 6', proposalId: 'safer-neighbourhoods' } };
const hold: RecordMeetingHeld = { type: 'RecordMeetingHeld', data: { heldOn: '2006-03-09' } };
const held: MeetingEvent = { type: 'MeetingHeld', data: { meetingId: 'oversight-2006-03-09', heldOn: '2006-03-09' } };

describe('meeting decider', () => {
  describe('when the meeting is not scheduled', () => {
    it('schedules it', () => void given([]).when(schedule).then([scheduled]));
    it('schedules one without a source', () =>
      void given([]).when(amend(schedule, { source: undefined })).then([amend(scheduled, { source: null })]));
    it('refuses an unknown forum', () =>
      void given([]).when(amend(schedule, { forum: 'Cabinet' as never })).thenThrows('INVALID_ENUM_VALUE', 'validation'));
    it('refuses a date that is not a calendar date', () =>
      void given([]).when(amend(schedule, { date: '2006-02-30' })).thenThrows('INVALID_CALENDAR_DATE'));
    it('refuses an agenda item: no such meeting', () => void given([]).when(addItem).thenThrows('MEETING_NOT_FOUND', 'not-found'));
    it('refuses to record it held', () => void given([]).when(hold).thenThrows('MEETING_NOT_FOUND'));
  });

  describe('when the meeting is planned', () => {
    it('refuses to schedule it again', () => void given([scheduled]).when(schedule).thenThrows('MEETING_ALREADY_SCHEDULED', 'rule'));
    it('adds an agenda item', () => void given([scheduled]).when(addItem).then([added]));
    it('adds the committee pack, which is about no one proposal', () =>
      void given([scheduled]).when({ type: 'AddAgendaItem', data: { itemId: 'pack', kind: 'committee-pack', title: 'Committee pack' } }).then([{ type: 'AgendaItemAdded', data: { meetingId: 'oversight-2006-03-09', itemId: 'pack', kind: 'committee-pack', title: 'Committee pack', paper: null, proposalId: null } }]));
    it('refuses a business case item that names no proposal', () => {
      const error = given([scheduled]).when({ type: 'AddAgendaItem', data: { itemId: 'bc', kind: 'business-case', title: 'Business case' } }).thenThrows('AGENDA_ITEM_PROPOSAL_REQUIRED', 'validation');
      expect(error.field).toBe('proposalId');
    });
    it('refuses the same item twice', () => void given([scheduled, added]).when(addItem).thenThrows('AGENDA_ITEM_ALREADY_ADDED', 'rule'));
    it('records it held on its day', () => void given([scheduled, added]).when(hold).then([held]));
    it('refuses held before the day it was scheduled for', () =>
      void given([scheduled]).when({ type: 'RecordMeetingHeld', data: { heldOn: '2006-03-08' } }).thenThrows('DATE_OUT_OF_ORDER'));
    it('folds to a planned meeting with its items', () =>
      void given([scheduled, added]).thenState({ meetingId: 'oversight-2006-03-09', date: '2006-03-09', forum: 'Committee', held: false, itemIds: ['plans'] }));
  });

  describe('when the meeting has been held', () => {
    it('refuses an agenda item for a meeting already held', () =>
      void given([scheduled, held]).when(amend(addItem, { itemId: 'late' })).thenThrows('MEETING_ALREADY_HELD', 'rule'));
    it('refuses to record it held twice', () => void given([scheduled, held]).when(hold).thenThrows('MEETING_ALREADY_HELD'));
  });
});
