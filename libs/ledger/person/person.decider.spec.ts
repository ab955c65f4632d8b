import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { RecordPerson, RecordPersonPost } from './person.commands';
import { personDecider } from './person.decider';
import type { PersonEvent, PersonRecorded } from './person.events';

const { given } = deciderSpec(personDecider);

const source = { document: 'Service Review report (2005)', paragraph: '45' };
const record: RecordPerson = {
  type: 'RecordPerson',
  data: {
    personId: 'post-programme-director',
    name: 'Programme director (successor to Stephen Rimmer)',
    posts: [{ post: 'Programme director', from: '2007-10-01', to: null }],
    source,
  },
};
const recorded: PersonRecorded = { type: 'PersonRecorded', data: { ...record.data } };
const recordPost: RecordPersonPost = { type: 'RecordPersonPost', data: { post: 'Director of Resources', from: '2008-04-01', to: '2009-03-31' } };
const postRecorded: PersonEvent = { type: 'PersonPostRecorded', data: { personId: 'post-programme-director', ...recordPost.data } };

describe('person decider', () => {
  describe('when the person is not recorded', () => {
    it('records them with their posts and the report that names them', () => void given([]).when(record).then([recorded]));
    it('records them without a post or a source', () =>
      void given([]).when(amend(record, { posts: [], source: null })).then([{ type: 'PersonRecorded', data: { ...record.data, posts: [], source: null } }]));
    it('refuses a blank name', () => void given([]).when(amend(record, { name: '  ' })).thenThrows('VALUE_REQUIRED'));
    it('refuses an id that is not an id', () => void given([]).when(amend(record, { personId: 'tim godwin' })).thenThrows('INVALID_ID'));
    it('refuses a post that ends before it starts', () =>
      void given([]).when(amend(record, { posts: [{ post: 'Programme director', from: '2007-10-01', to: '2007-09-30' }] })).thenThrows('DATE_OUT_OF_ORDER'));
    it('refuses the same post from the same day twice', () =>
      void given([]).when(amend(record, { posts: [record.data.posts[0], record.data.posts[0]] })).thenThrows('DUPLICATE_VALUE'));
    it('refuses a post for them', () => void given([]).when(recordPost).thenThrows('PERSON_NOT_FOUND', 'not-found'));
  });
  describe('when the person is recorded', () => {
    it('refuses to record them again', () => void given([recorded]).when(record).thenThrows('PERSON_ALREADY_RECORDED', 'rule'));
    it('records a further post: their roles over time', () => void given([recorded]).when(recordPost).then([postRecorded]));
    it('refuses a post already recorded', () => void given([recorded, postRecorded]).when(recordPost).thenThrows('DUPLICATE_VALUE'));
    it('refuses a post with a date that is not a day', () =>
      void given([recorded]).when(amend(recordPost, { from: '2008-02-30' })).thenThrows('INVALID_CALENDAR_DATE'));
  });
});
