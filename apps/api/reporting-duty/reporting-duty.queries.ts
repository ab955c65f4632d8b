import { Query, QueryHandler } from '@nestjs/cqrs';
import { reportsOf } from '@ledger/reporting-duty';
import { oversightRows } from '../meeting/meeting.queries';
import { ReadModelQueryHandler } from '../http/read-query';

export class ListReportingDutiesQuery extends Query<unknown> {
  constructor(
    readonly programmeId: string,
    readonly today: string,
  ) {
    super();
  }
}

@QueryHandler(ListReportingDutiesQuery)
export class ListReportingDutiesHandler extends ReadModelQueryHandler<ListReportingDutiesQuery> {
  async execute({ programmeId, today }: ListReportingDutiesQuery) {
    const { duties } = await oversightRows(this.db, programmeId);
    const items = duties.map((d) => ({ ...d, schedule: reportsOf(d, today) }));
    const overdue = items.reduce((n, d) => n + d.schedule.filter((s) => s.state === 'overdue').length, 0);
    return { programmeId, on: today, overdue, items };
  }
}
