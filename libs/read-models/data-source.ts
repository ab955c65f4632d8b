import { DataSource } from 'typeorm';
import { ReadModels1764070000000 } from './migrations/1764070000000-read-models';
import { ProgrammeStreamsIndex1764070000001 } from './migrations/1764070000001-programme-streams-index';
import { UserView1764070000002 } from './migrations/1764070000002-user-view';
import { AuditChain1764070000010 } from './migrations/1764070000010-audit-chain';
import { READ_MODEL_ENTITIES } from './read-model.entities';

export interface ReadModelDataSourceOptions {
  poolSize?: number;
  /** How long a query may wait for the server before it fails (pg's query_timeout); unset: no limit. */
  queryTimeoutMs?: number;
}

/** The read side's TypeORM connection. Schema only ever from migrations, never synchronize. */
export function createReadModelDataSource(url: string, options: ReadModelDataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: READ_MODEL_ENTITIES,
    migrations: [ReadModels1764070000000, ProgrammeStreamsIndex1764070000001, UserView1764070000002, AuditChain1764070000010],
    migrationsTableName: 'read_model_migrations',
    synchronize: false,
    extra: {
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
  return db;
}
