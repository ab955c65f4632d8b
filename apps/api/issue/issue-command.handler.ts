import { CommandHandler } from '@nestjs/cqrs';
import { issueDecider, issueStreamId, type IssueCommand } from '@ledger/issue';
import { domainError, streamIds } from '@ledger/kernel';
import { riskDecider } from '@ledger/risk';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { requireMeeting } from '../meeting/meeting-command.handler';

export class ExecuteIssueCommand extends AggregateCommand<IssueCommand> {}

@CommandHandler(ExecuteIssueCommand)
export class IssueCommandHandler extends handlerOf(issueDecider, issueStreamId) {
  protected override async prepare(command: IssueCommand): Promise<IssueCommand> {
    if (command.type === 'RaiseIssue') {
      const { data } = command;
      await requireProgramme(this.store, data.programmeId);
      if (data.proposalId) await requireProposalOf(this.store, data.programmeId, data.proposalId);
      if (data.riskId) {
        const { state } = await this.store.load(streamIds.risk(data.riskId), riskDecider);
        if (state.riskId === null) throw domainError('RISK_NOT_FOUND', `Risk ${data.riskId} does not exist`, 'riskId');
        return { ...command, data: { ...data, risk: { open: state.open } } };
      }
    }
    if (command.type === 'EscalateIssue' && command.data.meetingId) await requireMeeting(this.store, command.data.meetingId, 'meetingId');
    return command;
  }
}
