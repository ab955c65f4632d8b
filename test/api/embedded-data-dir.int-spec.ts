import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadOrCreateSecrets } from '@ledger/platform/database';
import { adminUrl } from '../support/database';
import { API_MAIN, freePort, spawnTs } from '../faults/support/processes';

describe('the embedded default keeps its state under LEDGER_DATA_DIR', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-data-dir-'));
    // As root, the server runs as the postgres user, which must reach the cluster's directory.
    await chmod(dir, 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('secrets.json is per data dir (mode 600): two dirs share no key or password', () => {
    const a = loadOrCreateSecrets(join(dir, 'a'));
    const b = loadOrCreateSecrets(join(dir, 'b'));
    expect(a.file).toBe(join(dir, 'a', 'secrets.json'));
    expect(statSync(a.file).mode & 0o777).toBe(0o600);
    expect(a.created).toEqual(['jwtSecret', 'databasePassword', 'appDatabasePassword']);
    for (const key of ['jwtSecret', 'databasePassword', 'appDatabasePassword'] as const) {
      expect(a.secrets[key]).not.toBe(b.secrets[key]);
      expect(a.secrets[key].length).toBeGreaterThanOrEqual(32);
    }
    // Read back, not regenerated.
    expect(loadOrCreateSecrets(join(dir, 'a'))).toMatchObject({ secrets: a.secrets, created: [] });
  });

  it('a cluster made with the old fixed password starts with its data dir’s random one, and the old one is refused', async () => {
    const port = await freePort();
    const legacyDir = join(dir, 'legacy');
    const child = spawnTs(join(__dirname, '../support/embedded-legacy-start.ts'), { LEDGER_DATA_DIR: legacyDir, EMBEDDED_PG_PORT: String(port) });
    const [code] = (await once(child.process, 'exit')) as [number | null];
    const output = child.output.join('');
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    const result = JSON.parse(/RESULT (.*)/.exec(output)![1]) as { dataDir: string; url: string; appUrl: string; ownerLogin: string; legacyLogin: string };
    const { secrets } = loadOrCreateSecrets(legacyDir);
    expect(result.dataDir).toBe(join(legacyDir, 'postgres'));
    expect(decodeURIComponent(new URL(result.url).password)).toBe(secrets.databasePassword);
    expect(result.ownerLogin).toBe('ok');
    expect(result.legacyLogin).toBe('28P01');
    expect(new URL(result.appUrl).username).toBe('ledger_app');
    expect(decodeURIComponent(new URL(result.appUrl).password)).toBe(secrets.appDatabasePassword);
  }, 120_000);
});

describe('start-up refuses a weak JWT_SECRET', () => {
  it.each([
    ['the k8s placeholder', 'CHANGE-ME-to-a-random-secret-of-at-least-32-characters', /JWT_SECRET looks like a placeholder/],
    ['a low-entropy key', 'ab'.repeat(8) + 'a'.repeat(24), /JWT_SECRET has too little variety/],
  ])('the API process exits with a message naming JWT_SECRET: %s', async (_what, secret, message) => {
    const child = spawnTs(API_MAIN, {
      DATABASE_URL: adminUrl(),
      JWT_SECRET: secret,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SEED_ON_FIRST_START: 'false',
    });
    const [code] = (await once(child.process, 'exit')) as [number | null];
    expect(code).not.toBe(0);
    expect(child.output.join('')).toMatch(message);
    expect(child.output.join('')).not.toMatch(/listening/);
  }, 60_000);
});
