import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { issueDecider, issueStreamId, type IssueCommand } from '@ledger/issue';
import { domainError, streamIds } from '@ledger/kernel';
import { EVENT_STORE, type EventStore, handleCommand, type HandleOptions } from '@ledger/platform/event-store';
import { riskDecider } from '@ledger/risk';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { toWriteResult, type WriteResult } from '../http/write-result';
import { requireMeeting } from '../meeting/meeting-command.handler';

export class ExecuteIssueCommand extends Command<WriteResult> {
  constructor(
    readonly issueId: string,
    readonly command: IssueCommand,
    /** The caller's metadata, version and key, with the reason they gave (handleOptions). */
    readonly context: HandleOptions,
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteIssueCommand)
export class IssueCommandHandler implements ICommandHandler<ExecuteIssueCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ issueId, command, context, createdId }: ExecuteIssueCommand): Promise<WriteResult> {
    const streamId = issueStreamId(issueId);
    if (command.type === 'RaiseIssue') {
      const { data } = command;
      await requireProgramme(this.store, data.programmeId);
      if (data.proposalId) await requireProposalOf(this.store, data.programmeId, data.proposalId);
      if (data.riskId) {
        const { state } = await this.store.load(streamIds.risk(data.riskId), riskDecider);
        if (state.riskId === null) throw domainError('RISK_NOT_FOUND', `Risk ${data.riskId} does not exist`, 'riskId');
      }
    }
    if (command.type === 'EscalateIssue' && command.data.meetingId) await requireMeeting(this.store, command.data.meetingId, 'meetingId');
    const result = await handleCommand(this.store, streamId, issueDecider, (state) => issueDecider.decide(command, state), context);
    return toWriteResult(streamId, result, createdId);
  }
}
