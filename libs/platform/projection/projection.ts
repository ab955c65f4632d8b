import type { EntityManager } from 'typeorm';
import type { EventStore, StoredEvent } from '@ledger/platform/event-store';

/** Where a projection writes: its live tables, or shadow copies during a rebuild. */
export type TableNames = Record<string, string>;

/** What a projection may need beyond its batch: the log it is read from (the audit chain re-reads events as stored). */
export interface ProjectionContext {
  store: EventStore;
}

/**
 * A projection applies a batch of events inside the runner's transaction; the
 * runner writes the checkpoint in that same transaction.
 */
export interface Projection {
  readonly name: string;
  /** Logical table names it owns (the keys of TableNames). */
  readonly tables: readonly string[];
  /** Event types it reads; the others only move its checkpoint. */
  readonly handles: ReadonlySet<string>;
  apply(tx: EntityManager, events: StoredEvent[], tables: TableNames, context: ProjectionContext): Promise<void>;
}

/**
 * The common shape: each event touches one row, computed by a pure
 * `evolve(row, event)`. Rows are stored as a JSON document keyed by id, with
 * the columns queries filter on generated from it (see the migrations).
 */
export interface RowProjectionDefinition<R> {
  name: string;
  table: string;
  handles: readonly string[];
  /** The id of the row this event touches, or null when it touches none. */
  rowId(event: StoredEvent): string | null;
  evolve(row: R | null, event: StoredEvent): R | null;
}

/** The stored event as its slice's union, so a switch on `type` narrows `data`. */
export function domainEventOf<E extends { type: string; data: unknown }>(stored: StoredEvent): E {
  return { type: stored.type, data: stored.data } as E;
}

/** A row id read from one field of the event's data (null where the event has none). */
export function rowIdFrom(field: string): (event: StoredEvent) => string | null {
  return (event) => ((event.data as Record<string, unknown>)[field] as string | undefined) ?? null;
}

/** Who recorded an event, as a row shows them: their name, else their id. */
export function actorName(event: StoredEvent): string {
  const { actor } = event.metadata;
  return actor.name ?? actor.id;
}

/** Folds events through a row projection in memory (used by "as at" and tests). */
export function foldRows<R>(
  definition: RowProjectionDefinition<R>,
  events: Iterable<StoredEvent>,
  rows: Map<string, R> = new Map(),
): Map<string, R> {
  const handles = new Set(definition.handles);
  for (const event of events) {
    if (!handles.has(event.type)) continue;
    const id = definition.rowId(event);
    if (id === null) continue;
    const next = definition.evolve(rows.get(id) ?? null, event);
    if (next === null) rows.delete(id);
    else rows.set(id, next);
  }
  return rows;
}

/** Rows a statement upserts at most: bounds one statement's parameter (rows can be tens of KB). */
const UPSERT_CHUNK = 1000;

/** Makes a runnable projection of a row projection: load the batch's rows, evolve, upsert once. */
export function rowProjection<R>(definition: RowProjectionDefinition<R>): Projection & { definition: RowProjectionDefinition<R> } {
  const handles = new Set(definition.handles);
  return {
    name: definition.name,
    tables: [definition.table],
    handles,
    definition,
    async apply(tx, events, tables) {
      const table = tables[definition.table] ?? definition.table;
      const relevant = events.filter((event) => handles.has(event.type));
      const ids = [...new Set(relevant.map((event) => definition.rowId(event)).filter((id): id is string => id !== null))];
      if (ids.length === 0) return;
      const existing: { id: string; doc: R }[] = await tx.query(`SELECT id, doc FROM "${table}" WHERE id = ANY($1)`, [ids]);
      const rows = new Map<string, R>(existing.map((saved) => [saved.id, saved.doc]));
      const touched = new Map<string, number>();
      for (const event of relevant) {
        const id = definition.rowId(event);
        if (id === null) continue;
        const next = definition.evolve(rows.get(id) ?? null, event);
        if (next === null) rows.delete(id);
        else rows.set(id, next);
        touched.set(id, event.globalPosition);
      }
      const upserts = [...touched.keys()].filter((id) => rows.has(id));
      const deletes = [...touched.keys()].filter((id) => !rows.has(id));
      // One JSON document of the rows, not a jsonb[] array literal: pg escapes every quote of
      // every document for an array (and the server parses it twice), ~3× slower on large docs.
      for (let start = 0; start < upserts.length; start += UPSERT_CHUNK) {
        const chunk = upserts.slice(start, start + UPSERT_CHUNK);
        await tx.query(
          `INSERT INTO "${table}" (id, doc, last_position)
             SELECT r.id, r.doc, r.pos FROM jsonb_to_recordset($1::jsonb) AS r(id text, doc jsonb, pos bigint)
           ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, last_position = excluded.last_position`,
          [JSON.stringify(chunk.map((id) => ({ id, doc: rows.get(id), pos: touched.get(id) })))],
        );
      }
      if (deletes.length > 0) await tx.query(`DELETE FROM "${table}" WHERE id = ANY($1)`, [deletes]);
    },
  };
}

/** What a projection that reads every event (the audit history, the chain) handles. */
export const EVERY_EVENT = { has: () => true } as unknown as ReadonlySet<string>;

/**
 * A row projection of one feature's events: the row is keyed by one field of the event's data,
 * and `evolve` gets the event as the feature's union (and the stored event, for when and who).
 */
export function rowProjectionOf<E extends { type: string; data: unknown }, R>(spec: {
  name: string;
  table: string;
  handles: readonly string[];
  key: string;
  evolve(row: R | null, event: E, stored: StoredEvent): R | null;
}): RowProjectionDefinition<R> {
  return {
    name: spec.name,
    table: spec.table,
    handles: spec.handles,
    rowId: rowIdFrom(spec.key),
    evolve: (row, stored) => spec.evolve(row, domainEventOf<E>(stored), stored),
  };
}
