import { Inject } from '@nestjs/common';
import { Query, QueryHandler } from '@nestjs/cqrs';
import { READ_DB } from '@ledger/catalogue';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import type { DataSource } from 'typeorm';
import { actionsRegister, type ActionRow } from '@ledger/action';
import { domainError, streamIds } from '@ledger/kernel';
import { DECISION_TAKEN_TYPES, decisionsTakenAt, type MeetingRow } from '@ledger/meeting';
import { reportsOf, type ReportingDutyRow } from '@ledger/reporting-duty';
import { ReadModelQueryHandler } from '../http/read-query';

type Rows = { meetings: MeetingRow[]; actions: ActionRow[]; duties: ReportingDutyRow[] };

/** Reads a programme's meetings, actions and duties (404 when the programme does not exist). */
export async function oversightRows(db: DataSource, programmeId: string): Promise<Rows> {
  const [programme] = await db.query(`SELECT 1 FROM programme_view WHERE id = $1`, [programmeId]);
  if (!programme) throw domainError('PROGRAMME_NOT_FOUND', `Programme ${programmeId} does not exist`);
  const docs = async <R>(table: string): Promise<R[]> =>
    ((await db.query(`SELECT doc FROM ${table} WHERE programme_id = $1 ORDER BY id`, [programmeId])) as { doc: R }[]).map((r) => r.doc);
  const [meetings, actions, duties] = await Promise.all([docs<MeetingRow>('meeting_view'), docs<ActionRow>('action_view'), docs<ReportingDutyRow>('reporting_duty_view')]);
  return { meetings, actions, duties };
}

/** A meeting with what comes to it: actions due at it, actions raised at it, reports due on its day to its forum. */
export function meetingWithBusiness(meeting: MeetingRow, rows: Rows, today: string) {
  const register = actionsRegister(rows.actions, today);
  const reportsDue = rows.duties
    .filter((d) => d.forum === meeting.forum && d.dueDates.includes(meeting.date))
    .map((d) => ({ dutyId: d.dutyId, title: d.title, forumName: d.forumName, ...reportsOf(d, today).find((r) => r.dueOn === meeting.date)! }));
  return {
    ...meeting,
    actionsDue: register.filter((a) => a.dueMeetingId === meeting.meetingId),
    actionsRaised: register.filter((a) => a.meetingId === meeting.meetingId),
    reportsDue,
  };
}

const byDate = (a: MeetingRow, b: MeetingRow) => (a.date === b.date ? (a.meetingId < b.meetingId ? -1 : 1) : a.date < b.date ? -1 : 1);

export class ListMeetingsQuery extends Query<unknown> {
  constructor(
    readonly programmeId: string,
    readonly status: 'planned' | 'held' | undefined,
    readonly today: string,
  ) {
    super();
  }
}

@QueryHandler(ListMeetingsQuery)
export class ListMeetingsHandler extends ReadModelQueryHandler<ListMeetingsQuery> {
  async execute({ programmeId, status, today }: ListMeetingsQuery) {
    const rows = await oversightRows(this.db, programmeId);
    const meetings = rows.meetings.filter((m) => status === undefined || m.status === status).sort(byDate);
    return { programmeId, on: today, items: meetings.map((m) => meetingWithBusiness(m, rows, today)) };
  }
}

export class GetMeetingQuery extends Query<unknown> {
  constructor(
    readonly meetingId: string,
    readonly today: string,
  ) {
    super();
  }
}

@QueryHandler(GetMeetingQuery)
export class GetMeetingHandler extends ReadModelQueryHandler<GetMeetingQuery> {
  constructor(
    @Inject(READ_DB) db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super(db);
  }

  async execute({ meetingId, today }: GetMeetingQuery) {
    const [row] = (await this.db.query(`SELECT doc FROM meeting_view WHERE id = $1`, [meetingId])) as { doc: MeetingRow }[];
    if (!row) throw domainError('MEETING_NOT_FOUND', `Meeting ${meetingId} does not exist`);
    const rows = await oversightRows(this.db, row.doc.programmeId);
    return { on: today, ...meetingWithBusiness(row.doc, rows, today), decisionsTaken: await this.decisionsTaken(row.doc) };
  }

  /** From the log (events as read, so upcast): the programme's decision log, proposals and business cases. */
  private async decisionsTaken(meeting: MeetingRow) {
    const proposals = (await this.store.streamIdsByFirstEvent('programmeId', meeting.programmeId)).filter((s) => s.startsWith('proposal-'));
    const streams = [streamIds.decisionLog(meeting.programmeId), ...proposals, ...proposals.map((s) => streamIds.businessCase(s.slice('proposal-'.length)))];
    const events = (await this.store.readStreams(streams)).filter((e) => DECISION_TAKEN_TYPES.includes(e.type));
    return decisionsTakenAt(meeting.meetingId, events);
  }
}
