import { readDocs, type ReadModelDb } from '@ledger/platform/projection';
import type { RiskRow } from './risk.projection';

/** A proposal's risks, highest score first. */
export function risksOfProposal(db: ReadModelDb, proposalId: string): Promise<RiskRow[]> {
  return readDocs<RiskRow>(db, `SELECT doc FROM risk_view WHERE proposal_id = $1 ORDER BY score DESC, id`, [proposalId]);
}

export function risksOfProgramme(db: ReadModelDb, programmeId: string): Promise<RiskRow[]> {
  return readDocs<RiskRow>(db, `SELECT doc FROM risk_view WHERE programme_id = $1 ORDER BY id`, [programmeId]);
}
