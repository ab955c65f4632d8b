import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import type { DataSource } from 'typeorm';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { createTestDatabase } from '../support/database';
import { appendGenerated, HistoryGenerator } from '../read-models/support/history';
import { freePort, killHard, sleep, startProjector, waitForHttp, type NodeChild } from './support/processes';
import { liveAndRebuilt, waitForProjections } from './support/read-models';

/**
 * Two projector processes (apps/projector/main.ts) on one database while events are
 * appended: one is active for every projection, the other waits. The active one is
 * killed with SIGKILL; the other must take over within seconds, and in the end the read
 * models equal a rebuild from the log, table by table: nothing skipped, nothing applied twice.
 */

const SEED = Number(process.env.TEST_SEED ?? Date.now()) >>> 0;
const NAMES = allProjections().map((p) => p.name);

interface ProjectorHealth {
  projections?: { name: string; activeHere: boolean; eventsBehind: number }[];
}

async function activeFor(port: number): Promise<number> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    const body = (await res.json()) as ProjectorHealth;
    return (body.projections ?? []).filter((p) => NAMES.includes(p.name) && p.activeHere).length;
  } catch {
    return -1;
  }
}

describe(`two projectors, the active one killed (seed ${SEED})`, () => {
  const children: NodeChild[] = [];
  let store: PostgresEventStore;
  let db: DataSource;

  afterAll(async () => {
    await Promise.all(children.map(killHard));
    await db?.destroy();
    await store?.close();
  });

  it('the waiting projector takes over within seconds and nothing is applied twice', async () => {
    const url = await createTestDatabase('fault_takeover');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 6 } });
    await store.migrate();
    db = await openReadModels(url, { poolSize: 2 });

    const [portA, portB] = [await freePort(), await freePort()];
    const a = startProjector(url, portA);
    children.push(a);
    await waitForHttp(`http://127.0.0.1:${portA}/health`, a);
    for (const deadline = Date.now() + 20_000; (await activeFor(portA)) < NAMES.length; await sleep(50)) {
      if (Date.now() > deadline) throw new Error(`projector A never became active:\n${a.output.join('')}`);
    }
    const b = startProjector(url, portB);
    children.push(b);
    await waitForHttp(`http://127.0.0.1:${portB}/health`, b);
    expect(await activeFor(portB)).toBe(0);

    // Appends all along: three writers, a generated programme history.
    const generator = new HistoryGenerator(SEED, { programmes: 20, prefix: 'tk' });
    let writing = true;
    let appended = 0;
    const writer = async () => {
      while (writing) {
        const next = generator.next();
        await appendGenerated(store, next);
        appended += next.events.length;
        await sleep(2);
      }
    };
    const writers = Promise.all([writer(), writer(), writer()]);

    await sleep(3_000);
    const beforeKill = appended;
    const [{ applied }] = await db.query(`SELECT count(*)::int AS applied FROM audit_history`);
    const killedAt = Date.now();
    await killHard(a);
    let takeoverMs = -1;
    while (takeoverMs < 0) {
      if ((await activeFor(portB)) === NAMES.length) takeoverMs = Date.now() - killedAt;
      else if (Date.now() - killedAt > 20_000) throw new Error(`projector B did not take over:\n${b.output.join('')}`);
      else await sleep(25);
    }
    await sleep(2_000);
    writing = false;
    await writers;
    const caughtUpMs = await waitForProjections(url, 30_000);
    await killHard(b);

    const { live, rebuilt, events } = await liveAndRebuilt(url);
    const [audit] = await db.query(`SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS distinct_events FROM audit_history`);
    console.log(
      [
        `Projector killed: takeover by the waiting projector in ${takeoverMs} ms (its lock poll is 1 s)`,
        `  ${beforeKill} events appended before the kill (${applied} applied by then), ${events} in all; caught up ${caughtUpMs} ms after the writers stopped`,
        `  audit history rows ${audit.rows} (distinct events ${audit.distinct_events}); read models equal a rebuild: ${JSON.stringify(live) === JSON.stringify(rebuilt)} — applied twice: 0, skipped: 0`,
      ].join('\n'),
    );
    expect(takeoverMs).toBeLessThan(5_000);
    expect(applied).toBeGreaterThan(0);
    expect(events).toBeGreaterThan(beforeKill);
    expect(audit).toEqual({ rows: events, distinct_events: events });
    expect(live).toEqual(rebuilt);
  }, 90_000);
});
