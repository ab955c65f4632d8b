import { EVERY_EVENT, type Projection, type ProjectionContext, type TableNames } from '@ledger/platform/projection';
import type { StoredEvent } from '@ledger/platform/event-store';
import type { EntityManager } from 'typeorm';
import { rawEventRowOf } from './chain-hash';
import { eventLeafHash, nodeHash, type Hash } from './merkle';

/**
 * audit merkle: the RFC 9162 tree over every event in commit order (leaf i = the i-th event
 * the projector reads, the chain's link i+1), kept incrementally. It stores every perfect
 * subtree (level, index) — about 2n rows, the leaves among them — so any root or proof is
 * O(log n) reads, and the leaf index of each global position.
 *
 * Beside the chain, not instead of it: the chain's verification names the exact event that
 * changed (the tree only says a proof fails), and packs already printed chain heads that
 * committees hold. The tree adds what the chain cannot: proofs anyone checks without
 * trusting the server, logarithmic in size.
 *
 * Appending leaf n reads only the frontier (the perfect subtrees left of n, ≤ log2 n rows).
 */
export class AuditMerkleProjection implements Projection {
  readonly name = 'audit-merkle';
  readonly tables = ['merkle_leaves', 'merkle_nodes'] as const;
  readonly handles = EVERY_EVENT;

  async apply(tx: EntityManager, events: StoredEvent[], tables: TableNames, { store }: ProjectionContext): Promise<void> {
    if (events.length === 0) return;
    const leavesTable = tables.merkle_leaves ?? 'merkle_leaves';
    const nodesTable = tables.merkle_nodes ?? 'merkle_nodes';
    // As stored, never upcast: the leaf is the event as it was written (like the chain).
    const stored = await store.readRawAt(events.map((event) => ({ transactionId: event.transactionId, globalPosition: event.globalPosition })));
    const byPosition = new Map(stored.map((raw) => [raw.globalPosition, rawEventRowOf(raw)]));
    const [{ size }]: { size: string }[] = await tx.query(`SELECT coalesce(max(leaf_index) + 1, 0)::text AS size FROM "${leavesTable}"`);
    let nextLeaf = Number(size);
    const frontier = frontierKeys(nextLeaf);
    const known = new Map<string, Hash>();
    if (frontier.length > 0) {
      const rows: { level: number; idx: string; hash: Buffer }[] = await tx.query(
        `SELECT level, idx::text AS idx, hash FROM "${nodesTable}" WHERE (level, idx) IN (SELECT * FROM unnest($1::smallint[], $2::bigint[]))`,
        [frontier.map((key) => key.level), frontier.map((key) => key.index)],
      );
      for (const node of rows) known.set(`${node.level}:${node.idx}`, node.hash);
    }
    const leafIndexes: number[] = [];
    const positions: number[] = [];
    const transactions: string[] = [];
    const levels: number[] = [];
    const indexes: number[] = [];
    const hashes: Buffer[] = [];
    const put = (level: number, index: number, hash: Hash) => {
      known.set(`${level}:${index}`, hash);
      levels.push(level);
      indexes.push(index);
      hashes.push(hash);
    };
    for (const event of events) {
      const row = byPosition.get(event.globalPosition);
      if (!row) throw new Error(`audit merkle: event at position ${event.globalPosition} is not in the event store`);
      let hash = eventLeafHash(row);
      let level = 0;
      let index = nextLeaf;
      put(level, index, hash);
      while (index % 2 === 1) {
        const left = known.get(`${level}:${index - 1}`);
        if (!left) throw new Error(`audit merkle: node ${level}:${index - 1} is missing`);
        hash = nodeHash(left, hash);
        level += 1;
        index = Math.floor(index / 2);
        put(level, index, hash);
      }
      leafIndexes.push(nextLeaf);
      positions.push(event.globalPosition);
      transactions.push(row.transaction_id);
      nextLeaf += 1;
    }
    await tx.query(
      `INSERT INTO "${leavesTable}" (leaf_index, global_position, transaction_id)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[]::xid8[])`,
      [leafIndexes, positions, transactions],
    );
    await tx.query(`INSERT INTO "${nodesTable}" (level, idx, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`, [
      levels,
      indexes,
      hashes,
    ]);
  }
}

/** The perfect subtrees a tree of `leaves` leaves ends with: the left siblings the next leaves join. */
export function frontierKeys(leaves: number): { level: number; index: number }[] {
  const keys: { level: number; index: number }[] = [];
  for (let level = 0; 2 ** level <= leaves; level++) {
    const complete = Math.floor(leaves / 2 ** level);
    if (complete % 2 === 1) keys.push({ level, index: complete - 1 });
  }
  return keys;
}
