import { createTestDatabase } from '../support/database';
import { arrangeProgramme, CommandLoad, FAULT_JWT_SECRET, verifyAcknowledged } from './support/command-load';
import { freePort, killHard, sleep, startApi, waitForHttp, type NodeChild } from './support/processes';

/**
 * The API, a real process of its own (apps/api/main.ts from the sources), killed with
 * SIGKILL 20 times while four clients send commands with Idempotency-Keys and retry
 * each one until it is answered. After the last restart every command that got a 2xx
 * is in the store, by the id its key derives and by what it names, and none twice.
 */

const KILLS = Number(process.env.FAULT_KILLS ?? 20);
const CLIENTS = 4;

describe('the API killed with SIGKILL while clients send commands', () => {
  let api: NodeChild | undefined;
  let port: number;
  let databaseUrl: string;

  afterAll(async () => {
    if (api) await killHard(api);
  });

  it(`survives ${KILLS} kills: every acknowledged command is stored once`, async () => {
    databaseUrl = await createTestDatabase('fault_kill');
    port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const start = async () => {
      api = startApi(databaseUrl, port, FAULT_JWT_SECRET);
      return waitForHttp(`${baseUrl}/health`, api);
    };
    const startups = [await start()];
    await arrangeProgramme(baseUrl, CLIENTS, databaseUrl);

    const load = new CommandLoad({ clients: CLIENTS, baseUrl: () => baseUrl, databaseUrl });
    await load.start();
    const cutOff: number[] = [];
    for (let kill = 1; kill <= KILLS; kill++) {
      // Let the clients get going (and some commands through), then kill mid-flight.
      const before = load.stats.acknowledged;
      const deadline = Date.now() + 5_000;
      while (load.stats.acknowledged < before + 3 && Date.now() < deadline) await sleep(20);
      await sleep(50 + Math.floor(Math.random() * 250));
      cutOff.push(load.stats.inFlight);
      await killHard(api!);
      startups.push(await start());
    }
    await sleep(500);
    await load.stop();

    const result = await verifyAcknowledged(databaseUrl, load.acknowledged);
    const startup = startups.slice(1).sort((a, b) => a - b);
    console.log(
      [
        `API killed with SIGKILL: kills survived: ${KILLS}, commands acknowledged: ${result.acknowledged}, found: ${result.found}, duplicates: ${result.duplicates.length}`,
        `  requests sent ${load.stats.sent}, attempts without an answer (API down or killed mid-request) ${load.stats.dropped}; kills with requests in flight: ${cutOff.filter((n) => n > 0).length}/${KILLS}, ` +
          `retries answered "already recorded" ${load.stats.duplicateAnswers}, other statuses ${JSON.stringify(load.stats.otherStatuses)}`,
        `  restart to first 200 on /health: median ${startup[Math.floor(startup.length / 2)]} ms, slowest ${startup[startup.length - 1]} ms`,
      ].join('\n'),
    );
    expect(load.unexpected).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.found).toBe(result.acknowledged);
    expect(result.acknowledged).toBeGreaterThanOrEqual(KILLS * 3);
    // The kills did land while requests were in flight, not only between them.
    expect(cutOff.filter((n) => n > 0).length).toBeGreaterThan(KILLS / 2);
  }, 300_000); // 20 restarts from the sources take ~6 s each on two idle cores, far longer when they are busy
});
