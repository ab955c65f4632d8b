import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';
import { reportsOf } from '@ledger/reporting-duty';
import { oversightRows } from '../meeting/meeting.queries';

export class ListReportingDutiesQuery extends Query<unknown> {
  constructor(
    readonly programmeId: string,
    readonly today: string,
  ) {
    super();
  }
}

@QueryHandler(ListReportingDutiesQuery)
export class ListReportingDutiesHandler implements IQueryHandler<ListReportingDutiesQuery> {
  constructor(@Inject(READ_DB) private readonly db: DataSource) {}
  async execute({ programmeId, today }: ListReportingDutiesQuery) {
    const { duties } = await oversightRows(this.db, programmeId);
    const items = duties.map((d) => ({ ...d, schedule: reportsOf(d, today) }));
    const overdue = items.reduce((n, d) => n + d.schedule.filter((s) => s.state === 'overdue').length, 0);
    return { programmeId, on: today, overdue, items };
  }
}
