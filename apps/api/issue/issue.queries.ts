import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IssueRow } from '@ledger/issue';
import { domainError } from '@ledger/kernel';
import { ReadModelQueryHandler } from '../http/read-query';

export interface IssueFilters {
  status?: string;
  severity?: string;
  forum?: string;
}

export class ListIssuesQuery extends Query<unknown> {
  constructor(
    readonly programmeId: string,
    readonly filters: IssueFilters,
  ) {
    super();
  }
}

@QueryHandler(ListIssuesQuery)
export class ListIssuesHandler extends ReadModelQueryHandler<ListIssuesQuery> {
  async execute({ programmeId, filters }: ListIssuesQuery) {
    const [programme] = await this.db.query(`SELECT 1 FROM programme_view WHERE id = $1`, [programmeId]);
    if (!programme) throw domainError('PROGRAMME_NOT_FOUND', `Programme ${programmeId} does not exist`);
    const rows: { doc: IssueRow }[] = await this.db.query(`SELECT doc FROM issue_view WHERE programme_id = $1 ORDER BY id`, [programmeId]);
    const items = rows
      .map((r) => r.doc)
      .filter(
        (i) =>
          (filters.status === undefined || i.status === filters.status) &&
          (filters.severity === undefined || i.severity === filters.severity) &&
          (filters.forum === undefined || i.escalations.some((e) => e.forum === filters.forum)),
      );
    return { programmeId, items };
  }
}
