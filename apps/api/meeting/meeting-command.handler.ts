import { CommandHandler } from '@nestjs/cqrs';
import { domainError, type FollowUpRequest, type MeetingTakenAt } from '@ledger/kernel';
import { meetingDecider, meetingStreamId, type MeetingCommand } from '@ledger/meeting';
import type { EventStore } from '@ledger/platform/event-store';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireProgramme, requireProposal } from '../http/aggregate-lookups';

/** A meeting command on its way from the controller to the meeting's stream. */
export class ExecuteMeetingCommand extends AggregateCommand<MeetingCommand> {}

@CommandHandler(ExecuteMeetingCommand)
export class MeetingCommandHandler extends handlerOf(meetingDecider, meetingStreamId) {
  protected override async prepare(command: MeetingCommand, meetingId: string): Promise<MeetingCommand> {
    if (command.type === 'ScheduleMeeting') await requireProgramme(this.store, command.data.programmeId);
    if (command.type === 'AddAgendaItem' && command.data.proposalId) {
      const { state } = await this.store.load(meetingStreamId(meetingId), meetingDecider);
      if (state.meetingId === null) throw domainError('MEETING_NOT_FOUND', `Meeting ${meetingId} does not exist`);
      await requireProposal(this.store, command.data.proposalId);
    }
    return command;
  }
}

/** The meeting an action or issue points at: it must exist; its date comes with it. */
export async function requireMeeting(store: EventStore, meetingId: string, field: string): Promise<{ meetingId: string; date: string }> {
  const { state } = await store.load(meetingStreamId(meetingId), meetingDecider);
  if (state.meetingId === null || state.date === null) throw domainError('MEETING_NOT_FOUND', `Meeting ${meetingId} does not exist`, field);
  return { meetingId: state.meetingId, date: state.date };
}

/** The meeting a decision names as taken at (404 when there is none), with its forum for the decider's check. */
export async function meetingTakenAt(store: EventStore, meetingId: string | undefined): Promise<MeetingTakenAt | null> {
  if (meetingId === undefined) return null;
  const { state } = await store.load(meetingStreamId(meetingId), meetingDecider);
  if (state.meetingId === null || state.date === null || state.forum === null) throw domainError('MEETING_NOT_FOUND', `Meeting ${meetingId} does not exist`, 'meetingId');
  return { meetingId: state.meetingId, forum: state.forum, date: state.date };
}

/** Who follows up a decision's conditions, as requested: the meeting they come back to must exist. */
export async function followUpOf(
  store: EventStore,
  request: { ownerName?: string; ownerPersonId?: string; dueOn?: string; dueMeetingId?: string } | undefined,
): Promise<FollowUpRequest | null> {
  if (request === undefined) return null;
  const { dueMeetingId, ...rest } = request;
  return { ...rest, dueMeeting: dueMeetingId ? await requireMeeting(store, dueMeetingId, 'followUp.dueMeetingId') : null };
}
