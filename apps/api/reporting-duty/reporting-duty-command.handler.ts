import { CommandHandler } from '@nestjs/cqrs';
import { reportingDutyDecider, reportingDutyStreamId, type ReportingDutyCommand } from '@ledger/reporting-duty';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';

export class ExecuteReportingDutyCommand extends AggregateCommand<ReportingDutyCommand> {}

@CommandHandler(ExecuteReportingDutyCommand)
export class ReportingDutyCommandHandler extends handlerOf(reportingDutyDecider, reportingDutyStreamId) {
  protected override async prepare(command: ReportingDutyCommand): Promise<ReportingDutyCommand> {
    if (command.type === 'SetReportingDuty') {
      await requireProgramme(this.store, command.data.programmeId);
      if (command.data.subject === 'proposal' && command.data.subjectId) await requireProposalOf(this.store, command.data.programmeId, command.data.subjectId);
    }
    return command;
  }
}
