import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { domainError } from '@ledger/kernel';
import { meetingDecider, meetingStreamId, type MeetingCommand } from '@ledger/meeting';
import { EVENT_STORE, type EventStore, handleCommand, type HandleOptions } from '@ledger/platform/event-store';
import { requireProgramme, requireProposal } from '../http/aggregate-lookups';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A meeting command on its way from the controller to the meeting's stream. */
export class ExecuteMeetingCommand extends Command<WriteResult> {
  constructor(
    readonly meetingId: string,
    readonly command: MeetingCommand,
    /** The caller's metadata, version and key, with the reason they gave (handleOptions). */
    readonly context: HandleOptions,
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteMeetingCommand)
export class MeetingCommandHandler implements ICommandHandler<ExecuteMeetingCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ meetingId, command, context, createdId }: ExecuteMeetingCommand): Promise<WriteResult> {
    const streamId = meetingStreamId(meetingId);
    if (command.type === 'ScheduleMeeting') await requireProgramme(this.store, command.data.programmeId);
    if (command.type === 'AddAgendaItem' && command.data.proposalId) {
      const { state } = await this.store.load(streamId, meetingDecider);
      if (state.meetingId === null) throw domainError('MEETING_NOT_FOUND', `Meeting ${meetingId} does not exist`);
      await requireProposal(this.store, command.data.proposalId);
    }
    const result = await handleCommand(this.store, streamId, meetingDecider, (state) => meetingDecider.decide(command, state), context);
    return toWriteResult(streamId, result, createdId);
  }
}

/** The meeting an action or issue points at: it must exist; its date comes with it. */
export async function requireMeeting(store: EventStore, meetingId: string, field: string): Promise<{ meetingId: string; date: string }> {
  const { state } = await store.load(meetingStreamId(meetingId), meetingDecider);
  if (state.meetingId === null || state.date === null) throw domainError('MEETING_NOT_FOUND', `Meeting ${meetingId} does not exist`, field);
  return { meetingId: state.meetingId, date: state.date };
}
