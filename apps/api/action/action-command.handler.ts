import { ForbiddenException } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import { actionDecider, actionStreamId, type ActionCommand } from '@ledger/action';
import type { HandleOptions } from '@ledger/platform/event-store';
import type { UserRole } from '@ledger/user';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { requireMeeting } from '../meeting/meeting-command.handler';

/** An action command on its way to the action's stream; `caller` is who sent it (owners complete their own). */
export class ExecuteActionCommand extends AggregateCommand<ActionCommand> {
  constructor(
    actionId: string,
    command: ActionCommand,
    context: HandleOptions,
    readonly caller: { role: UserRole; personId: string | null },
    createdId?: string,
  ) {
    super(actionId, command, context, createdId);
  }
}

@CommandHandler(ExecuteActionCommand)
export class ActionCommandHandler extends handlerOf(actionDecider, actionStreamId) {
  protected override async prepare(command: ActionCommand, actionId: string, { caller }: ExecuteActionCommand): Promise<ActionCommand> {
    if (command.type === 'RaiseAction') {
      const { data } = command;
      await requireProgramme(this.store, data.programmeId);
      if (data.proposalId) await requireProposalOf(this.store, data.programmeId, data.proposalId);
      if (data.meetingId) await requireMeeting(this.store, data.meetingId, 'meetingId');
    }
    if (command.type === 'CompleteAction' && caller.role === 'lead') {
      // The owner never changes, so the state read here is the one the decision sees.
      const { state } = await this.store.load(actionStreamId(actionId), actionDecider);
      if (state.actionId !== null && (caller.personId === null || state.ownerPersonId !== caller.personId)) {
        throw new ForbiddenException({ code: 'NOT_ACTION_OWNER', message: `Only the owner of action ${actionId} may complete it.` });
      }
    }
    return command;
  }
}
