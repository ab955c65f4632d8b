// The HTTP bench's clients, in a worker thread: the load generator gets an event loop
// of its own instead of stealing the server's. Plain http.request on a keep-alive agent:
// fetch (undici) cost ~5x the CPU per request here and, on 2 cores shared with the
// server and PostgreSQL, measured the client more than the server (2,144 vs 10,889
// requests/s against a server that does nothing).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

export interface ClientsInput {
  base: string;
  seconds: number;
  schedule: { period: string; plannedValue: number }[];
  leads: { proposalId: string; leadId: string; auth: string }[];
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs JSON; resolves once the whole response has arrived. */
function post(base: string, path: string, auth: string, body: object): Promise<{ status: number; text: string }> {
  const url = new URL(path, base);
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function run({ base, seconds, schedule, leads }: ClientsInput) {
  const latencies: number[] = [];
  let failures = 0;
  const planBenefit = async (l: ClientsInput['leads'][number], n: number) => {
    const benefitId = `${l.proposalId}-b${n}`;
    const res = await post(base, `/proposals/${l.proposalId}/benefits`, l.auth, {
      benefitId, description: `Saving ${benefitId}`, observableOutcome: 'Lower cost', measure: 'Savings', unit: 'GBP-pence',
      attribution: 'Finance', cashReleasing: true, quantitative: true, isDisbenefit: false, ownerId: l.leadId, ownerName: 'Lead',
      baseline: 0, target: 60_000_000, schedule,
    });
    if (res.status !== 201) throw new Error(`plan benefit → ${res.status} ${res.text}`);
    return benefitId;
  };
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    leads.map(async (l) => {
      let n = 0;
      let benefitId = await planBenefit(l, n);
      let q = 0;
      while (performance.now() < deadline) {
        if (q === schedule.length) {
          benefitId = await planBenefit(l, ++n); // not timed: a benefit holds 60 periods
          q = 0;
        }
        const t0 = performance.now();
        const res = await post(base, `/proposals/${l.proposalId}/benefits/${benefitId}/realisations`, l.auth, {
          period: schedule[q].period, actual: 900_000 + q, evidence: 'Finance ledger extract', commentary: 'Bench',
        });
        latencies.push(performance.now() - t0);
        if (res.status !== 201) failures++;
        q++;
      }
    }),
  );
  return { latencies, failures, elapsed: (performance.now() - started) / 1000 };
}

if (parentPort) {
  run(workerData as ClientsInput).then(
    (result) => parentPort!.postMessage(result),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
}
