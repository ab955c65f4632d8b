import type { EventStore } from '@ledger/platform/event-store';
import { chainHash, GENESIS_HASH, RAW_EVENT_COLUMNS, rawEventRowOf, type RawEventRow } from './chain-hash';

/**
 * Runs one SQL statement and returns its rows: a pg Client or a TypeORM QueryRunner — one
 * connection for every statement (verification runs them in one transaction), never a pool.
 * `name`, when given, lets a pg client prepare the statement once per connection (the hot
 * reads of the Merkle log); a runner without prepared statements ignores it.
 */
export type Sql = (text: string, params?: unknown[], name?: string) => Promise<any[]>;

/** A point of the chain: the event at `position` is the `events`-th link, and `hash` covers it and all before. */
export interface ChainPoint {
  position: number;
  hash: string;
  events: number;
}

export type BreakKind =
  /** The event at this position is not what was chained (its data, metadata, type, ids or time changed). */
  | 'altered'
  /** The chain covers an event here that the log no longer holds. */
  | 'removed'
  /** The log holds an event here that was never chained (or was slipped in before others). */
  | 'inserted'
  /** The event is still stored, but at another place in the commit order (its position or transaction id changed). */
  | 'moved'
  /** The event hashes as chained, but the chain row's own link to its predecessor was rewritten. */
  | 'chain-row-altered';

export interface ChainBreak {
  /** The global position where the recomputed chain first departs from the recorded one. */
  position: number;
  /** The link's number in the chain (1 = first event), where the chain has one. */
  link: number | null;
  kind: BreakKind;
  recordedHash?: string;
  recomputedHash?: string;
  message: string;
}

export interface ChainVerification {
  ok: boolean;
  /** Events recomputed from the events table. */
  checkedEvents: number;
  /** The last link of the recorded chain (the audit_chain table). */
  chainHead: ChainPoint;
  /** The last link that the recomputation confirmed, before any break. */
  verifiedThrough: ChainPoint | null;
  firstBreak: ChainBreak | null;
  /** Events in the log that the chain projection has not linked yet (it lags, or they were slipped in at the end). */
  notYetChained: number;
  /** When checked against a head recorded earlier (e.g. printed in a committee pack). */
  expectedHead?: { position: number; hash: string; recomputedHash: string | null; matches: boolean; message: string };
}

export interface VerifyOptions {
  /** Verify the chain only up to (and including) the event at this global position. */
  upTo?: number;
  /** The hash the chain had at `upTo` when it was recorded earlier: proves nothing up to it changed. */
  expectedHash?: string;
  pageSize?: number;
  /**
   * Run in a REPEATABLE READ, READ ONLY transaction of its own (default), so the chain
   * (and, without `store`, the log) is read from one snapshot. Pass false when `sql` is
   * already in one.
   */
  ownTransaction?: boolean;
  /**
   * Read the log through the event store (any engine: EventStore.readAllRaw), the chain
   * through `sql`. Without it, both are read through `sql`, the log from PostgreSQL's
   * events table, in the chain's own snapshot and session: for a check that must see
   * what that session sees (the tamper test's uncommitted changes), PostgreSQL only.
   * Through the store the log is read after the chain's snapshot was taken: events the
   * chain projection linked since then count as not yet chained, nothing else differs
   * (the log only grows, and never below what readers have seen).
   */
  store?: EventStore;
}

interface ChainRow {
  seq: string;
  global_position: string;
  transaction_id: string;
  prev_hash: string;
  hash: string;
}

const EMPTY_HEAD: ChainPoint = { position: 0, hash: GENESIS_HASH, events: 0 };

/** The last link of the chain: the position and hash a committee pack or an auditor writes down. */
export async function chainHead(sql: Sql): Promise<ChainPoint> {
  const [row] = await sql(`SELECT seq, global_position, hash FROM audit_chain ORDER BY seq DESC LIMIT 1`);
  return row ? { position: Number(row.global_position), hash: row.hash, events: Number(row.seq) } : EMPTY_HEAD;
}

/** The link of the chain at one global position, if the chain has reached it. */
export async function chainPointAt(sql: Sql, position: number): Promise<ChainPoint | null> {
  const [row] = await sql(`SELECT seq, global_position, hash FROM audit_chain WHERE global_position = $1`, [position]);
  return row ? { position: Number(row.global_position), hash: row.hash, events: Number(row.seq) } : null;
}

