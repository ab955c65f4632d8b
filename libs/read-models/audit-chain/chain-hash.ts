import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The previous hash of the first event in the log. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * An event exactly as the events table holds it — never upcast — so that neither
 * an upcaster added later nor a rebuild can change what is hashed.
 */
export interface RawEventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  /** ISO 8601 in UTC with microseconds: every digit PostgreSQL keeps. */
  recorded_at: string;
}

/** The columns of a RawEventRow, for `SELECT ${RAW_EVENT_COLUMNS} FROM events e`. */
export const RAW_EVENT_COLUMNS = `e.global_position::text AS global_position, e.transaction_id::text AS transaction_id,
  e.stream_id, e.stream_version::text AS stream_version, e.event_id::text AS event_id, e.event_type, e.schema_version,
  e.data, e.metadata,
  to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at`;

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
