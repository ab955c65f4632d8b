import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, handleCommand, type HandleOptions } from '@ledger/platform/event-store';
import { reportingDutyDecider, reportingDutyStreamId, type ReportingDutyCommand } from '@ledger/reporting-duty';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { toWriteResult, type WriteResult } from '../http/write-result';

export class ExecuteReportingDutyCommand extends Command<WriteResult> {
  constructor(
    readonly dutyId: string,
    readonly command: ReportingDutyCommand,
    /** The caller's metadata, version and key, with the reason they gave (handleOptions). */
    readonly context: HandleOptions,
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteReportingDutyCommand)
export class ReportingDutyCommandHandler implements ICommandHandler<ExecuteReportingDutyCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ dutyId, command, context, createdId }: ExecuteReportingDutyCommand): Promise<WriteResult> {
    const streamId = reportingDutyStreamId(dutyId);
    if (command.type === 'SetReportingDuty') {
      await requireProgramme(this.store, command.data.programmeId);
      if (command.data.subject === 'proposal' && command.data.subjectId) await requireProposalOf(this.store, command.data.programmeId, command.data.subjectId);
    }
    const result = await handleCommand(this.store, streamId, reportingDutyDecider, (state) => reportingDutyDecider.decide(command, state), context);
    return toWriteResult(streamId, result, createdId);
  }
}
