import { arrangeProgramme, CommandLoad, FAULT_JWT_SECRET, verifyAcknowledged } from './support/command-load';
import { embeddedBinDir, PostgresServer } from './support/postgres-server';
import { freePort, killHard, sleep, startApi, waitForHttp, type NodeChild } from './support/processes';
import { liveAndRebuilt, waitForProjections } from './support/read-models';

/**
 * PostgreSQL stopped for some seconds while clients send commands and reads to the API
 * (a process of its own, with its projector inside). The server is one of this test's own
 * (the embedded package's binaries, its own data and port): a fast shutdown of its
 * postmaster, then a start on the same data and port. Meanwhile requests must fail fast
 * with 503 DATABASE_UNAVAILABLE; afterwards the API and the projector carry on by
 * themselves, every acknowledged command is stored once and the read models equal a rebuild.
 */

const OUTAGE_MS = 4_000;

/**
 * Once the database is back: waits for the first command acknowledged after `since`, lets
 * the load run 2 s more and stops it, waits for the projector (inside the API) to catch up,
 * kills the API, and checks every acknowledged command and the read models against a rebuild.
 */
async function recoveredAndChecked(api: NodeChild, load: CommandLoad, databaseUrl: string, since: number) {
  const ackedAtSince = load.stats.acknowledged;
  while (load.stats.acknowledged === ackedAtSince) {
    if (Date.now() - since > 30_000) throw new Error(`no command acknowledged 30 s after the database came back:\n${api.output.join('').slice(-3000)}`);
    await sleep(20);
  }
  const apiBackMs = Date.now() - since;
  await sleep(2_000);
  await load.stop();
  expect(api.process.exitCode).toBeNull();
  const caughtUpMs = await waitForProjections(databaseUrl, 30_000);
  await killHard(api);
  const result = await verifyAcknowledged(databaseUrl, load.acknowledged);
  return { apiBackMs, caughtUpMs, result, ...(await liveAndRebuilt(databaseUrl)) };
}
const CLIENTS = 4;

describe('PostgreSQL stopped mid-load', () => {
  let server: PostgresServer | undefined;
  let api: NodeChild | undefined;

  afterAll(async () => {
    if (api) await killHard(api);
    await server?.destroy();
  });

  it('fails fast with 503 while it is down, reconnects by itself and loses nothing', async () => {
    server = await PostgresServer.create(embeddedBinDir(), 'outage');
    await server.start();
    const databaseUrl = await server.createDatabase('ledger');
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    api = startApi(databaseUrl, port, FAULT_JWT_SECRET);
    await waitForHttp(`${baseUrl}/health`, api);
    await arrangeProgramme(baseUrl, CLIENTS, databaseUrl);

    const load = new CommandLoad({ clients: CLIENTS, baseUrl: () => baseUrl, databaseUrl, queryEvery: 3 });
    await load.start();
    await sleep(2_000);
    const beforeOutage = load.stats.acknowledged;

    const stoppedAt = Date.now();
    await server.stop('SIGINT');
    const stopTook = Date.now() - stoppedAt;
    await sleep(OUTAGE_MS);
    const during = { ...load.stats, otherStatuses: { ...load.stats.otherStatuses } };
    const health = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(10_000) }).catch((error: Error) => {
      throw new Error(`the API did not answer while the database was down (${error.message}):\n${api!.output.join('').slice(-4000)}`);
    });
    const healthBody = (await health.json()) as { status: string };
    await server.start();
    const restartedAt = Date.now();
    const outageMs = restartedAt - stoppedAt;

    // The API and the projector inside it carry on by themselves.
    const { apiBackMs, caughtUpMs, result, live, rebuilt, events } = await recoveredAndChecked(api, load, databaseUrl, restartedAt);
    api = undefined;

    console.log(
      [
        `PostgreSQL stopped for ${outageMs} ms (fast shutdown took ${stopTook} ms): commands acknowledged: ${result.acknowledged} (${beforeOutage} before the outage), found: ${result.found}, duplicates: ${result.duplicates.length}`,
        `  while it was down: ${during.unavailable} commands and ${during.queries503} reads answered 503 ${JSON.stringify(during.firstUnavailableBody)}; ` +
          `slowest 503 ${during.slowest503Ms} ms, slowest failure ${during.slowestFailureMs} ms; /health said ${health.status} ${healthBody.status}`,
        `  after the restart: first command acknowledged in ${apiBackMs} ms, projections caught up ${caughtUpMs} ms after the load stopped; ` +
          `read models equal a rebuild over ${events} events: ${JSON.stringify(live) === JSON.stringify(rebuilt)}; other statuses ${JSON.stringify(load.stats.otherStatuses)}`,
      ].join('\n'),
    );

    expect(load.unexpected).toEqual([]);
    expect(during.unavailable + during.queries503).toBeGreaterThan(0);
    expect(during.firstUnavailableBody?.code).toBe('DATABASE_UNAVAILABLE');
    expect(during.firstUnavailableBody?.message).toMatch(/database is unavailable/i);
    // Fast: no request hung while the database was away (the pools' connection timeout is 5 s).
    expect(during.slowest503Ms).toBeLessThan(6_000);
    expect(load.stats.slowestFailureMs).toBeLessThan(6_000);
    expect(health.status).toBe(503);
    expect(apiBackMs).toBeLessThan(15_000);
    expect(result.missing).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.found).toBe(result.acknowledged);
    expect(live).toEqual(rebuilt);
  }, 120_000);
});

