import { ForbiddenException, Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actionDecider, actionStreamId, type ActionCommand } from '@ledger/action';
import { EVENT_STORE, type EventStore, handleCommand, type HandleOptions } from '@ledger/platform/event-store';
import type { UserRole } from '@ledger/user';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { toWriteResult, type WriteResult } from '../http/write-result';
import { requireMeeting } from '../meeting/meeting-command.handler';

/** An action command on its way to the action's stream; `caller` is who sent it (owners complete their own). */
export class ExecuteActionCommand extends Command<WriteResult> {
  constructor(
    readonly actionId: string,
    readonly command: ActionCommand,
    /** The caller's metadata, version and key, with the reason they gave (handleOptions). */
    readonly context: HandleOptions,
    readonly caller: { role: UserRole; personId: string | null },
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteActionCommand)
export class ActionCommandHandler implements ICommandHandler<ExecuteActionCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ actionId, command, context, caller, createdId }: ExecuteActionCommand): Promise<WriteResult> {
    const streamId = actionStreamId(actionId);
    if (command.type === 'RaiseAction') {
      const { data } = command;
      await requireProgramme(this.store, data.programmeId);
      if (data.proposalId) await requireProposalOf(this.store, data.programmeId, data.proposalId);
      if (data.meetingId) await requireMeeting(this.store, data.meetingId, 'meetingId');
    }
    if (command.type === 'CompleteAction' && caller.role === 'lead') {
      // The owner never changes, so the state read here is the one the decision sees.
      const { state } = await this.store.load(streamId, actionDecider);
      if (state.actionId !== null && (caller.personId === null || state.ownerPersonId !== caller.personId)) {
        throw new ForbiddenException({ code: 'NOT_ACTION_OWNER', message: `Only the owner of action ${actionId} may complete it.` });
      }
    }
    const result = await handleCommand(this.store, streamId, actionDecider, (state) => actionDecider.decide(command, state), context);
    return toWriteResult(streamId, result, createdId);
  }
}
