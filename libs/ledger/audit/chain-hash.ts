import { createHash } from 'node:crypto';
import type { RawEventRow, RawStoredEvent } from '@ledger/platform/event-store';
import { canonicalJson } from './canonical-json';

/** The previous hash of the first event in the log. */
export const GENESIS_HASH = '0'.repeat(64);

/*
 * An event exactly as stored — never upcast — so that neither an upcaster added later
 * nor a rebuild can change what is hashed. The event store port reads it
 * (RawStoredEvent); RawEventRow is the shape the hash was first defined on (PostgreSQL's
 * columns, RAW_EVENT_COLUMNS), kept so that existing chains hash the same.
 */
export { RAW_EVENT_COLUMNS, type RawEventRow } from '@ledger/platform/event-store';

/** The port's raw event → the row the chain hashes (the inverse of the PostgreSQL adapter's mapping). */
export function rawEventRowOf(event: RawStoredEvent): RawEventRow {
  return {
    global_position: String(event.globalPosition),
    transaction_id: event.transactionId,
    stream_id: event.streamId,
    stream_version: String(event.streamVersion),
    event_id: event.eventId,
    event_type: event.type,
    schema_version: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recorded_at: event.recordedAt,
  };
}

/**
 * What the chain covers of one event: every stored field but the transaction id
 * (an artefact of PostgreSQL's commit order; the order itself is covered by the
 * chaining, since each hash includes the one before).
 */
export function chainedFields(row: RawEventRow) {
  return {
    globalPosition: Number(row.global_position),
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}

/** The text that is hashed: canonical JSON of the previous hash and the event. */
export function chainPreimage(prevHash: string, row: RawEventRow): string {
  return canonicalJson({ prev: prevHash, event: chainedFields(row) });
}

/** hash(n) = SHA-256(canonical {prev: hash(n-1), event: event(n)}), hex. */
export function chainHash(prevHash: string, row: RawEventRow): string {
  return createHash('sha256').update(chainPreimage(prevHash, row), 'utf8').digest('hex');
}
