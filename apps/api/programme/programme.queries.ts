import { NotFoundException } from '@nestjs/common';
import { Query, QueryHandler } from '@nestjs/cqrs';
import type { StoredEvent } from '@ledger/platform/event-store';
import { diffSnapshots, programmeAsAt, programmeNow, programmeOn, type ProgrammeSnapshot } from '@ledger/programme-views';
import { sentencesAt } from '@ledger/audit';
import { listProgrammes } from '@ledger/programme';
import { LedgerQueryHandler, QueryDbHandler } from '../http/read-query';

const notFound = (programmeId: string) =>
  new NotFoundException({ code: 'PROGRAMME_NOT_FOUND', message: `Programme ${programmeId} does not exist` });

export class ListProgrammesQuery extends Query<{ items: { programmeId: string; name: string; mission: string }[] }> {}

@QueryHandler(ListProgrammesQuery)
export class ListProgrammesHandler extends QueryDbHandler<ListProgrammesQuery> {
  async execute() {
    return { items: await listProgrammes(this.db) };
  }
}

export class GetProgrammeQuery extends Query<ProgrammeSnapshot> {
  constructor(readonly programmeId: string) {
    super();
  }
}

@QueryHandler(GetProgrammeQuery)
export class GetProgrammeHandler extends QueryDbHandler<GetProgrammeQuery> {
  async execute({ programmeId }: GetProgrammeQuery) {
    const snapshot = await programmeNow(this.db, programmeId);
    if (!snapshot) throw notFound(programmeId);
    return snapshot;
  }
}

export class GetProgrammeAsAtQuery extends Query<{ asAt: string; on: string | null; eventsFolded: number; lastPosition: number; snapshot: ProgrammeSnapshot }> {
  /** `at`: recording time (default now when `on` is given); `on`: business time, a calendar day. */
  constructor(readonly programmeId: string, readonly at: Date | undefined, readonly on?: string) {
    super();
  }
}

@QueryHandler(GetProgrammeAsAtQuery)
export class GetProgrammeAsAtHandler extends LedgerQueryHandler<GetProgrammeAsAtQuery> {
  async execute({ programmeId, at, on }: GetProgrammeAsAtQuery) {
    if (on !== undefined) return this.onDay(programmeId, on, at);
    at ??= new Date();
    const { events, snapshot } = await programmeAsAt(this.db, this.store, programmeId, at);
    // "As at" is by recording time: a programme recorded later did not exist in the ledger then.
    if (!snapshot) throw await this.notYetRecorded(programmeId, at);
    return answer(at, null, events, snapshot);
  }

  /** Business time: the record's account of the programme on a calendar day. */
  private async onDay(programmeId: string, on: string, at: Date | undefined) {
    const recordedBy = at ?? new Date();
    const { events, firstDay, recordedEvents, snapshot } = await programmeOn(this.db, this.store, programmeId, on, recordedBy);
    if (!snapshot) {
      if (recordedEvents === 0) throw await this.notYetRecorded(programmeId, recordedBy);
      throw new NotFoundException({
        code: 'PROGRAMME_NOT_YET_IN_EFFECT',
        message: `On ${on} the record has nothing of programme ${programmeId} yet: ${firstDay ? `its first dated fact is of ${firstDay}` : 'it names no dates yet'}.`,
      });
    }
    return answer(recordedBy, on, events, snapshot);
  }

  /** 404: unknown, or recorded only after `at` (PROGRAMME_NOT_YET_RECORDED, saying when). */
  private async notYetRecorded(programmeId: string, at: Date): Promise<NotFoundException> {
    const [first] = await this.store.readStream(`programme-${programmeId}`, { toVersion: 1 });
    if (!first) return notFound(programmeId);
    return new NotFoundException({
      code: 'PROGRAMME_NOT_YET_RECORDED',
      message: `Programme ${programmeId} was first recorded at ${first.recordedAt.toISOString()}; "as at" works on recording time, so at ${at.toISOString()} it was not in the ledger yet.`,
    });
  }
}

function answer(asAt: Date, on: string | null, events: readonly StoredEvent[], snapshot: ProgrammeSnapshot) {
  return {
    asAt: asAt.toISOString(),
    on,
    eventsFolded: events.length,
    lastPosition: events.reduce((max, event) => Math.max(max, event.globalPosition), 0),
    snapshot,
  };
}

export class GetProgrammeChangesQuery extends Query<unknown> {
  constructor(readonly programmeId: string, readonly from: Date, readonly to: Date) {
    super();
  }
}

@QueryHandler(GetProgrammeChangesQuery)
export class GetProgrammeChangesHandler extends LedgerQueryHandler<GetProgrammeChangesQuery> {
  async execute({ programmeId, from, to }: GetProgrammeChangesQuery) {
    const [before, after] = await Promise.all([
      programmeAsAt(this.db, this.store, programmeId, from),
      programmeAsAt(this.db, this.store, programmeId, to),
    ]);
    if (!after.snapshot) throw notFound(programmeId);
    const beforePositions = new Set(before.events.map((event) => event.globalPosition));
    const behind = after.events.filter((event) => !beforePositions.has(event.globalPosition));
    // The sentences come from the audit history; the diff itself from the events.
    const sentenceAt = await sentencesAt(this.db, behind.map((event) => event.globalPosition));
    return {
      programmeId,
      from: from.toISOString(),
      to: to.toISOString(),
      changes: diffSnapshots(before.snapshot, after.snapshot),
      events: behind.map((event) => ({
        position: event.globalPosition,
        recordedAt: event.recordedAt.toISOString(),
        type: event.type,
        streamId: event.streamId,
        actor: event.metadata.actor,
        reason: event.metadata.reason ?? (event.data as { reason?: string }).reason ?? null,
        sentence: sentenceAt.get(event.globalPosition) ?? null,
      })),
    };
  }
}

export const PROGRAMME_QUERY_HANDLERS = [ListProgrammesHandler, GetProgrammeHandler, GetProgrammeAsAtHandler, GetProgrammeChangesHandler];
