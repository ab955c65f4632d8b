/**
 * Checksums of every read-model table, so that two sets of tables (live and a
 * rebuild's shadow copies, or two databases) can be compared row for row.
 *
 * Per table: the row count and md5(string_agg(row-as-text ORDER BY key)). The
 * row's text is PostgreSQL's own rendering of the whole row (every column,
 * generated ones included; jsonb in its canonical form), so any difference in
 * any column of any row changes the checksum.
 */

/** Anything that runs SQL: a TypeORM DataSource or EntityManager, a pg Pool or Client. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The read-model tables and the key that orders their rows. */
export const READ_MODEL_TABLES: Readonly<Record<string, string>> = {
  programme_view: 'id',
  proposal_view: 'id',
  benefit_view: 'id',
  milestone_view: 'id',
  risk_view: 'id',
  decision_view: 'id',
  audit_history: 'global_position',
  audit_labels: 'key',
  audit_chain: 'seq',
};

export interface TableChecksum {
  rows: number;
  md5: string;
}

export type Checksums = Record<string, TableChecksum>;

async function rowsOf(db: Queryable, sql: string): Promise<Record<string, unknown>[]> {
  const result = await db.query(sql);
  // TypeORM returns the rows; pg returns a QueryResult with .rows.
  return Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows;
}

/** The checksum of one table (any name: `audit_history`, `audit_history__shadow`, …). */
export async function tableChecksum(db: Queryable, table: string, key: string): Promise<TableChecksum> {
  const [row] = await rowsOf(
    db,
    `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t."${key}")), 'empty') AS md5 FROM "${table}" t`,
  );
  return { rows: Number(row.rows), md5: String(row.md5) };
}

/**
 * Checksums of every read-model table, keyed by logical table name. `tableName`
 * maps a logical name to the physical one (e.g. `(t) => \`${t}__shadow\`` for a
 * rebuild's shadow tables).
 */
export async function readModelChecksums(db: Queryable, tableName: (table: string) => string = (t) => t): Promise<Checksums> {
  const checksums: Checksums = {};
  for (const [table, key] of Object.entries(READ_MODEL_TABLES)) {
    checksums[table] = await tableChecksum(db, tableName(table), key);
  }
  return checksums;
}

/** The physical name of a rebuild's shadow copy of a table (see libs/platform/projection/rebuild.ts). */
export const shadowTable = (table: string): string => `${table}__shadow`;
