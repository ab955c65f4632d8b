import { DataSource } from 'typeorm';
import { ReadModels1764070000000 } from './migrations/1764070000000-read-models';
import { ProgrammeStreamsIndex1764070000001 } from './migrations/1764070000001-programme-streams-index';
import { UserView1764070000002 } from './migrations/1764070000002-user-view';
import { AuditChain1764070000010 } from './migrations/1764070000010-audit-chain';
import { READ_MODEL_ENTITIES } from './read-model.entities';

/** The read side's TypeORM connection. Schema only ever from migrations, never synchronize. */
export function createReadModelDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: READ_MODEL_ENTITIES,
    migrations: [ReadModels1764070000000, ProgrammeStreamsIndex1764070000001, UserView1764070000002, AuditChain1764070000010],
    migrationsTableName: 'read_model_migrations',
    synchronize: false,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  });
}

/** Connects and applies pending migrations; replicas starting together are serialised by an advisory lock. */
export async function openReadModels(url: string, options: { poolSize?: number } = {}): Promise<DataSource> {
  const db = createReadModelDataSource(url, options);
  await db.initialize();
  const runner = db.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock(7010002)');
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7010002)').catch(() => undefined);
    await runner.release();
  }
  return db;
}
