import { Pool } from 'pg';
import { pgConnectionConfig, provisionRuntimeRole } from '@ledger/platform/database';
import { migrateEventStore, resolveEventStoreEngine } from '@ledger/platform/event-store';
import { APPEND_ONLY_READ_MODEL_TABLES, openReadModels } from '@ledger/catalogue';
import { SessionStore } from '../auth/session.store';

/**
 * Every migration as the owner (`ownerUrl`), then the grants of the role the API runs as
 * (`appUrl`): the API itself never holds more than it needs, so a flaw in it cannot rewrite
 * an event or switch off the triggers that guard them. The app's own start-up migrations
 * then find nothing to do and need no DDL rights.
 */
export async function prepareRuntimeDatabase(ownerUrl: string, appUrl: string): Promise<void> {
  if (resolveEventStoreEngine({}).engine === 'postgres') {
    const pool = new Pool({ ...pgConnectionConfig(ownerUrl), max: 1 });
    try {
      await migrateEventStore(pool);
    } finally {
      await pool.end();
    }
  }
  await (await openReadModels(ownerUrl, { poolSize: 1 })).destroy();
  const sessions = new SessionStore(ownerUrl);
  try {
    await sessions.migrate();
  } finally {
    await sessions.close();
  }
  await provisionRuntimeRole(ownerUrl, appUrl, { appendOnlyTables: APPEND_ONLY_READ_MODEL_TABLES });
}
