import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain (projection `audit-chain`): one row per event in commit order,
 * seq 1, 2, 3…, each with the hash of the one before. The last row is the chain head.
 */
export class AuditChain1764070000010 implements MigrationInterface {
  name = 'AuditChain1764070000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE audit_chain (
  seq bigint PRIMARY KEY CHECK (seq >= 1),
  global_position bigint NOT NULL UNIQUE,
  transaction_id xid8 NOT NULL,
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS audit_chain`);
  }
}
