import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Merkle log (projection `audit-merkle`): the leaf index of each event in commit order,
 * and every perfect subtree of the RFC 9162 tree (level 0: the leaf hashes). `merkle_heads`
 * holds the signed tree heads: written by the API (at each pack, and periodically), never
 * by a projection, so a rebuild keeps them.
 */
export class AuditMerkle1764070000030 implements MigrationInterface {
  name = 'AuditMerkle1764070000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE merkle_leaves (
  leaf_index bigint PRIMARY KEY CHECK (leaf_index >= 0),
  global_position bigint NOT NULL UNIQUE,
  transaction_id xid8 NOT NULL
);
CREATE TABLE merkle_nodes (
  level smallint NOT NULL CHECK (level >= 0),
  idx bigint NOT NULL CHECK (idx >= 0),
  hash bytea NOT NULL CHECK (length(hash) = 32),
  PRIMARY KEY (level, idx)
);
CREATE TABLE merkle_heads (
  tree_size bigint PRIMARY KEY CHECK (tree_size >= 0),
  root_hash text NOT NULL CHECK (root_hash ~ '^[0-9a-f]{64}$'),
  signed_at timestamptz NOT NULL,
  public_key text NOT NULL,
  key_fingerprint text NOT NULL,
  signature text NOT NULL
);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS merkle_heads; DROP TABLE IF EXISTS merkle_nodes; DROP TABLE IF EXISTS merkle_leaves`);
  }
}
