import { ForbiddenException } from '@nestjs/common';
import { benefitDecider } from '@ledger/benefit';
import { businessCaseDecider } from '@ledger/business-case';
import { domainError, isId, streamIds } from '@ledger/kernel';
import type { ObjectiveDefined, ObjectiveLinkFacts } from '@ledger/objective';
import { planFacts, strategyDecider } from '@ledger/strategy';
import { programmeDecider, type ProgrammeState } from '@ledger/programme';
import { proposalDecider, type ProposalState } from '@ledger/proposal';
import { riskDecider } from '@ledger/risk';
import { type DecisionEvidence } from '@ledger/decision-log';
import type { Dependency, EventStore } from '@ledger/platform/event-store';
import type { Caller } from './caller';

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

/**
 * The evidence a decision relied on must exist in the version it names: a business case
 * version that was submitted, or a benefit's or risk's stream at or past that version.
 * A decision citing what was never recorded would make its audit trail unverifiable.
 */
export async function requireEvidence(store: EventStore, evidence: readonly DecisionEvidence[]): Promise<void> {
  await Promise.all(
    evidence.map(async ({ kind, ref, version }, i) => {
      const missing = (what: string) =>
        domainError('DECISION_EVIDENCE_NOT_FOUND', `evidence[${i}] names ${what}, which is not in the record`, `evidence[${i}]`);
      if (typeof ref !== 'string' || !Number.isInteger(version)) return; // the decider refuses malformed evidence
      if (kind === 'business-case') {
        const { state } = await store.load(streamIds.businessCase(ref), businessCaseDecider);
        if (!state.latest || version > state.latest.version) throw missing(`business case version ${version} of proposal ${ref}`);
      } else if (kind === 'benefit-forecast') {
        const loaded = await store.load(streamIds.benefit(ref), benefitDecider);
        if (loaded.state.benefitId === null || version > loaded.version) throw missing(`version ${version} of benefit ${ref}`);
      } else if (kind === 'risk-score') {
        const loaded = await store.load(streamIds.risk(ref), riskDecider);
        if (loaded.state.riskId === null || version > loaded.version) throw missing(`version ${version} of risk ${ref}`);
      }
    }),
  );
}

/**
 * The lead rule, for a command only a proposal's current lead (or a role above the lead)
 * may send: a lead must lead the proposal now, on its stream, not a read model, and the
 * command is stored only while the proposal is still at the version checked, so a
 * reassignment recorded meanwhile, by any process, refuses it (403 NOT_LEAD_OF_PROPOSAL).
 * Other roles depend on nothing. A proposal that does not exist is left to the decision (404).
 */
export function ledBy(caller: Caller, proposalId: string): Dependency<ProposalState>[] {
  if (caller.actor.role !== 'lead') return [];
  return [
    {
      streamId: streamIds.proposal(proposalId),
      fold: proposalDecider,
      check: (state) => {
        const leads = state.programmeId === null || (caller.personId !== null && state.lead?.id === caller.personId);
        if (!leads) {
          throw new ForbiddenException({
            code: 'NOT_LEAD_OF_PROPOSAL',
            message: `Only the current lead of proposal ${proposalId} may do this.`,
            field: 'proposalId',
          });
        }
      },
    },
  ];
}

/**
 * For each well-formed objective id a command names: its programme, plan, priority and whether
 * the priority is retired (null when there is no such objective). Ill-formed ids are left to the
 * decider, which refuses them by field.
 */
export async function objectiveLinkFacts(store: EventStore, objectiveIds: unknown): Promise<Record<string, ObjectiveLinkFacts | null>> {
  const ids = Array.isArray(objectiveIds) ? objectiveIds.filter(isId) : [];
  const facts: Record<string, ObjectiveLinkFacts | null> = {};
  for (const objectiveId of new Set(ids)) {
    const [first] = await store.readStream<ObjectiveDefined>(streamIds.objective(objectiveId), { toVersion: 1 });
    if (first?.type !== 'ObjectiveDefined') {
      facts[objectiveId] = null;
      continue;
    }
    const { programmeId, planId, priorityId } = first.data;
    const plan = planFacts((await store.load(streamIds.plan(planId), strategyDecider)).state);
    facts[objectiveId] = { programmeId, planId, priorityId, priorityRetired: plan.priorities[priorityId]?.retired ?? false };
  }
  return facts;
}
