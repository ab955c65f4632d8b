import { CommandHandler } from '@nestjs/cqrs';
import { benefitDecider, type BenefitCommand, type BenefitState, type LinkBenefitObjectives, type PlanBenefit } from '@ledger/benefit';
import { domainError, streamIds, type DomainCommand } from '@ledger/kernel';
import { CallerCommand, callerHandlerOf } from '../http/aggregate-command';
import { ledBy, objectiveLinkFacts, requireProgramme, requireProposal } from '../http/aggregate-lookups';
import type { Caller } from '../http/caller';

/** A benefit belongs to a proposal, or to the programme itself (e.g. the £70m savings target). */
export type BenefitOwner = { proposalId: string } | { programmeId: string };

/** PlanBenefit before the handler fills in the owner's ids from the path and the proposal. */
export type PlanBenefitRequest = DomainCommand<
  'PlanBenefit',
  Omit<PlanBenefit['data'], 'programmeId' | 'proposalId'>
>;

type BenefitCommandRequest = PlanBenefitRequest | Omit<LinkBenefitObjectives, 'context'> | Exclude<BenefitCommand, PlanBenefit | LinkBenefitObjectives>;

/** A benefit command on its way from the controller to the benefit's stream (`id`: the benefit). */
export class ExecuteBenefitCommand extends CallerCommand<BenefitCommandRequest> {
  constructor(
    readonly owner: BenefitOwner,
    benefitId: string,
    command: BenefitCommandRequest,
    caller: Caller,
    reason: string | undefined,
    createdId?: string,
  ) {
    super(benefitId, command, caller, reason, createdId);
  }
}

@CommandHandler(ExecuteBenefitCommand)
export class BenefitCommandHandler extends callerHandlerOf(benefitDecider, streamIds.benefit)<ExecuteBenefitCommand> {
  protected async prepare({ owner, command }: ExecuteBenefitCommand): Promise<BenefitCommand> {
    // The objectives named, read for the link rules (exist, same programme, priority in force).
    if (command.type === 'LinkBenefitObjectives') return { ...command, context: { objectives: await objectiveLinkFacts(this.store, command.data.objectiveIds) } };
    if (command.type !== 'PlanBenefit') return command;
    return { type: 'PlanBenefit', data: { ...command.data, ...(await this.ownerIds(owner)) } };
  }

  // The path names the benefit's owner; a benefit of another proposal or programme is not found.
  protected override check({ owner, command, id }: ExecuteBenefitCommand, state: BenefitState): void {
    if (command.type !== 'PlanBenefit') requireBenefitOf(owner, state, id);
  }

  // A proposal's benefit: a lead must lead the proposal (the lead rule).
  protected dependsOn({ owner, caller }: ExecuteBenefitCommand) {
    return 'proposalId' in owner ? ledBy(caller, owner.proposalId) : [];
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
