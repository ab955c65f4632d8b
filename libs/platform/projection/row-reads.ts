/** What a read needs of the read database: a TypeORM DataSource, EntityManager or QueryRunner. */
export interface ReadModelDb {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** The documents (`SELECT doc …`) of a row projection's table, in the query's order. */
export async function readDocs<R>(db: ReadModelDb, sql: string, parameters: unknown[] = []): Promise<R[]> {
  const rows: { doc: R }[] = await db.query(sql, parameters);
  return rows.map((saved) => saved.doc);
}

/** One document by its row id, or null. */
export async function readDoc<R>(db: ReadModelDb, table: string, id: string): Promise<R | null> {
  const [doc] = await readDocs<R>(db, `SELECT doc FROM "${table}" WHERE id = $1`, [id]);
  return doc ?? null;
}
