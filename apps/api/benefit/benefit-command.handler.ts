import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { benefitDecider, type BenefitCommand, type BenefitState, type PlanBenefit } from '@ledger/benefit';
import { domainError, streamIds, type DomainCommand } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type EventStore } from '@ledger/platform/event-store';
import { ledBy, requireProgramme, requireProposal } from '../http/aggregate-lookups';
import { handleOptions, type Caller } from '../http/caller';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A benefit belongs to a proposal, or to the programme itself (e.g. the £70m savings target). */
export type BenefitOwner = { proposalId: string } | { programmeId: string };

/** PlanBenefit before the handler fills in the owner's ids from the path and the proposal. */
export type PlanBenefitRequest = DomainCommand<
  'PlanBenefit',
  Omit<PlanBenefit['data'], 'programmeId' | 'proposalId'>
>;

/** A benefit command on its way from the controller to the benefit's stream. */
export class ExecuteBenefitCommand extends Command<WriteResult> {
  constructor(
    readonly owner: BenefitOwner,
    readonly benefitId: string,
    readonly command: PlanBenefitRequest | Exclude<BenefitCommand, PlanBenefit>,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteBenefitCommand)
export class BenefitCommandHandler implements ICommandHandler<ExecuteBenefitCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({
    owner,
    benefitId,
    command,
    caller,
    reason,
    createdId,
  }: ExecuteBenefitCommand): Promise<WriteResult> {
    const streamId = streamIds.benefit(benefitId);
    let domainCommand: BenefitCommand;
    if (command.type === 'PlanBenefit') {
      const ids = await this.ownerIds(owner);
      domainCommand = { type: 'PlanBenefit', data: { ...command.data, ...ids } };
    } else {
      domainCommand = command;
    }
    const decide = (state: BenefitState) => {
      // The path names the benefit's owner; a benefit of another proposal or programme is not found.
      if (command.type !== 'PlanBenefit') requireBenefitOf(owner, state, benefitId);
      return benefitDecider.decide(domainCommand, state);
    };
    // A proposal's benefit: a lead must lead the proposal (the lead rule).
    const dependsOn = 'proposalId' in owner ? ledBy(caller, owner.proposalId) : [];
    const result = await handleCommand(this.store, streamId, benefitDecider, decide, handleOptions(caller, reason, dependsOn));
    return toWriteResult(streamId, result, createdId);
  }

  private async ownerIds(
    owner: BenefitOwner,
  ): Promise<{ programmeId: string; proposalId: string | null }> {
    if ('proposalId' in owner) {
      const { programmeId } = await requireProposal(this.store, owner.proposalId);
      return { programmeId, proposalId: owner.proposalId };
    }
    await requireProgramme(this.store, owner.programmeId);
    return { programmeId: owner.programmeId, proposalId: null };
  }
}

function requireBenefitOf(owner: BenefitOwner, state: BenefitState, benefitId: string): void {
  const belongs =
    state.benefitId !== null &&
    ('proposalId' in owner
      ? state.proposalId === owner.proposalId
      : state.proposalId === null && state.programmeId === owner.programmeId);
  if (!belongs) {
    const where = 'proposalId' in owner ? `proposal ${owner.proposalId}` : `programme ${owner.programmeId}`;
    throw domainError('BENEFIT_NOT_PLANNED', `Benefit ${benefitId} is not planned for ${where}`);
  }
}
