import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_REQUESTS } from '@ledger/seed';
import { createBootstrapAdministrator } from '../../apps/api/user/bootstrap-administrator';
import { as, createTestApp, lastPosition, type TestApp } from '../support/app';
import { cli } from './cli';

describe('ledger seed: the demo recorded through a running API, by its URL', () => {
  let t: TestApp;
  let url: string;
  let administrator: { username: string; password: string };
  // An accounts file of its own: the operator's .data must neither help nor be touched.
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-seed-'));
  const operator = (credentials?: { username: string; password: string }) => ({
    LEDGER_DATA_DIR: dataDir,
    LEDGER_ADMIN_USERNAME: credentials?.username ?? '',
    LEDGER_ADMIN_PASSWORD: credentials?.password ?? '',
  });

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    administrator = (await createBootstrapAdministrator(t.app))!;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses without an administrator to seed as, recording nothing', async () => {
    const before = await lastPosition(t);
    const run = await cli(['seed', '--url', url], operator());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Give an administrator to seed as: LEDGER_ADMIN_USERNAME and LEDGER_ADMIN_PASSWORD');
    expect(await lastPosition(t)).toBe(before);
  }, 60_000);

  it('seeds a store that holds only its first administrator, and prints the demo users', async () => {
    const run = await cli(['seed', '--url', url], operator(administrator));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Seeded: ${SEED_REQUESTS.length} commands recorded`);
    expect(run.stdout).toMatch(/person-tim-godwin\s+lead\s+\S{24}\s+AC Tim Godwin/);
    const res = await t.http.get('/programmes').set(as('oversight-committee')).expect(200);
    expect(JSON.stringify(res.body)).toContain('met-modernisation');
  }, 240_000);

  it('records nothing more into a store that holds events, unless --force', async () => {
    const before = await lastPosition(t);
    const run = await cli(['seed', '--url', url], operator(administrator));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`The store already holds events (position ${before}); nothing seeded (use --force).`);
    expect(await lastPosition(t)).toBe(before);
  }, 60_000);
});