/**
 * PostgreSQL frozen (SIGSTOP to every process of it) while clients send commands and
 * reads: connections stay open and nothing answers, as with a hung host or a stalled
 * disk. Requests must still end, with 503, within the API's query timeout (here 2 s;
 * 5 s for a new connection), not hang; a command whose append was sent before the
 * freeze may be stored when the server thaws, which the 503 says (DATABASE_TIMEOUT), and
 * the client's retry with the same Idempotency-Key then finds it: stored once, nothing lost.
 */
describe('PostgreSQL frozen mid-load', () => {
  const FREEZE_MS = 10_000;
  let server: PostgresServer | undefined;
  let api: NodeChild | undefined;
  let frozen: number[] = [];

  afterAll(async () => {
    if (frozen.length > 0) server?.thaw(frozen);
    if (api) await killHard(api);
    await server?.destroy();
  });

  it('answers 503 within the query timeout while it is frozen, and stores every command once after it thaws', async () => {
    server = await PostgresServer.create(embeddedBinDir(), 'freeze');
    await server.start();
    const databaseUrl = await server.createDatabase('ledger');
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    api = startApi(databaseUrl, port, FAULT_JWT_SECRET, { DATABASE_QUERY_TIMEOUT_MS: '2000' });
    await waitForHttp(`${baseUrl}/health`, api);
    await arrangeProgramme(baseUrl, CLIENTS, databaseUrl);

    const load = new CommandLoad({ clients: CLIENTS, baseUrl: () => baseUrl, databaseUrl, queryEvery: 3, retryForMs: 60_000 });
    await load.start();
    await sleep(2_000);
    const beforeFreeze = load.stats.acknowledged;

    frozen = server.freeze();
    const frozenAt = Date.now();
    await sleep(FREEZE_MS);
    const during = { ...load.stats, otherStatuses: { ...load.stats.otherStatuses } };
    const healthStarted = Date.now();
    const health = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(15_000) });
    const healthMs = Date.now() - healthStarted;
    server.thaw(frozen);
    frozen = [];
    const thawedAt = Date.now();

    const { apiBackMs, caughtUpMs, result, live, rebuilt, events } = await recoveredAndChecked(api, load, databaseUrl, thawedAt);
    api = undefined;

    console.log(
      [
        `PostgreSQL frozen for ${thawedAt - frozenAt} ms: commands acknowledged: ${result.acknowledged} (${beforeFreeze} before the freeze), found: ${result.found}, duplicates: ${result.duplicates.length}, answered duplicate on retry: ${load.stats.duplicateAnswers}`,
        `  while frozen: ${during.unavailable} commands and ${during.queries503} reads answered 503 ${JSON.stringify(during.firstUnavailableBody)}; ` +
          `slowest 503 ${during.slowest503Ms} ms, slowest failure ${during.slowestFailureMs} ms, requests dropped ${during.dropped}; /health ${health.status} in ${healthMs} ms`,
        `  after the thaw: first command acknowledged in ${apiBackMs} ms, projections caught up ${caughtUpMs} ms after the load stopped; ` +
          `read models equal a rebuild over ${events} events: ${JSON.stringify(live) === JSON.stringify(rebuilt)}; other statuses ${JSON.stringify(load.stats.otherStatuses)}`,
      ].join('\n'),
    );

    expect(load.unexpected).toEqual([]);
    expect(during.unavailable + during.queries503).toBeGreaterThan(0);
    expect(['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(during.firstUnavailableBody?.code);
    // No request waited for the thaw: each ended at its first query timeout (2 s) or connection timeout (5 s).
    expect(during.slowest503Ms).toBeLessThan(FREEZE_MS - 2_000);
    expect(during.slowestFailureMs).toBeLessThan(FREEZE_MS - 2_000);
    expect(during.dropped).toBe(0);
    expect(health.status).toBe(503);
    expect(healthMs).toBeLessThan(FREEZE_MS);
    expect(result.missing).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.found).toBe(result.acknowledged);
    expect(live).toEqual(rebuilt);
  }, 150_000);
});
