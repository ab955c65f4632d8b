import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { pgConnectionConfig } from '@ledger/platform/database';
import { ReadModels1764070000000 } from './migrations/1764070000000-read-models';
import { ProgrammeStreamsIndex1764070000001 } from './migrations/1764070000001-programme-streams-index';
import { UserView1764070000002 } from './migrations/1764070000002-user-view';
import { AuditChain1764070000010 } from './migrations/1764070000010-audit-chain';
import { SignInLimits1764070000020 } from './migrations/1764070000020-sign-in-limits';
import { AuditMerkle1764070000030 } from './migrations/1764070000030-audit-merkle';
import { OversightViews1764070000040 } from './migrations/1764070000040-oversight-views';
import { PlanViews1764070000045 } from './migrations/1764070000045-plan-views';
import { MerkleHeadsImmutable1764070000052 } from './migrations/1764070000052-merkle-heads-immutable';
import { PersonView1764070000060 } from './migrations/1764070000060-person-view';

/**
 * Read-side tables of facts, not projections: the API's role may read them and add rows, never
 * change or remove one (provisionRuntimeRole's `appendOnlyTables`; a trigger refuses it too).
 */
export const APPEND_ONLY_READ_MODEL_TABLES: readonly string[] = ['merkle_heads'];

export interface ReadModelDataSourceOptions {
  poolSize?: number;
  /** How long a query may wait for the server before it fails (pg's query_timeout); unset: no limit. */
  queryTimeoutMs?: number;
}

/**
 * The read side's TypeORM connection. Schema only ever from migrations, never synchronize.
 * No entities: each slice's row type (`<x>.projection.ts`) is the one declaration of its row,
 * written by the row projection's SQL and read by the slice's `<x>.read.ts`.
 */
export function createReadModelDataSource(url: string, options: ReadModelDataSourceOptions = {}): DataSource {
  // TypeORM parses `url` itself (one host): a multi-host URL gives it the first host, and the
  // pool's Client class chooses the host per connection (libs/platform/database/multi-host.ts).
  const { connectionString, Client } = pgConnectionConfig(url);
  return new DataSource({
    type: 'postgres',
    url: connectionString,
    migrations: [ReadModels1764070000000, ProgrammeStreamsIndex1764070000001, UserView1764070000002, AuditChain1764070000010, SignInLimits1764070000020, AuditMerkle1764070000030, OversightViews1764070000040, PlanViews1764070000045, MerkleHeadsImmutable1764070000052, PersonView1764070000060],
    migrationsTableName: 'read_model_migrations',
    synchronize: false,
    extra: {
      ...(Client ? { Client } : {}),
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      ...(options.queryTimeoutMs ? { query_timeout: options.queryTimeoutMs } : {}),
    },
  });
}

/**
 * Connects and applies pending migrations; replicas starting together are serialised by an
 * advisory lock. Migrations run on a connection of their own without the query timeout
 * (an index on a long log may take a while); the returned source has it.
 */
export async function openReadModels(url: string, options: ReadModelDataSourceOptions = {}): Promise<DataSource> {
  // Two connections: one holds the advisory lock while the migrations run on the other.
  const migrator = createReadModelDataSource(url, { poolSize: 2 });
  await migrator.initialize();
  try {
    const runner = migrator.createQueryRunner();
    try {
      await runner.query('SELECT pg_advisory_lock(7010002)');
      await migrator.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock(7010002)').catch(() => undefined);
      await runner.release();
    }
  } finally {
    await migrator.destroy();
  }
  const db = createReadModelDataSource(url, options);
  await db.initialize();
  dropUncleanConnections(db);
  return db;
}

/**
 * A connection goes back to the pool only when it is idle and outside any transaction.
 * After a client-side query timeout (the server frozen or slow) TypeORM's ROLLBACK may time
 * out too, before it was even sent, and TypeORM then releases the connection as if it were
 * clean: the server, once it answers, still holds that transaction open, and the next
 * borrower's BEGIN … COMMIT would commit the half-done work inside it (a projection's rows
 * without its checkpoint: applied twice later). Such a connection is closed instead, and the
 * server rolls its transaction back.
 */
export function dropUncleanConnections(db: DataSource): void {
  const pool = (db.driver as unknown as { master?: Pool }).master;
  pool?.on('release', (error: Error | undefined, client: PoolClient) => {
    const c = client as PoolClient & { getTransactionStatus?: () => string | null; readyForQuery?: boolean };
    if (error) return; // the pool removes it already
    if (c.readyForQuery === false || (c.getTransactionStatus?.() ?? 'I') !== 'I') {
      c.end().catch(() => undefined);
    }
  });
}
