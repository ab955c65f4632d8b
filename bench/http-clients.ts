// The HTTP bench's clients, in a worker thread: the load generator gets an event loop
// (and a core) of its own instead of stealing the server's.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

export interface ClientsInput {
  base: string;
  seconds: number;
  schedule: { period: string; plannedValue: number }[];
  leads: { proposalId: string; leadId: string; auth: string }[];
}

async function post(base: string, path: string, auth: string, body: object): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
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
    if (res.status !== 201) throw new Error(`plan benefit → ${res.status} ${await res.text()}`);
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
        await res.arrayBuffer();
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
