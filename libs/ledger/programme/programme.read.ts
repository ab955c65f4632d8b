import { readDoc, readDocs, type ReadModelDb } from '@ledger/platform/projection';
import type { ProgrammeRow } from './programme.projection';

/** The programme's row now, or null when none was established. */
export function programmeRow(db: ReadModelDb, programmeId: string): Promise<ProgrammeRow | null> {
  return readDoc<ProgrammeRow>(db, 'programme_view', programmeId);
}

/** Every programme by name: its id, name and mission. */
export async function listProgrammes(db: ReadModelDb): Promise<{ programmeId: string; name: string; mission: string }[]> {
  const rows = await readDocs<ProgrammeRow>(db, `SELECT doc FROM programme_view ORDER BY name, id`);
  return rows.map(({ programmeId, name, mission }) => ({ programmeId, name, mission }));
}
