import { Client } from 'pg';
import { createBootstrapAdministrator } from '../../apps/api/user/bootstrap-administrator';
import { createTestApp, lastPosition, type TestApp } from '../support/app';
import { cli as ledger } from './cli';

/** `ledger reset-password …` as an operator runs it (from the sources), on the test app's database. */
const cli = (databaseUrl: string, args: string[], stdin?: string) => ledger(args, { DATABASE_URL: databaseUrl }, stdin);

describe('ledger reset-password: an operator locked out sets a new password for an administrator', () => {
  let t: TestApp;
  let administrator: { username: string; password: string };

  const events = async (streamId: string) => {
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT event_type AS type, metadata->'actor' AS actor, metadata->>'reason' AS reason FROM events WHERE stream_id = $1 ORDER BY stream_version`,
        [streamId],
      );
      return rows as { type: string; actor: { id: string; role: string; name: string }; reason: string | null }[];
    } finally {
      await db.end();
    }
  };
  const signIn = (username: string, password: string) => t.http.post('/auth/login').send({ username, password });

  beforeAll(async () => {
    t = await createTestApp();
    administrator = (await createBootstrapAdministrator(t.app))!;
  });
  afterAll(() => t.close());

  it('records PasswordChanged as the operator, prints the new password once; it signs in, the old one and old sessions are refused', async () => {
    const session = await signIn(administrator.username, administrator.password).expect(200);

    const run = await cli(t.databaseUrl, ['reset-password', 'administrator']);

    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    const printed = /New password \(shown once\): (\S+)/.exec(run.stdout)?.[1];
    expect(printed).toHaveLength(24);
    const stream = await events('user-administrator');
    expect(stream.map((e) => e.type)).toEqual(['UserRegistered', 'PasswordChanged']);
    expect(stream[1].actor).toMatchObject({ id: 'operator-cli', role: 'system', name: expect.stringContaining('ledger reset-password') });
    expect(stream[1].reason).toBe('Reset at the command line by an operator');
    await signIn('administrator', printed!).expect(200);
    await signIn('administrator', administrator.password).expect(401);
    await t.http.get('/auth/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(401);
  }, 60_000);

  it('takes the password from stdin with --password-stdin, and prints none', async () => {
    const chosen = 'a long passphrase the operator chose';
    const run = await cli(t.databaseUrl, ['reset-password', 'administrator', '--password-stdin', '--reason', 'Locked out after a laptop change'], `${chosen}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(chosen);
    expect(run.stdout).not.toMatch(/New password/);
    expect((await events('user-administrator')).at(-1)).toMatchObject({ type: 'PasswordChanged', reason: 'Locked out after a laptop change' });
    await signIn('administrator', chosen).expect(200);
  }, 60_000);

  it('refuses, appending nothing: an unknown user, a user who is not an administrator, a too-short password', async () => {
    const admin = await signIn('administrator', 'a long passphrase the operator chose').expect(200);
    await t.http
      .post('/users')
      .set('Authorization', `Bearer ${admin.body.accessToken}`)
      .send({ username: 'a-lead', name: 'A lead', role: 'lead', personId: 'a-lead', password: 'lead password 12345' })
      .expect(201);
    const before = await lastPosition(t);

    const unknown = await cli(t.databaseUrl, ['reset-password', 'nobody']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no user "nobody"');
    const lead = await cli(t.databaseUrl, ['reset-password', 'a-lead']);
    expect(lead.code).toBe(1);
    expect(lead.stderr).toContain('is a lead, not an administrator');
    const short = await cli(t.databaseUrl, ['reset-password', 'administrator', '--password-stdin'], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password must be at least 12 characters/);

    expect(await lastPosition(t)).toBe(before);
  }, 90_000);
});