/** Orders (transaction id, position) keys as the global log does. */
function compareKeys(a: { transaction_id: string; global_position: string }, b: { transaction_id: string; global_position: string }): number {
  const ta = BigInt(a.transaction_id);
  const tb = BigInt(b.transaction_id);
  if (ta !== tb) return ta < tb ? -1 : 1;
  const pa = BigInt(a.global_position);
  const pb = BigInt(b.global_position);
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

/** Reads a keyset-paged query one row at a time. */
class Pager<R> {
  private rows: R[] = [];
  private index = 0;
  private done = false;
  constructor(private readonly fetch: (after: R | undefined) => Promise<R[]>, private readonly pageSize: number) {}
  async peek(): Promise<R | undefined> {
    if (this.index < this.rows.length) return this.rows[this.index];
    if (this.done) return undefined;
    const last = this.rows[this.rows.length - 1];
    this.rows = await this.fetch(last);
    this.index = 0;
    if (this.rows.length < this.pageSize) this.done = true;
    return this.rows[0];
  }
  next(): void {
    this.index += 1;
  }
}

/**
 * Recomputes the chain from the log as stored (through the event store with
 * `options.store`, else PostgreSQL's events table), in commit order, and walks it beside
 * the recorded chain (audit_chain): the first place where they part is where the
 * history was altered, removed or inserted. With `upTo` and `expectedHash` (a head
 * recorded earlier, outside the database), it also proves that nothing up to that
 * head changed — even if whoever changed the log rewrote the chain table to match.
 */
export async function verifyChain(sql: Sql, options: VerifyOptions = {}): Promise<ChainVerification> {
  const own = options.ownTransaction !== false;
  if (own) await sql('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const result = await walk(sql, options);
    if (own) await sql('COMMIT');
    return result;
  } catch (error) {
    if (own) await sql('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function walk(sql: Sql, options: VerifyOptions): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 2000;
  const upTo = options.upTo;
  const head = await chainHead(sql);
  const store = options.store;
  let events: Pager<RawEventRow>;
  if (store) {
    // The store reads the log as readers see it (on PostgreSQL never past the oldest open transaction).
    events = new Pager<RawEventRow>(
      async (after) =>
        (
          await store.readAllRaw({
            after: after ? { transactionId: after.transaction_id, globalPosition: Number(after.global_position) } : undefined,
            limit: pageSize,
          })
        ).map(rawEventRowOf),
      pageSize,
    );
  } else {
    // The log as readers see it: never past the oldest open transaction (a row below it can never appear later).
    const [{ xmin }] = await sql(`SELECT event_log_horizon()::text AS xmin`);
    events = new Pager<RawEventRow>(
      (after) =>
        sql(
          `SELECT ${RAW_EVENT_COLUMNS} FROM events e
            WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint) AND e.transaction_id < $3::xid8
            ORDER BY e.transaction_id, e.global_position LIMIT $4`,
          [after?.transaction_id ?? '0', after?.global_position ?? '0', xmin, pageSize],
        ),
      pageSize,
    );
  }
  const chain = new Pager<ChainRow>(
    (after) =>
      sql(
        // NB: order by the column, not by its text alias (which would sort '10' before '2').
        `SELECT c.seq::text AS seq, c.global_position::text AS global_position, c.transaction_id::text AS transaction_id, c.prev_hash, c.hash
           FROM audit_chain c WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
        [after?.seq ?? '0', pageSize],
      ),
    pageSize,
  );

  let prev = GENESIS_HASH;
  let checked = 0;
  let notYetChained = 0;
  let verifiedThrough: ChainPoint | null = null;
  let firstBreak: ChainBreak | null = null;
  let reachedUpTo = false;
  // The recomputed chain at upTo (kept going past a break, to compare with an expected head).
  let hashAtUpTo: string | null = null;

  const recompute = (row: RawEventRow) => {
    const hash = chainHash(prev, row);
    prev = hash;
    checked += 1;
    if (upTo !== undefined && Number(row.global_position) === upTo) {
      reachedUpTo = true;
      hashAtUpTo = hash;
    }
    return hash;
  };

  while (!reachedUpTo) {
    const event: RawEventRow | undefined = await events.peek();
    const link: ChainRow | undefined = firstBreak ? undefined : await chain.peek();
    if (!event && !link) break;
    if (firstBreak) {
      // Past the break only the recomputation matters (for an expected head), and only up to it.
      if (upTo === undefined || !event) break;
      recompute(event);
      events.next();
      continue;
    }
    const order = event && link ? compareKeys(link, event) : link ? -1 : 1;
    if (order < 0) {
      firstBreak = {
        position: Number(link!.global_position),
        link: Number(link!.seq),
        kind: 'removed',
        recordedHash: link!.hash,
        message: `Link ${link!.seq} of the chain covers the event at position ${link!.global_position}, which the log no longer holds there`,
      };
      continue;
    }
    if (order > 0 && link) {
      firstBreak = {
        position: Number(event!.global_position),
        link: null,
        kind: 'inserted',
        recomputedHash: chainHash(prev, event!),
        message: `The log holds an event at position ${event!.global_position} (${event!.event_type}, stream ${event!.stream_id}) before link ${link.seq}, which the chain never covered there`,
      };
      continue;
    }
    const before = prev;
    const hash = recompute(event!);
    events.next();
    if (!link) {
      // Beyond the recorded chain: the projection has not linked it yet.
      notYetChained += 1;
      continue;
    }
    chain.next();
    // A linked event whose recomputed hash disagrees: the event, or the chain row, was altered.
    const altered = (kind: 'altered' | 'chain-row-altered', message: string): ChainBreak => ({
      position: Number(event!.global_position),
      link: Number(link.seq),
      kind,
      recordedHash: link.hash,
      recomputedHash: hash,
      message,
    });
    if (hash !== link.hash) {
      firstBreak = altered('altered', `The event at position ${event!.global_position} (link ${link.seq}) is not the event that was chained: its hash differs`);
      continue;
    }
    if (link.prev_hash !== before) {
      firstBreak = altered('chain-row-altered', `Link ${link.seq} (position ${event!.global_position}) names a previous hash other than the one before it`);
      continue;
    }
    verifiedThrough = { position: Number(event!.global_position), hash, events: Number(link.seq) };
  }

  if (firstBreak) await refineBreak(sql, firstBreak, store);

  // Events the walk did not reach (it stopped at a break or at upTo) are not counted as unchained.
  const result: ChainVerification = {
    ok: firstBreak === null,
    checkedEvents: checked,
    chainHead: head,
    verifiedThrough,
    firstBreak,
    notYetChained,
  };
  if (upTo !== undefined && options.expectedHash !== undefined) {
    const expected = options.expectedHash.toLowerCase();
    const matches = hashAtUpTo === expected;
    result.expectedHead = {
      position: upTo,
      hash: expected,
      recomputedHash: hashAtUpTo,
      matches,
      message: matches
        ? `Nothing up to position ${upTo} was altered, removed or inserted since this head was recorded`
        : hashAtUpTo === null
          ? `The log holds no event at position ${upTo} any more: the history up to this head was changed`
          : `The history up to position ${upTo} is not the one this head was recorded from`,
    };
    result.ok = result.ok && matches;
  } else if (upTo !== undefined && !reachedUpTo && !firstBreak) {
    result.ok = false;
    result.firstBreak = { position: upTo, link: null, kind: 'removed', message: `The log holds no event at position ${upTo}` };
  }
  return result;
}

/** A "removed" event that is still in the table, or an "inserted" one the chain knows elsewhere, was moved. */
async function refineBreak(sql: Sql, found: ChainBreak, store: EventStore | undefined): Promise<void> {
  if (found.kind === 'removed') {
    const stored = store
      ? (await store.positionAt(found.position)) !== undefined
      : (await sql(`SELECT 1 FROM events WHERE global_position = $1`, [found.position])).length > 0;
    if (stored) {
      found.kind = 'moved';
      found.message = `The event at position ${found.position} (link ${found.link}) is no longer where the chain has it in the commit order: its transaction id was changed`;
    }
  } else if (found.kind === 'inserted') {
    const [row] = await sql(`SELECT seq FROM audit_chain WHERE global_position = $1`, [found.position]);
    if (row) {
      found.kind = 'moved';
      found.link = Number(row.seq);
      found.message = `The event at position ${found.position} (link ${row.seq}) appears earlier in the commit order than where it was chained: its transaction id was changed`;
    }
  }
}
