export const DATABASE_INFO = Symbol('DATABASE_INFO');

export interface DatabaseInfo {
  url: string;
  embedded: boolean;
  /** How long a query may wait for the server before the request fails with 503 (unset: no limit). */
  queryTimeoutMs?: number;
  /** Where queries read (DATABASE_READ_URL: a hot standby); unset: url. */
  readUrl?: string;
  /** With readUrl: how long read-your-writes waits for the standby before it asks the primary. */
  standbyWaitMs?: number;
}
