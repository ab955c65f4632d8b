import { readDocs, type ReadModelDb } from '@ledger/platform/projection';
import type { MilestoneRow } from './milestone.projection';

export function milestonesOfProposal(db: ReadModelDb, proposalId: string): Promise<MilestoneRow[]> {
  return readDocs<MilestoneRow>(db, `SELECT doc FROM milestone_view WHERE proposal_id = $1 ORDER BY id`, [proposalId]);
}

export function milestonesOfProgramme(db: ReadModelDb, programmeId: string): Promise<MilestoneRow[]> {
  return readDocs<MilestoneRow>(db, `SELECT doc FROM milestone_view WHERE programme_id = $1 ORDER BY id`, [programmeId]);
}
