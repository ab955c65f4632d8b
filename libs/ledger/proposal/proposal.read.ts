import { readDoc, readDocs, type ReadModelDb } from '@ledger/platform/projection';
import type { ProposalRow } from './proposal.projection';

export interface ProposalListing {
  programmeId?: string;
  status?: string;
  leadId?: string;
  /** Keyset paging: the proposals whose id comes after this one. */
  afterId?: string;
  limit: number;
}

/** One page of proposals by id, and whether more follow. */
export async function listProposals(db: ReadModelDb, listing: ProposalListing): Promise<{ page: ProposalRow[]; more: boolean }> {
  const rows = await readDocs<ProposalRow>(
    db,
    `SELECT doc FROM proposal_view
      WHERE ($1::text IS NULL OR programme_id = $1) AND ($2::text IS NULL OR status = $2)
        AND ($3::text IS NULL OR lead_id = $3) AND ($4::text IS NULL OR id > $4)
      ORDER BY id LIMIT $5`,
    [listing.programmeId ?? null, listing.status ?? null, listing.leadId ?? null, listing.afterId ?? null, listing.limit + 1],
  );
  return { page: rows.slice(0, listing.limit), more: rows.length > listing.limit };
}

/** A proposal as a list shows it: its latest business case instead of them all. */
export function proposalSummary(proposal: ProposalRow) {
  return {
    proposalId: proposal.proposalId,
    programmeId: proposal.programmeId,
    title: proposal.title,
    status: proposal.status,
    lead: proposal.lead,
    outcomeIds: proposal.outcomeIds,
    deliveryConfidence: proposal.deliveryConfidence,
    latestBusinessCase: proposal.businessCases[proposal.businessCases.length - 1] ?? null,
  };
}

export function proposalRow(db: ReadModelDb, proposalId: string): Promise<ProposalRow | null> {
  return readDoc<ProposalRow>(db, 'proposal_view', proposalId);
}

export function proposalsOfProgramme(db: ReadModelDb, programmeId: string): Promise<ProposalRow[]> {
  return readDocs<ProposalRow>(db, `SELECT doc FROM proposal_view WHERE programme_id = $1 ORDER BY id`, [programmeId]);
}
