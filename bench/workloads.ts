import { ledgerUpcasters } from '@ledger/catalogue';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { PostgresEventStore, type EventMetadata, type EventToAppend } from '@ledger/platform/event-store';
import { benchEvent, benchMetadata, floorRow } from './payload';
import { combine, drive, figures, type Figures, type Measurement } from './measure';

/**
 * The store's workloads (W1–W4) and their floors: plain single-row INSERTs, one
 * autocommit transaction each, into a minimal table on the same server, with the
 * same number of clients. Every function takes the URL of a database the bench
 * owns; stream names carry a random tag, so a workload can run again on it.
 */

export type WorkloadId = 'W1-1' | 'W1-8' | 'W2' | 'W3' | 'W4';

export interface BenchOptions {
  /** Multiplies every operation count (1 = the figures); for quick runs. */
  scale?: number;
  /**
   * A workload's floor and store run in this many alternating slices (floor, store,
   * store, floor, …) so that drift on a shared machine hits both alike. Default 10.
   */
  slices?: number;
  /** Progress lines. */
  log?: (message: string) => void;
}

/** One side of a workload (the store, or a floor), measurable slice by slice. */
export interface Side {
  clients: number;
  /** Operations in the whole workload. */
  ops: number;
  /** Events per operation (appends), or 1 (reads). */
  unitsPerOp: number;
  /** Opens the connections, writes any fixture, warms up. */
  open(): Promise<void>;
  /** Runs operations `from` … `to - 1`. */
  run(from: number, to: number): Promise<Measurement>;
  close(): Promise<void>;
}

export interface WorkloadSpec {
  id: WorkloadId;
  title: string;
  clients: number;
  /** 'events/s' for appends, 'ops/s' for reads. */
  unit: 'events/s' | 'ops/s';
  append: boolean;
  store(url: string, options?: BenchOptions): Side;
  floor(url: string, options?: BenchOptions): Side;
  /** A second floor, printed as a note (its label says what it is). */
  secondFloor?: { label: string; side(url: string, options?: BenchOptions): Side };
}

export interface WorkloadResult {
  id: WorkloadId;
  title: string;
  clients: number;
  unit: 'events/s' | 'ops/s';
  append: boolean;
  store: Figures;
  floor: Figures;
  /** store per second ÷ floor per second. */
  ratio: number;
  /** The same ratio in each slice pair (floor and store run back to back): the noise. */
  sliceRatios: number[];
  secondFloor?: { label: string; figures: Figures; ratio: number };
}

export const W1_STREAMS = 10_000;
export const W2_APPENDS = 2_000;
export const W3_BATCHES = 1_000;
export const W3_BATCH_SIZE = 10;
export const W4_STREAM_LENGTH = 100;
export const W4_READS = 1_000;

const count = (n: number, options?: BenchOptions) =>
  Math.max(1, Math.round(n * (options?.scale ?? 1)));
const warmupOps = (clients: number) => Math.max(50, 25 * clients);
const tag = () => randomBytes(4).toString('hex');

interface Input {
  events: EventToAppend[];
  metadata: EventMetadata;
}

/** Inputs are built before the clock starts: only the database round trips are timed. */
function inputs(ops: number, eventsPerOp: number): Input[] {
  return Array.from({ length: ops }, (_, i) => ({
    events: Array.from({ length: eventsPerOp }, (_, j) => benchEvent(i * eventsPerOp + j)),
    metadata: benchMetadata(i),
  }));
}

function floorRows(rows: number): string[] {
  return inputs(rows, 1).map((p) => floorRow(p.events[0], p.metadata));
}

interface Operations {
  /** The measured operation number i. */
  op(index: number): Promise<unknown>;
  /** Warm-up operation number i (other streams than the measured ones). */
  warm(index: number): Promise<unknown>;
  /** Extra clean-up before the connections close. */
  cleanUp?(): Promise<void>;
}

