import { cpus } from 'node:os';
import { Client } from 'pg';
import type { Figures } from './measure';
import type { WorkloadResult } from './workloads';

export interface ServerFacts {
  version: string;
  settings: Record<string, string>;
}

const SETTINGS = [
  'fsync',
  'synchronous_commit',
  'wal_sync_method',
  'full_page_writes',
  'shared_buffers',
];

/** The server's version and durability settings, as the server itself reports them. */
export async function serverFacts(url: string): Promise<ServerFacts> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    const settings: Record<string, string> = {};
    for (const name of SETTINGS) {
      const r = await client.query(`SHOW ${name}`);
      settings[name] = String(Object.values(r.rows[0])[0]);
    }
    return { version: rows[0].version, settings };
  } finally {
    await client.end();
  }
}

export function header(kind: string, facts: ServerFacts, scale: number): string {
  const s = facts.settings;
  const cpu = cpus();
  return [
    'Event store bench: the store against a floor of plain single-row INSERTs (one transaction each), same run, same server',
    `PostgreSQL: ${facts.version}`,
    `Server:     ${kind}`,
    `Durability: fsync=${s.fsync}, synchronous_commit=${s.synchronous_commit}, wal_sync_method=${s.wal_sync_method}, full_page_writes=${s.full_page_writes}; shared_buffers=${s.shared_buffers}`,
    `Client:     Node ${process.version}, ${cpu.length} CPU (${cpu[0]?.model.trim() ?? 'unknown'})${scale === 1 ? '' : `, SCALE ${scale} (not the issue's counts)`}`,
  ].join('\n');
}

const num = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(1));
const ms = (n: number) => n.toFixed(2);

export function table(results: WorkloadResult[], target = 0.8): string {
  const head = [
    'workload',
    'clients',
    'unit',
    'store /s',
    'p50 ms',
    'p99 ms',
    'floor /s',
    'p50 ms',
    'p99 ms',
    'ratio',
    '',
  ];
  const rows = results.map((r) => [
    r.id,
    String(r.clients),
    r.unit,
    num(r.store.perSecond),
    ms(r.store.p50Ms),
    ms(r.store.p99Ms),
    num(r.floor.perSecond),
    ms(r.floor.p50Ms),
    ms(r.floor.p99Ms),
    `${r.ratio.toFixed(2)}x`,
    r.append ? (r.ratio >= target ? 'ok' : `BELOW ${target}x`) : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i <= 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    ...results.map((r) => `${r.id}: ${r.title}; ${describe(r.store)} (floor ${describe(r.floor)})`),
    'Latency is per operation: one append call (W3: one 10-event batch), one INSERT, one read. ratio = store /s ÷ floor /s.',
    'Floor and store run in alternating slices (floor, store, store, floor, …), each side warmed up first.',
    ...results.map((r) => `${r.id}: ratio in each of the ${r.sliceRatios.length} slice pairs ${spread(r.sliceRatios)}`),
    'W4 floor: SELECT … WHERE stream_id = $1 ORDER BY id on the floor table, with an index on (stream_id, id) while it runs.',
  ];
  for (const r of results) {
    if (!r.secondFloor) continue;
    const f = r.secondFloor.figures;
    out.push(
      `${r.id} against ${r.secondFloor.label}: ${num(f.perSecond)} ${r.unit}, p50 ${ms(f.p50Ms)} ms, ` +
        `p99 ${ms(f.p99Ms)} ms; ratio ${r.secondFloor.ratio.toFixed(2)}x`,
    );
  }
  return out.join('\n');
}

/** min / median / max of the slice-pair ratios: how much the machine moved during the run. */
function spread(ratios: number[]): string {
  if (ratios.length === 0) return '-';
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return `min ${sorted[0].toFixed(2)}x, median ${median.toFixed(2)}x, max ${sorted[sorted.length - 1].toFixed(2)}x`;
}

function describe(f: Figures): string {
  return `${f.ops.toLocaleString('en-GB')} ops in ${f.seconds.toFixed(1)} s`;
}
