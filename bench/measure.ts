import { performance } from 'node:perf_hooks';

/** One measured run: how long it took and the latency of each operation. */
export interface Measurement {
  ops: number;
  seconds: number;
  /** Milliseconds, one per operation. */
  latencies: Float64Array;
}

/**
 * Runs operations `from` … `to - 1` on `clients` concurrent workers (each takes
 * the next index until none is left) and times each. A failed operation fails the run.
 */
export async function drive(
  clients: number,
  from: number,
  to: number,
  op: (index: number) => Promise<unknown>,
): Promise<Measurement> {
  const ops = Math.max(0, to - from);
  const latencies = new Float64Array(ops);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < ops; i = next++) {
      const started = performance.now();
      await op(from + i);
      latencies[i] = performance.now() - started;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(clients, ops) }, worker));
  return { ops, seconds: (performance.now() - started) / 1000, latencies };
}

/** Several runs of the same side as one: ops and time add up, latencies pool. */
export function combine(parts: Measurement[]): Measurement {
  const latencies = new Float64Array(parts.reduce((n, p) => n + p.latencies.length, 0));
  let at = 0;
  for (const p of parts) {
    latencies.set(p.latencies, at);
    at += p.latencies.length;
  }
  return {
    ops: parts.reduce((n, p) => n + p.ops, 0),
    seconds: parts.reduce((s, p) => s + p.seconds, 0),
    latencies,
  };
}

/** Nearest-rank percentile, in the unit of the samples. */
export function percentile(samples: Float64Array, p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** The figures printed for one side (store or floor) of a workload. */
export interface Figures {
  /** Events (appends) or operations (reads) per second. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  ops: number;
  /** Events written or operations performed. */
  units: number;
  seconds: number;
}

export function figures(m: Measurement, unitsPerOp: number): Figures {
  return {
    perSecond: (m.ops * unitsPerOp) / m.seconds,
    p50Ms: percentile(m.latencies, 50),
    p99Ms: percentile(m.latencies, 99),
    ops: m.ops,
    units: m.ops * unitsPerOp,
    seconds: m.seconds,
  };
}