function side(
  url: string,
  clients: number,
  ops: number,
  unitsPerOp: number,
  kind: 'store' | 'floor',
  make: (db: { pool: Pool; store: PostgresEventStore }) => Promise<Operations>,
): Side {
  let pool: Pool | undefined;
  let store: PostgresEventStore | undefined;
  let operations: Operations | undefined;
  return {
    clients,
    ops,
    unitsPerOp,
    async open() {
      // The pool has exactly as many connections as the workload has clients.
      pool = new Pool({ connectionString: url, max: clients });
      store = new PostgresEventStore({ upcasters: ledgerUpcasters(), pool });
      operations = await make({ pool, store });
      await drive(clients, 0, warmupOps(clients), (i) => operations!.warm(i));
    },
    run(from, to) {
      if (!operations) throw new Error(`${kind} side is not open`);
      return drive(clients, from, to, (i) => operations!.op(i));
    },
    async close() {
      try {
        await operations?.cleanUp?.();
      } finally {
        await store?.close();
        await pool?.end();
      }
    },
  };
}

// ---------------------------------------------------------------- the store

/** Creates the store's schema (idempotent). */
export async function prepareStore(url: string): Promise<void> {
  const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 1 } });
  try {
    await store.migrate();
  } finally {
    await store.close();
  }
}

/** W1: one event to each of 10,000 new streams (expected `no-stream`), on `clients` connections. */
export function storeW1(url: string, clients: number, options?: BenchOptions): Side {
  const ops = count(W1_STREAMS, options);
  return side(url, clients, ops, 1, 'store', async ({ store }) => {
    const run = tag();
    const warm = inputs(warmupOps(clients), 1);
    const input = inputs(ops, 1);
    return {
      warm: (i) =>
        store.append(`w1-warm-${run}-${i}`, warm[i].events, 'no-stream', warm[i].metadata),
      op: (i) =>
        store.append(`w1-${clients}c-${run}-${i}`, input[i].events, 'no-stream', input[i].metadata),
    };
  });
}

/** W2: 2,000 sequential appends of one event to one stream, each with the exact expected version. */
export function storeW2(url: string, options?: BenchOptions): Side {
  const ops = count(W2_APPENDS, options);
  return side(url, 1, ops, 1, 'store', async ({ store }) => {
    const run = tag();
    const warm = inputs(warmupOps(1), 1);
    const input = inputs(ops, 1);
    // One client runs the operations in index order: before append i the stream is at version i.
    return {
      warm: (i) => store.append(`w2-warm-${run}`, warm[i].events, i, warm[i].metadata),
      op: (i) => store.append(`w2-${run}`, input[i].events, i, input[i].metadata),
    };
  });
}

/** W3: 1,000 batches of 10 events, each batch one append to its own new stream (`no-stream`). */
export function storeW3(url: string, options?: BenchOptions): Side {
  const ops = count(W3_BATCHES, options);
  return side(url, 1, ops, W3_BATCH_SIZE, 'store', async ({ store }) => {
    const run = tag();
    const warm = inputs(warmupOps(1), W3_BATCH_SIZE);
    const input = inputs(ops, W3_BATCH_SIZE);
    return {
      warm: (i) =>
        store.append(`w3-warm-${run}-${i}`, warm[i].events, 'no-stream', warm[i].metadata),
      op: (i) => store.append(`w3-${run}-${i}`, input[i].events, 'no-stream', input[i].metadata),
    };
  });
}

/** W4: `readStream` of one 100-event stream (written as 10 appends of 10), 1,000 times. */
export function storeW4(url: string, options?: BenchOptions): Side {
  const ops = count(W4_READS, options);
  return side(url, 1, ops, 1, 'store', async ({ store }) => {
    const stream = `w4-${tag()}`;
    const fixture = inputs(W4_STREAM_LENGTH / 10, 10);
    for (let i = 0; i < fixture.length; i++)
      await store.append(stream, fixture[i].events, i * 10, fixture[i].metadata);
    const check = await store.readStream(stream);
    if (check.length !== W4_STREAM_LENGTH)
      throw new Error(`W4 read ${check.length} events, expected ${W4_STREAM_LENGTH}`);
    const read = () => store.readStream(stream);
    return { warm: read, op: read };
  });
}

