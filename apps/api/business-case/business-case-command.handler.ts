import { CommandHandler } from '@nestjs/cqrs';
import { businessCaseDecider, type BusinessCaseCommand, type BusinessCaseEvent, type SubmitBusinessCase } from '@ledger/business-case';
import { proposalDecider } from '@ledger/proposal';
import { streamIds } from '@ledger/kernel';
import { CallerCommand, callerHandlerOf, type WithoutContext } from '../http/aggregate-command';
import { ledBy } from '../http/aggregate-lookups';

/** A business case command as the controller builds it: the handler adds SubmitBusinessCase's context. */
export type BusinessCaseCommandRequest = WithoutContext<BusinessCaseCommand, SubmitBusinessCase>;

/** A business case command on its way from the controller to the `business-case-<proposalId>` stream (`id`: the proposal). */
export class ExecuteBusinessCaseCommand extends CallerCommand<BusinessCaseCommandRequest> {}

@CommandHandler(ExecuteBusinessCaseCommand)
export class BusinessCaseCommandHandler extends callerHandlerOf(businessCaseDecider, streamIds.businessCase)<ExecuteBusinessCaseCommand> {
  protected async prepare({ command }: ExecuteBusinessCaseCommand): Promise<BusinessCaseCommand> {
    return command.type === 'SubmitBusinessCase' ? this.withProposal(command) : command;
  }

  // Submitting is the lead's (the lead rule); scrutiny is the programme office's alone.
  protected dependsOn({ command, caller, id }: ExecuteBusinessCaseCommand) {
    return command.type === 'SubmitBusinessCase' ? ledBy(caller, id) : [];
  }

  // The id of a submission is its business case version, which names it in the scrutiny routes.
  protected override createdIdOf(_message: ExecuteBusinessCaseCommand, events: readonly BusinessCaseEvent[]) {
    const submitted = events.find((e) => e.type === 'BusinessCaseSubmitted');
    return submitted ? String(submitted.data.version) : undefined;
  }

  /** A business case needs an agreed proposal: the rule reads the proposal's stream. */
  private async withProposal(
    command: Omit<SubmitBusinessCase, 'context'>,
  ): Promise<SubmitBusinessCase> {
    const { state } = await this.store.load(streamIds.proposal(command.data.proposalId), proposalDecider);
    return { ...command, context: { proposalStatus: state.status } };
  }
}
