import { DatabaseError, type Connection, type Pool, type PoolClient, type Submittable } from 'pg';

/** A parameter of an append statement: text, a number, or an array of either. */
export type AppendParam = string | number | readonly (string | number)[];

/** pg's connection as its own Query uses it: which named statements this session holds. */
type SessionConnection = Connection & {
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
};

/**
 * One append statement (an INSERT … RETURNING) on the extended protocol, as pg's
 * Query sends a named statement but without the Describe that pg adds to every
 * query: the statement is ours and its reply is known (text columns), so neither
 * side builds or reads a row description per append. Submitted as a pg
 * `Submittable`, as pg-cursor and pg-query-stream are.
 */
class AppendStatement implements Submittable {
  private readonly rows: string[][] = [];
  private settled = false;

  constructor(
    readonly name: string,
    readonly text: string,
    private readonly values: string[],
    private readonly done: (error: Error | undefined, rows: string[][]) => void,
  ) {}

  submit(connection: Connection): void {
    const session = connection as SessionConnection;
    // One write for the whole exchange, as pg's Query does (otherwise a syscall a message,
    // and a server woken for each).
    connection.stream.cork();
    try {
      if (session.parsedStatements[this.name] === undefined && session.submittedNamedStatements[this.name] === undefined) {
        connection.parse({ name: this.name, text: this.text, types: [] }, true);
        session.submittedNamedStatements[this.name] = this.text;
      }
      connection.bind({ statement: this.name, values: this.values }, true);
      connection.execute({}, true);
      connection.sync();
    } finally {
      connection.stream.uncork();
    }
  }

  handleRowDescription(): void {}
  handleDataRow(message: { fields: string[] }): void {
    this.rows.push(message.fields);
  }
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleReadyForQuery(): void {
    this.finish(undefined);
  }
  /** pg calls this for an error from the server (no ReadyForQuery follows for us) or a lost connection. */
  handleError(error: Error): void {
    this.finish(error);
  }

  private finish(error: Error | undefined): void {
    if (this.settled) return;
    this.settled = true;
    this.done(error, this.rows);
  }
}

/**
 * Runs an append statement (or any named statement whose reply is read as text:
 * readStream's) on a connection of the pool; resolves with the rows' columns as text. A statement the server refuses (a unique violation is how an
 * append learns of a conflict) leaves the connection in the pool, prepared
 * statements and all; only a connection that failed is dropped (pg's pool.query
 * drops it on any error).
 */
export async function runAppendStatement(
  pool: Pool,
  name: string,
  text: string,
  params: readonly AppendParam[],
): Promise<string[][]> {
  const values = params.map(toText);
  const client: PoolClient = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error) => (lost = error);
  client.on('error', onError);
  try {
    return await new Promise<string[][]>((resolve, reject) => {
      client.query(new AppendStatement(name, text, values, (error, rows) => (error ? reject(error) : resolve(rows))));
    });
  } catch (error) {
    if (!isStatementError(error)) lost ??= error as Error;
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(lost);
  }
}

/**
 * An error the server reported for the statement: the session goes on (should the
 * server end it instead, the pool drops the connection when it sees it closed).
 */
function isStatementError(error: unknown): boolean {
  return error instanceof DatabaseError;
}

function toText(value: AppendParam): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return `{${value.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
}
