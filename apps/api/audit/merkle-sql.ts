import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { Sql } from '@ledger/audit';

/**
 * The Merkle log's reads on the read side's pg pool, so the statements it names (the node
 * fetch of every proof) are prepared once per connection: TypeORM's query() cannot name one,
 * and planning that fetch cost more than running it.
 */
export function merkleSql(db: DataSource): Sql {
  const pool = (db.driver as unknown as { master: Pool }).master;
  return async (text, params, name) => (await pool.query(name ? { name, text, values: params } : { text, values: params })).rows;
}
