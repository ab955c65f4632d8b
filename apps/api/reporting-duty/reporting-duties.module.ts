import { Module } from '@nestjs/common';
import { ReportingDutyCommandHandler } from './reporting-duty-command.handler';
import { ListReportingDutiesHandler } from './reporting-duty.queries';
import { ReportingDutiesController } from './reporting-duties.controller';

@Module({ controllers: [ReportingDutiesController], providers: [ReportingDutyCommandHandler, ListReportingDutiesHandler] })
export class ReportingDutiesModule {}
