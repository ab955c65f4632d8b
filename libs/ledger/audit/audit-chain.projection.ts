import { EVERY_EVENT, type Projection, type ProjectionContext, type TableNames } from '@ledger/platform/projection';
import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '@ledger/platform/event-store';
import { chainHash, GENESIS_HASH, rawEventRowOf } from './chain-hash';

/**
 * audit chain: a SHA-256 hash chain over every stored event, in the global log's
 * commit order — the order every projection reads, and the only one that never
 * changes once an event can be read (see PostgresEventStore.readAll).
 *
 * It is a projection, not part of the append: appends stay one round trip, and
 * concurrent writers need no global point of serialisation (a chain computed at
 * append would need one — each append waiting for the previous hash). Like every
 * projection it writes its rows and its checkpoint in one transaction, so a crash
 * neither skips nor doubles a link, and a rebuild recomputes the very same hashes.
 *
 * The hashed event is re-read from the event store as stored (never upcast,
 * EventStore.readRawAt): an upcaster added later changes what readers see, never the chain.
 */
export class AuditChainProjection implements Projection {
  readonly name = 'audit-chain';
  readonly tables = ['audit_chain'] as const;
  // Every event is chained.
  readonly handles = EVERY_EVENT;

  async apply(tx: EntityManager, events: StoredEvent[], tables: TableNames, { store }: ProjectionContext): Promise<void> {
    if (events.length === 0) return;
    const table = tables.audit_chain ?? 'audit_chain';
    const stored = await store.readRawAt(events.map((event) => ({ transactionId: event.transactionId, globalPosition: event.globalPosition })));
    const byPosition = new Map(stored.map((raw) => [raw.globalPosition, rawEventRowOf(raw)]));
    const [last]: { seq: string; hash: string }[] = await tx.query(`SELECT seq, hash FROM "${table}" ORDER BY seq DESC LIMIT 1`);
    let seq = last ? Number(last.seq) : 0;
    let prev = last?.hash ?? GENESIS_HASH;
    const seqs: number[] = [];
    const positions: number[] = [];
    const transactions: string[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const event of events) {
      const row = byPosition.get(event.globalPosition);
      if (!row) throw new Error(`audit chain: event at position ${event.globalPosition} is not in the event store`);
      const hash = chainHash(prev, row);
      seq += 1;
      seqs.push(seq);
      positions.push(event.globalPosition);
      transactions.push(row.transaction_id);
      prevs.push(prev);
      hashes.push(hash);
      prev = hash;
    }
    await tx.query(
      `INSERT INTO "${table}" (seq, global_position, transaction_id, prev_hash, hash)
         SELECT seq, global_position, transaction_id::xid8, prev_hash, hash
           FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[]) AS chained(seq, global_position, transaction_id, prev_hash, hash)`,
      [seqs, positions, transactions, prevs, hashes],
    );
  }
}
