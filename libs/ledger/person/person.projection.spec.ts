import type { StoredEvent } from '@ledger/platform/event-store';
import { foldRows } from '@ledger/platform/projection';
import type { UserRegistered, UserRoleChanged } from '@ledger/user';
import type { PersonEvent } from './person.events';
import { personProjection, type PersonRow } from './person.projection';

/** Events as the projector hands them over, in log order. */
function stored(events: (PersonEvent | UserRegistered | UserRoleChanged)[]): StoredEvent[] {
  return events.map((e, i) => ({
    eventId: `e${i + 1}`,
    type: e.type,
    data: e.data,
    schemaVersion: 1,
    streamId: 'any',
    streamVersion: 1,
    globalPosition: i + 1,
    transactionId: String(i + 1),
    recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    metadata: { actor: { id: 'office', role: 'programme-office' }, correlationId: 'c' },
  }));
}

const directory = (events: Parameters<typeof stored>[0]): Map<string, PersonRow> => foldRows(personProjection, stored(events));
const registered = (username: string, personId: string | null, name = 'AC Tim Godwin'): UserRegistered => ({
  type: 'UserRegistered',
  data: { userId: username, username, name, role: 'lead', personId, passwordHash: 'hash' },
});

describe('the people directory projection', () => {
  it('lists a user with a person id, and no user without one', () => {
    const rows = directory([registered('person-tim-godwin', 'person-tim-godwin'), registered('office', null, 'Office')]);
    expect([...rows.keys()]).toEqual(['person-tim-godwin']);
    expect(rows.get('person-tim-godwin')).toEqual({
      personId: 'person-tim-godwin', name: 'AC Tim Godwin', username: 'person-tim-godwin', role: 'lead', posts: [], currentPost: null, source: null,
    });
  });

  it('keeps a recorded person’s posts in order of their start, the open one current', () => {
    const rows = directory([
      { type: 'PersonRecorded', data: { personId: 'p', name: 'Successor', posts: [{ post: 'Programme director', from: '2007-10-01', to: null }], source: null } },
      { type: 'PersonPostRecorded', data: { personId: 'p', post: 'Head of Change', from: '2005-01-01', to: '2007-09-30' } },
    ]);
    expect(rows.get('p')).toMatchObject({
      username: null,
      posts: [
        { post: 'Head of Change', from: '2005-01-01', to: '2007-09-30' },
        { post: 'Programme director', from: '2007-10-01', to: null },
      ],
      currentPost: 'Programme director',
    });
  });

  it('joins a recorded person to the account they are later given, keeping their posts', () => {
    const rows = directory([
      { type: 'PersonRecorded', data: { personId: 'p', name: 'Successor', posts: [{ post: 'Programme director', from: '2007-10-01', to: null }], source: null } },
      registered('successor', 'p', 'Jo Successor'),
    ]);
    expect(rows.get('p')).toMatchObject({ name: 'Jo Successor', username: 'successor', role: 'lead', currentPost: 'Programme director' });
  });

  it('adds the person id a role change gives, and keeps the one it replaces', () => {
    const rows = directory([
      registered('tim', 'person-tim'),
      { type: 'UserRoleChanged', data: { username: 'tim', role: 'lead', previousRole: 'lead', personId: 'person-tim-godwin', reason: 'Typo' } },
    ]);
    expect([...rows.keys()].sort()).toEqual(['person-tim', 'person-tim-godwin']);
    expect(rows.get('person-tim-godwin')).toMatchObject({ name: 'tim', username: 'tim' });
  });
});
