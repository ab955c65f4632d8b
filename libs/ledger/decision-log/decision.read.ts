import { readDocs, type ReadModelDb } from '@ledger/platform/projection';
import type { DecisionRow } from './decision.projection';

export function decisionsOfProgramme(db: ReadModelDb, programmeId: string): Promise<DecisionRow[]> {
  return readDocs<DecisionRow>(db, `SELECT doc FROM decision_view WHERE programme_id = $1 ORDER BY id`, [programmeId]);
}