// ---------------------------------------------------------------- the floor

const FLOOR_INSERT = 'INSERT INTO floor_events (stream_id, data) VALUES ($1, $2)';
const FLOOR_INSERT_BATCH =
  'INSERT INTO floor_events (stream_id, data) SELECT $1, d FROM unnest($2::jsonb[]) AS d';
const FLOOR_SELECT =
  'SELECT id, stream_id, data FROM floor_events WHERE stream_id = $1 ORDER BY id';

const TABLE_SELECT = `SELECT global_position, transaction_id, stream_id, stream_version, event_id, event_type,
  schema_version, data, metadata, recorded_at FROM events WHERE stream_id = $1 ORDER BY stream_version`;

/** The minimal events table: no index but its primary key. */
export async function prepareFloor(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await pool.query(
      'CREATE TABLE IF NOT EXISTS floor_events (id bigserial PRIMARY KEY, stream_id text NOT NULL, data jsonb NOT NULL)',
    );
  } finally {
    await pool.end();
  }
}

/** `rows` single-row INSERTs, one autocommit transaction each (prepared, as the store's append is). */
function floorInserts(
  url: string,
  clients: number,
  rows: number,
  streamOf: (i: number, run: string) => string,
): Side {
  return side(url, clients, rows, 1, 'floor', async ({ pool }) => {
    const run = tag();
    const warm = floorRows(warmupOps(clients));
    const input = floorRows(rows);
    return {
      warm: (i) =>
        pool.query({
          name: 'floor_insert',
          text: FLOOR_INSERT,
          values: [`floor-warm-${run}-${i}`, warm[i]],
        }),
      op: (i) =>
        pool.query({
          name: 'floor_insert',
          text: FLOOR_INSERT,
          values: [streamOf(i, run), input[i]],
        }),
    };
  });
}

export function floorW1(url: string, clients: number, options?: BenchOptions): Side {
  return floorInserts(
    url,
    clients,
    count(W1_STREAMS, options),
    (i, run) => `floor-w1-${clients}c-${run}-${i}`,
  );
}

export function floorW2(url: string, options?: BenchOptions): Side {
  return floorInserts(url, 1, count(W2_APPENDS, options), (_, run) => `floor-w2-${run}`);
}

/** The W3 floor as the issue defines it: the same 10,000 events as single-row INSERTs. */
export function floorW3(url: string, options?: BenchOptions): Side {
  const rows = count(W3_BATCHES, options) * W3_BATCH_SIZE;
  return floorInserts(url, 1, rows, (i, run) => `floor-w3-${run}-${Math.floor(i / W3_BATCH_SIZE)}`);
}

/** A stricter W3 floor: one 10-row INSERT per transaction, as many transactions as W3 has appends. */
export function floorW3Batched(url: string, options?: BenchOptions): Side {
  const ops = count(W3_BATCHES, options);
  return side(url, 1, ops, W3_BATCH_SIZE, 'floor', async ({ pool }) => {
    const run = tag();
    const batches = (n: number) => Array.from({ length: n }, () => floorRows(W3_BATCH_SIZE));
    const warm = batches(warmupOps(1));
    const input = batches(ops);
    const insert = (stream: string, rows: string[]) =>
      pool.query({ name: 'floor_insert_batch', text: FLOOR_INSERT_BATCH, values: [stream, rows] });
    return {
      warm: (i) => insert(`floor-w3b-warm-${run}-${i}`, warm[i]),
      op: (i) => insert(`floor-w3b-${run}-${i}`, input[i]),
    };
  });
}

/**
 * W4 floor: `SELECT … WHERE stream_id = $1 ORDER BY id` of a 100-row stream. An
 * index on (stream_id, id) exists only while this side is open (the store reads by
 * its own (stream_id, stream_version) index, and a sequential scan would be no
 * floor); the append floors keep a table with its primary key alone.
 */
