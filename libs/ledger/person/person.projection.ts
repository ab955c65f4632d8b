import { rowProjectionOf } from '@ledger/platform/projection';
import type { SourceReference } from '@ledger/kernel';
import type { UserRegistered, UserRole, UserRoleChanged } from '@ledger/user';
import { PERSON_EVENT_TYPES, type PersonEvent, type PersonPost } from './person.events';

/** One person of the directory: from a user's account, or recorded without one. */
export type PersonRow = {
  personId: string;
  name: string;
  /** The user who is this person, if they have an account. */
  username: string | null;
  role: UserRole | null;
  /** Posts held over time, oldest first (recorded people). */
  posts: PersonPost[];
  /** The post held now: the last recorded one without an end, else null. */
  currentPost: string | null;
  source: SourceReference | null;
};

const currentPostOf = (posts: readonly PersonPost[]): string | null => [...posts].reverse().find((p) => p.to === null)?.post ?? null;

/**
 * people: every person a lead, owner or accountable field may name. Users bring their
 * person id (UserRegistered, UserRoleChanged); the programme office records the others.
 * A person is never removed: a deactivated user still led what they led.
 */
export const personProjection = rowProjectionOf<PersonEvent | UserRegistered | UserRoleChanged, PersonRow>({
  name: 'people',
  table: 'person_view',
  handles: [...PERSON_EVENT_TYPES, 'UserRegistered', 'UserRoleChanged'],
  key: 'personId',
  evolve(row, event) {
    switch (event.type) {
      case 'PersonRecorded': {
        const { personId, name, posts, source } = event.data;
        return { personId, name, username: row?.username ?? null, role: row?.role ?? null, posts, currentPost: currentPostOf(posts), source };
      }
      case 'PersonPostRecorded': {
        if (!row) return row;
        const { personId: _p, ...post } = event.data;
        const posts = [...row.posts, post].sort((a, b) => a.from.localeCompare(b.from));
        return { ...row, posts, currentPost: currentPostOf(posts) };
      }
      case 'UserRegistered': {
        const { personId, name, username, role } = event.data;
        if (personId === null) return row;
        return { personId, name, username, role, posts: row?.posts ?? [], currentPost: row?.currentPost ?? null, source: row?.source ?? null };
      }
      case 'UserRoleChanged': {
        const { personId, username, role } = event.data;
        if (personId === null) return row;
        // The event carries no name: a person new to the directory shows their username until renamed.
        return { personId, name: row?.name ?? username, username, role, posts: row?.posts ?? [], currentPost: row?.currentPost ?? null, source: row?.source ?? null };
      }
    }
  },
});
