/** The people directory's answers (after PersonRow), as OpenAPI schemas. */
import { arr, date, enumOf, id, nullable, obj, type Schema, source, str } from '@ledger/platform/http-schema';
import { USER_ROLES } from '@ledger/user';

const post = obj({ post: str, from: date, to: nullable(date) });

export const PersonSchema: Schema = obj({
  personId: id,
  name: str,
  username: nullable(str),
  role: nullable(enumOf(USER_ROLES)),
  posts: arr(post),
  currentPost: nullable(str),
  source: nullable(source),
});

export const PersonListSchema: Schema = obj({ items: arr(PersonSchema) });
