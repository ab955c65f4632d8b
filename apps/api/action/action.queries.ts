import { Query, QueryHandler } from '@nestjs/cqrs';
import { actionsRegister, type ActionFilters, type ActionRow } from '@ledger/action';
import { oversightRows } from '../meeting/meeting.queries';
import { ReadModelQueryHandler } from '../http/read-query';

export class ListActionsQuery extends Query<unknown> {
  constructor(
    readonly programmeId: string,
    readonly filters: ActionFilters,
    readonly today: string,
  ) {
    super();
  }
}

/** Counts by register status, for the dashboard. */
function counts(entries: { registerStatus: string }[]) {
  const c = { open: 0, overdue: 0, done: 0, dropped: 0 };
  for (const e of entries) c[e.registerStatus as keyof typeof c] += 1;
  return c;
}

@QueryHandler(ListActionsQuery)
export class ListActionsHandler extends ReadModelQueryHandler<ListActionsQuery> {
  async execute({ programmeId, filters, today }: ListActionsQuery) {
    const rows = await oversightRows(this.db, programmeId);
    const forums = new Map(rows.meetings.map((m) => [m.meetingId, m.forum as string]));
    const items = actionsRegister(rows.actions, today, filters, (id) => forums.get(id) ?? null);
    return { programmeId, on: today, counts: counts(actionsRegister(rows.actions, today)), items };
  }
}

export class MyActionsQuery extends Query<unknown> {
  constructor(
    readonly personId: string | null,
    readonly today: string,
  ) {
    super();
  }
}

@QueryHandler(MyActionsQuery)
export class MyActionsHandler extends ReadModelQueryHandler<MyActionsQuery> {
  async execute({ personId, today }: MyActionsQuery) {
    const rows: { doc: ActionRow }[] = personId === null ? [] : await this.db.query(`SELECT doc FROM action_view WHERE owner_person_id = $1`, [personId]);
    const items = actionsRegister(rows.map((r) => r.doc), today);
    return { personId, on: today, counts: counts(items), items };
  }
}
