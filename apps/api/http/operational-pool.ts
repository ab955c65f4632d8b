import { Pool } from 'pg';
import { pgConnectionConfig } from '@ledger/platform/database';

/**
 * A small pool of its own for the API's operational tables (sessions, rate-limit counters),
 * so their traffic never takes the read side's connections.
 */
export function operationalPool(databaseUrl: string, max: number, queryTimeoutMs?: number): Pool {
  const pool = new Pool({
    ...pgConnectionConfig(databaseUrl),
    max,
    connectionTimeoutMillis: 5000,
    ...(queryTimeoutMs ? { query_timeout: queryTimeoutMs } : {}),
  });
  // An idle connection ended by the server (a restart, a failover) must not crash the API:
  // the pool drops it and the next request connects anew (test/faults/database-outage).
  pool.on('error', () => undefined);
  return pool;
}
