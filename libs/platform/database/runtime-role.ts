import { Client } from 'pg';

/** The tables the runtime role may read but never change. */
const READ_ONLY_TABLES = ['event_store_migrations', 'read_model_migrations', 'event_log_clock'];

/**
 * Makes `runtimeUrl`'s user the role the API runs as: it may log in and nothing more (not a
 * superuser, owns nothing, creates nothing), may SELECT and INSERT events (and the caller's
 * `appendOnlyTables`) but not UPDATE, DELETE or TRUNCATE them, nor disable their triggers (that needs ownership), may read and
 * write the read models and sessions, and only read the migration bookkeeping. Run as the
 * owner (`ownerUrl`) after the migrations; default privileges cover tables the owner creates
 * later (a rebuild's shadow tables). Idempotent; safe for processes starting together.
 */
export async function provisionRuntimeRole(
  ownerUrl: string,
  runtimeUrl: string,
  options: {
    /** Tables of facts besides events (named by the caller: this module knows no feature): read and insert only. */
    appendOnlyTables?: readonly string[];
  } = {},
): Promise<void> {
  const runtime = new URL(runtimeUrl);
  const role = decodeURIComponent(runtime.username);
  const password = decodeURIComponent(runtime.password);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const owner = (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0].u;
    if (role === owner) throw new Error(`The runtime database role must not be the owner role (${owner})`);
    const r = client.escapeIdentifier(role);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`;
    // Roles are cluster-wide: the advisory lock keeps concurrent starts from racing on CREATE ROLE.
    await client.query('SELECT pg_advisory_lock(7010007)');
    try {
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
      await client.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${r} WITH ${attributes}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(7010007)');
    }
    const database = client.escapeIdentifier((await client.query<{ d: string }>('SELECT current_database() AS d')).rows[0].d);
    await client.query(`
GRANT CONNECT ON DATABASE ${database} TO ${r};
REVOKE CREATE, TEMPORARY ON DATABASE ${database} FROM ${r};
GRANT USAGE ON SCHEMA public TO ${r};
REVOKE CREATE ON SCHEMA public FROM ${r};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r};`);
    // Health reports which open transaction holds readers back: that needs other sessions' stats.
    await client.query(`GRANT pg_read_all_stats TO ${r}`).catch(() => undefined);
    // Events are facts: read and append only (the triggers refuse UPDATE/DELETE for everyone; this
    // refuses them before any trigger runs, and only the owner could disable the triggers).
    for (const table of ['events', ...(options.appendOnlyTables ?? [])]) {
      const t = client.escapeIdentifier(table);
      await client.query(`DO $$ BEGIN IF to_regclass('${table}') IS NOT NULL THEN REVOKE ALL ON ${t} FROM ${r}; GRANT SELECT, INSERT ON ${t} TO ${r}; END IF; END $$;`);
    }
    for (const table of READ_ONLY_TABLES) {
      const t = client.escapeIdentifier(table);
      await client.query(`DO $$ BEGIN IF to_regclass('${table}') IS NOT NULL THEN REVOKE ALL ON ${t} FROM ${r}; GRANT SELECT ON ${t} TO ${r}; END IF; END $$;`);
    }
  } finally {
    await client.end();
  }
}

/** `url` with another user and password. */
export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}
