import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { allProjections } from '@ledger/catalogue';
import { arrangeProgramme, CommandLoad, FAULT_JWT_SECRET, verifyAcknowledged } from './support/command-load';
import { freePort, killHard, REGISTER, ROOT, sleep, startApi, startProjector, waitForHttp, type NodeChild } from './support/processes';
import { liveAndRebuilt, waitForProjections } from './support/read-models';
import { describeWithReplication, inRecovery, ReplicaPair } from './support/replica-pair';

/**
 * The primary lost under load, the synchronous standby promoted (issue 20). The API and two
 * projector processes are given both nodes in one URL (target_session_attrs=read-write), as
 * an operator would; nothing tells them about the failover. Several clients send commands
 * all along, each retried with its Idempotency-Key until answered. The primary's postmaster
 * and every backend are killed with SIGKILL at once (its machine lost), then the standby is
 * promoted. Writes are acknowledged only once the standby has them (synchronous_commit=on),
 * so every acknowledged command must be on the new primary, once; the projections carry on
 * there with nothing skipped or applied twice (read models equal a rebuild) and the audit
 * chain verifies (by the CLI, given the same multi-host URL).
 */

const CLIENTS = 4;

/** apps/cli/main.ts from its sources, as the other children run. */
function runCli(args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['-r', REGISTER, join(ROOT, 'apps/cli/main.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 90_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const NAMES = allProjections().map((p) => p.name);

/** The projections active in the projector on `port` (null: it does not answer). */
async function activeNames(port: number): Promise<Set<string> | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    const body = (await res.json()) as { projections?: { name: string; activeHere: boolean }[] };
    return new Set((body.projections ?? []).filter((p) => p.activeHere).map((p) => p.name));
  } catch {
    return null;
  }
}

/**
 * Waits until every projection is active in exactly one of the projectors on `ports` (the
 * advisory lock is per projection, so two processes may share the work, never a projection).
 * Returns how many each holds.
 */
async function leadership(ports: number[], timeoutMs: number, what: string): Promise<number[]> {
  for (const deadline = Date.now() + timeoutMs; ; await sleep(50)) {
    const active = await Promise.all(ports.map(activeNames));
    const holders = NAMES.map((name) => active.filter((a) => a?.has(name)).length);
    if (holders.every((h) => h === 1)) return active.map((a) => a?.size ?? 0);
    if (holders.some((h) => h > 1)) throw new Error(`${what}: a projection active in two projectors at once: ${JSON.stringify(active.map((a) => [...(a ?? [])]))}`);
    if (Date.now() > deadline) throw new Error(`${what}: not every projection active within ${timeoutMs} ms: ${JSON.stringify(active.map((a) => [...(a ?? [])]))}`);
  }
}

describeWithReplication('failover: the primary killed under load, the synchronous standby promoted', () => {
  let pair: ReplicaPair | undefined;
  const children: NodeChild[] = [];
  let load: CommandLoad | undefined;

  afterAll(async () => {
    if (load) load.stopping = true;
    await Promise.all(children.map(killHard));
    await pair?.destroy();
  }, 60_000);

  it('loses and duplicates nothing; the API, the projectors and the CLI follow the new primary', async () => {
    const testStarted = Date.now();
    pair = await ReplicaPair.create({ SYNC_COMMIT: 'on' });
    const pairMs = Date.now() - testStarted;
    await pair.createDatabase();
    const url = pair.multiHostUrl('read-write');
    const apiPort = await freePort();
    const baseUrl = `http://127.0.0.1:${apiPort}`;
    // All three start together (their migrations take turns on an advisory lock).
    const api = startApi(url, apiPort, FAULT_JWT_SECRET, { RUN_PROJECTOR: 'false', DATABASE_QUERY_TIMEOUT_MS: '5000' });
    const ports = [await freePort(), await freePort()];
    const projectors = ports.map((port) => startProjector(url, port));
    children.push(api, ...projectors);
    await Promise.all([waitForHttp(`${baseUrl}/health`, api, 90_000), ...projectors.map((p, i) => waitForHttp(`http://127.0.0.1:${ports[i]}/health`, p, 90_000))]);
    await leadership(ports, 20_000, 'before the failover');
    const startedMs = Date.now() - testStarted - pairMs;
    await arrangeProgramme(baseUrl, CLIENTS, pair.primaryUrl);

    load = new CommandLoad({ clients: CLIENTS, baseUrl: () => baseUrl, databaseUrl: pair.primaryUrl, queryEvery: 4, retryForMs: 90_000 });
    await load.start();
    await sleep(3_000);
    const beforeKill = load.stats.acknowledged;

    const killedAt = Date.now();
    pair.killPrimary();
    await sleep(500); // the load meets a primary that is gone
    const promoteStarted = Date.now();
    await pair.promote();
    const promotedAt = Date.now();
    const ackedAtPromotion = load.stats.acknowledged;
    while (load.stats.acknowledged === ackedAtPromotion) {
      if (Date.now() - promotedAt > 30_000) throw new Error(`no command acknowledged 30 s after the promotion:\n${api.output.join('').slice(-3000)}`);
      await sleep(20);
    }
    const firstAckMs = Date.now() - promotedAt;
    const held = await leadership(ports, 30_000, 'after the promotion');
    const leadershipMs = Date.now() - promotedAt;

    // Then the projector holding most on the new primary is killed too: the other takes all over there.
    const leaderIndex = held[0] >= held[1] ? 0 : 1;
    const killedLeaderAt = Date.now();
    await killHard(projectors[leaderIndex]);
    await leadership([ports[1 - leaderIndex]], 20_000, 'after the leader was killed');
    const takeoverMs = Date.now() - killedLeaderAt;

    await sleep(2_000);
    await load.stop();
    const caughtUpMs = await waitForProjections(pair.standbyUrl, 30_000);
    expect(api.process.exitCode).toBeNull();
    await Promise.all(children.map(killHard));

    // The CLI, given the same two-host URL, finds the new primary and verifies the audit chain
    // (a process of its own, meanwhile the checks below run).
    const cliRun = runCli(['verify', '--json'], { DATABASE_URL: url });
    const result = await verifyAcknowledged(pair.standbyUrl, load.acknowledged);
    const { live, rebuilt, events } = await liveAndRebuilt(pair.standbyUrl);
    const cli = await cliRun;
    const verification = (cli.stdout.includes('{') ? JSON.parse(cli.stdout.slice(cli.stdout.indexOf('{'))) : { ok: false }) as { ok: boolean };

    console.log(
      [
        `Failover under load (${CLIENTS} clients, synchronous_commit=on): acknowledged ${result.acknowledged} (${beforeKill} before the kill), ` +
          `found ${result.found}, lost ${result.missing.length}, duplicated ${result.duplicates.length}; answered "duplicate" on retry: ${load.stats.duplicateAnswers}`,
        `  primary SIGKILLed, promotion ran ${promotedAt - promoteStarted} ms (started ${promoteStarted - killedAt} ms after the kill); ` +
          `first acknowledgement on the new primary ${firstAckMs} ms after the promotion (${Date.now() - killedAt > 0 ? promotedAt + firstAckMs - killedAt : 0} ms after the kill)`,
        `  projector leadership on the new primary ${leadershipMs} ms after the promotion (projections held ${JSON.stringify(held)}); the one holding most then killed: the waiting projector took over in ${takeoverMs} ms`,
        `  during the failover: ${load.stats.unavailable} commands answered 503, ${load.stats.dropped} dropped, other ${JSON.stringify(load.stats.otherStatuses)}; ` +
          `projections caught up ${caughtUpMs} ms after the load stopped; read models equal a rebuild over ${events} events: ${JSON.stringify(live) === JSON.stringify(rebuilt)}; ` +
          `audit chain verifies: ${verification.ok}`,
        `  time: the pair made in ${pairMs} ms, the API and projectors started in ${startedMs} ms, the whole test ${Date.now() - testStarted} ms`,
      ].join('\n'),
    );

    expect(await inRecovery(pair.standbyUrl)).toBe(false);
    expect(load.unexpected).toEqual([]);
    expect(result.acknowledged).toBeGreaterThan(beforeKill);
    expect(result.missing).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.found).toBe(result.acknowledged);
    expect(firstAckMs).toBeLessThan(15_000);
    expect(leadershipMs).toBeLessThan(15_000);
    expect(takeoverMs).toBeLessThan(5_000);
    expect(live).toEqual(rebuilt);
    expect({ status: cli.status, stderr: cli.status === 0 ? '' : cli.stderr }).toEqual({ status: 0, stderr: '' });
    expect(verification.ok).toBe(true);
  }, 240_000);
});
