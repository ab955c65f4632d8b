import {
  assertCalendarDate,
  assertNotBefore,
  deciderOf,
  fail,
  optionalCalendarDate,
  requireId,
  requireList,
  requireObject,
  requireSourceReference,
  requireText,
  type SourceReference,
} from '@ledger/kernel';
import type { PersonCommand, RecordPerson, RecordPersonPost } from './person.commands';
import type { PersonEvent, PersonPost } from './person.events';

export type PersonState = {
  /** null until the person is recorded. */
  readonly personId: string | null;
  readonly posts: readonly PersonPost[];
};

export const initialPersonState = (): PersonState => ({ personId: null, posts: [] });

function requirePost(value: unknown, field: string): PersonPost {
  const post = requireObject(value, field);
  const from = assertCalendarDate(post.from, `${field}.from`);
  const to = optionalCalendarDate(post.to, `${field}.to`);
  if (to !== null) assertNotBefore(to, from, `${field}.to`, 'the day the post was taken up');
  return { post: requireText(post.post, `${field}.post`), from, to };
}

/** The same post from the same day twice is a slip, not a second term in it. */
function requireNewPost(post: PersonPost, held: readonly PersonPost[], field: string): void {
  if (held.some((p) => p.post === post.post && p.from === post.from)) {
    fail('DUPLICATE_VALUE', `${field}: the post "${post.post}" from ${post.from} is already recorded`, field);
  }
}

export function recordPerson(command: RecordPerson, state: PersonState): PersonEvent[] {
  const { data } = command;
  if (state.personId !== null) fail('PERSON_ALREADY_RECORDED', `Person ${state.personId} is already in the people directory`, 'personId');
  const posts: PersonPost[] = [];
  requireList(data.posts, 'posts').forEach((value, i) => {
    const post = requirePost(value, `posts[${i}]`);
    requireNewPost(post, posts, `posts[${i}]`);
    posts.push(post);
  });
  const source: SourceReference | null = data.source == null ? null : requireSourceReference(data.source, 'source');
  return [{ type: 'PersonRecorded', data: { personId: requireId(data.personId, 'personId'), name: requireText(data.name, 'name'), posts, source } }];
}

export function recordPersonPost(command: RecordPersonPost, state: PersonState): PersonEvent[] {
  if (state.personId === null) fail('PERSON_NOT_FOUND', 'The person is not recorded in the people directory', 'personId');
  const post = requirePost(command.data, 'post');
  requireNewPost(post, state.posts, 'post');
  return [{ type: 'PersonPostRecorded', data: { personId: state.personId, ...post } }];
}

export const personDecider = deciderOf<PersonCommand, PersonEvent, PersonState>({
  initialState: initialPersonState,
  evolve: {
    PersonRecorded: (_state, event) => ({ personId: event.data.personId, posts: event.data.posts }),
    PersonPostRecorded: (state, event) => {
      const { personId: _p, ...post } = event.data;
      return { ...state, posts: [...state.posts, post] };
    },
  },
  decide: {
    RecordPerson: recordPerson,
    RecordPersonPost: recordPersonPost,
  },
});