export function floorW4(url: string, options?: BenchOptions): Side {
  const ops = count(W4_READS, options);
  return side(url, 1, ops, 1, 'floor', async ({ pool }) => {
    const stream = `floor-w4-${tag()}`;
    for (const row of floorRows(W4_STREAM_LENGTH)) await pool.query(FLOOR_INSERT, [stream, row]);
    await pool.query('CREATE INDEX floor_events_stream ON floor_events (stream_id, id)');
    await pool.query('ANALYZE floor_events');
    const read = () => pool.query({ name: 'floor_select', text: FLOOR_SELECT, values: [stream] });
    const check = await read();
    if (check.rowCount !== W4_STREAM_LENGTH)
      throw new Error(`W4 floor read ${check.rowCount} rows, expected ${W4_STREAM_LENGTH}`);
    return {
      warm: read,
      op: read,
      cleanUp: async () => void (await pool.query('DROP INDEX floor_events_stream')),
    };
  });
}

/**
 * W4's second floor: the store's own events table and rows (a 100-event stream written
 * as the store side writes it), read by one named `pg` query of every column, the rows
 * as the driver parses them (Dates, JSON) and nothing more: what is left between it and
 * `readStream` is the store's own work.
 */
export function tableW4(url: string, options?: BenchOptions): Side {
  const ops = count(W4_READS, options);
  return side(url, 1, ops, 1, 'floor', async ({ pool, store }) => {
    const stream = `table-w4-${tag()}`;
    const fixture = inputs(W4_STREAM_LENGTH / 10, 10);
    for (let i = 0; i < fixture.length; i++)
      await store.append(stream, fixture[i].events, i * 10, fixture[i].metadata);
    const read = () => pool.query({ name: 'table_select', text: TABLE_SELECT, values: [stream] });
    const check = await read();
    if (check.rowCount !== W4_STREAM_LENGTH)
      throw new Error(`W4 table read ${check.rowCount} rows, expected ${W4_STREAM_LENGTH}`);
    return { warm: read, op: read };
  });
}

// ---------------------------------------------------------------- running them

export const WORKLOADS: WorkloadSpec[] = [
  {
    id: 'W1-1',
    title: 'append 1 event to each of 10,000 new streams (no-stream)',
    clients: 1,
    unit: 'events/s',
    append: true,
    store: (url, o) => storeW1(url, 1, o),
    floor: (url, o) => floorW1(url, 1, o),
  },
  {
    id: 'W1-8',
    title: 'append 1 event to each of 10,000 new streams (no-stream)',
    clients: 8,
    unit: 'events/s',
    append: true,
    store: (url, o) => storeW1(url, 8, o),
    floor: (url, o) => floorW1(url, 8, o),
  },
  {
    id: 'W2',
    title: '2,000 sequential appends to one stream, exact expected version',
    clients: 1,
    unit: 'events/s',
    append: true,
    store: storeW2,
    floor: floorW2,
  },
  {
    id: 'W3',
    title: '1,000 batches of 10 events, each one append to its own new stream',
    clients: 1,
    unit: 'events/s',
    append: true,
    store: storeW3,
    floor: floorW3,
    secondFloor: { label: 'a stricter floor, one 10-row INSERT per transaction', side: floorW3Batched },
  },
  {
    id: 'W4',
    title: 'readStream of a 100-event stream, 1,000 times',
    clients: 1,
    unit: 'ops/s',
    append: false,
    store: storeW4,
    floor: floorW4,
    secondFloor: {
      label: "the store's own table and rows, its SELECT by plain pg, rows as the driver gives them",
      side: tableW4,
    },
  },
];

/** Figures of each side, and each side's rate (units/s) in each slice. */
export interface SlicedFigures {
  figures: Figures[];
  perSlice: number[][];
}

export const DEFAULT_SLICES = 10;

/**
 * Measures sides in alternating slices (A B | B A | A B …) and returns the figures
 * of each, in order. Every side is opened (and warmed up) before the first slice.
 */
