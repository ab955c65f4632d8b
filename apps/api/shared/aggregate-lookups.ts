import {
  domainError,
  programmeDecider,
  proposalDecider,
  streamIds,
  type ProgrammeState,
  type ProposalState,
} from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';

/**
 * Cross-stream checks a handler makes before deciding on its own stream. Programmes and
 * proposals are never deleted and never change programme, so reading them first is safe.
 */
export async function requireProgramme(
  store: EventStore,
  programmeId: string,
): Promise<ProgrammeState> {
  const { state } = await store.load(streamIds.programme(programmeId), programmeDecider);
  if (state.programmeId === null) {
    throw domainError('PROGRAMME_NOT_FOUND', `Programme ${programmeId} does not exist`);
  }
  return state;
}

/** The proposal and the programme it was registered under. */
export async function requireProposal(
  store: EventStore,
  proposalId: string,
): Promise<{ programmeId: string; state: ProposalState }> {
  const { state } = await store.load(streamIds.proposal(proposalId), proposalDecider);
  if (state.programmeId === null) {
    throw domainError('PROPOSAL_NOT_FOUND', `Proposal ${proposalId} does not exist`);
  }
  return { programmeId: state.programmeId, state };
}

/** A proposal named in a programme's record must be one of that programme's proposals. */
export async function requireProposalOf(
  store: EventStore,
  programmeId: string,
  proposalId: string,
): Promise<void> {
  const proposal = await requireProposal(store, proposalId);
  if (proposal.programmeId !== programmeId) {
    throw domainError(
      'PROPOSAL_NOT_FOUND',
      `Proposal ${proposalId} is not a proposal of programme ${programmeId}`,
      'proposalId',
    );
  }
}
