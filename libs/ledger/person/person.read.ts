import { readDoc, readDocs, type ReadModelDb } from '@ledger/platform/projection';
import type { PersonRow } from './person.projection';

/** At most this many people answer a search: a picker shows a short list. */
export const PEOPLE_PAGE_LIMIT = 200;

/** People whose name (or id) contains `q`, case-insensitive, by name; everyone when q is empty. */
export function searchPeople(db: ReadModelDb, q: string | undefined): Promise<PersonRow[]> {
  const term = (q ?? '').trim().toLowerCase();
  // LIKE's own wildcards in what was typed are matched literally.
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return readDocs<PersonRow>(
    db,
    `SELECT doc FROM person_view WHERE name_search LIKE $1 OR lower(id) LIKE $1 ORDER BY name_search, id LIMIT ${PEOPLE_PAGE_LIMIT}`,
    [pattern],
  );
}

export function readPerson(db: ReadModelDb, personId: string): Promise<PersonRow | null> {
  return readDoc<PersonRow>(db, 'person_view', personId);
}

/** Which of `personIds` the directory holds. */
export async function knownPersonIds(db: ReadModelDb, personIds: readonly string[]): Promise<Set<string>> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM person_view WHERE id = ANY($1)`, [personIds]);
  return new Set(rows.map((r) => r.id));
}