export async function measureSides(sides: Side[], slices = DEFAULT_SLICES): Promise<Figures[]> {
  return (await measureSlices(sides, slices)).figures;
}

/** measureSides, with each side's rate in each slice as well. */
export async function measureSlices(sides: Side[], slices = DEFAULT_SLICES): Promise<SlicedFigures> {
  const opened: Side[] = [];
  try {
    for (const s of sides) {
      await s.open();
      opened.push(s);
    }
    const parts: Measurement[][] = sides.map(() => []);
    const order = sides.map((_, i) => i);
    for (let k = 0; k < slices; k++) {
      for (const i of k % 2 === 0 ? order : [...order].reverse()) {
        const s = sides[i];
        const from = Math.floor((k * s.ops) / slices);
        const to = Math.floor(((k + 1) * s.ops) / slices);
        parts[i].push(await s.run(from, to));
      }
    }
    return {
      figures: sides.map((s, i) => figures(combine(parts[i]), s.unitsPerOp)),
      perSlice: sides.map((s, i) => parts[i].map((m) => (m.ops * s.unitsPerOp) / m.seconds)),
    };
  } finally {
    for (const s of opened.reverse()) await s.close();
  }
}

/** One workload: its floor and the store, alternating, on the same server. */
export async function runWorkload(
  url: string,
  w: WorkloadSpec,
  options: BenchOptions = {},
): Promise<WorkloadResult> {
  const sides = [w.floor(url, options), w.store(url, options)];
  if (w.secondFloor) sides.push(w.secondFloor.side(url, options));
  const { figures: measured, perSlice } = await measureSlices(sides, options.slices ?? DEFAULT_SLICES);
  const [floor, store, second] = measured;
  return {
    id: w.id,
    title: w.title,
    clients: w.clients,
    unit: w.unit,
    append: w.append,
    store,
    floor,
    ratio: store.perSecond / floor.perSecond,
    sliceRatios: perSlice[1].map((rate, k) => rate / perSlice[0][k]),
    secondFloor:
      w.secondFloor && second
        ? {
            label: w.secondFloor.label,
            figures: second,
            ratio: store.perSecond / second.perSecond,
          }
        : undefined,
  };
}

/** Every workload against its floor (what `npm run bench` prints). */
export async function runComparison(
  url: string,
  options: BenchOptions & { only?: WorkloadId[] } = {},
): Promise<WorkloadResult[]> {
  await prepareStore(url);
  await prepareFloor(url);
  const results: WorkloadResult[] = [];
  for (const w of WORKLOADS.filter((w) => !options.only || options.only.includes(w.id))) {
    options.log?.(`${w.id}: ${w.title} …`);
    results.push(await runWorkload(url, w, options));
  }
  return results;
}

async function runOneSide(
  url: string,
  which: 'store' | 'floor',
  options: BenchOptions & { only?: WorkloadId[] },
): Promise<Partial<Record<WorkloadId, Figures>>> {
  await (which === 'store' ? prepareStore(url) : prepareFloor(url));
  const out: Partial<Record<WorkloadId, Figures>> = {};
  for (const w of WORKLOADS.filter((w) => !options.only || options.only.includes(w.id))) {
    options.log?.(`${which} ${w.id} …`);
    [out[w.id]] = await measureSides([w[which](url, options)], 1);
  }
  return out;
}

/**
 * The store's side only, for example for an HTTP bench to set its W1 with
 * 8 clients against: `(await runStoreWorkloads(url, { only: ['W1-8'] }))['W1-8']`.
 */
export function runStoreWorkloads(
  url: string,
  options: BenchOptions & { only?: WorkloadId[] } = {},
): Promise<Partial<Record<WorkloadId, Figures>>> {
  return runOneSide(url, 'store', options);
}

/** The floor's side only. */
export function runFloorWorkloads(
  url: string,
  options: BenchOptions & { only?: WorkloadId[] } = {},
): Promise<Partial<Record<WorkloadId, Figures>>> {
  return runOneSide(url, 'floor', options);
}
