import { readDocs, type ReadModelDb } from '@ledger/platform/projection';
import type { BenefitRow } from './benefit.projection';

export function benefitsOfProposal(db: ReadModelDb, proposalId: string): Promise<BenefitRow[]> {
  return readDocs<BenefitRow>(db, `SELECT doc FROM benefit_view WHERE proposal_id = $1 ORDER BY id`, [proposalId]);
}

export function benefitsOfProgramme(db: ReadModelDb, programmeId: string): Promise<BenefitRow[]> {
  return readDocs<BenefitRow>(db, `SELECT doc FROM benefit_view WHERE programme_id = $1 ORDER BY id`, [programmeId]);
}
