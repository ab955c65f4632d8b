import {
  domainError,
  programmeDecider,
  proposalDecider,
  streamIds,
  type ProgrammeState,
  type ProposalEvent,
  type ProposalRegistered,
  type ProposalState,
} from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { loadState } from './decide-on-stream';

/**
 * Cross-stream checks a handler makes before deciding on its own stream. Programmes and
 * proposals are never deleted and never change programme, so reading them first is safe.
 */
export async function requireProgramme(
  store: EventStore,
  programmeId: string,
): Promise<ProgrammeState> {
  const { state } = await loadState(store, streamIds.programme(programmeId), programmeDecider);
  if (state.programmeId === null) {
    throw domainError('PROGRAMME_NOT_FOUND', `Programme ${programmeId} does not exist`);
  }
  return state;
}

/** The proposal and the programme it was registered under (the proposal state does not hold it). */
export async function requireProposal(
  store: EventStore,
  proposalId: string,
): Promise<{ programmeId: string; state: ProposalState }> {
  const events = await store.readStream<ProposalEvent>(streamIds.proposal(proposalId));
  const registered = events.find((e) => e.type === 'ProposalRegistered');
  if (registered === undefined) {
    throw domainError('PROPOSAL_NOT_FOUND', `Proposal ${proposalId} does not exist`);
  }
  const state = events.reduce(
    (s, e) => proposalDecider.evolve(s, { type: e.type, data: e.data } as ProposalEvent),
    proposalDecider.initialState(),
  );
  return { programmeId: (registered.data as ProposalRegistered['data']).programmeId, state };
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
