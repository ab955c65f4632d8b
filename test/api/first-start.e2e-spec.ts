import { Client } from 'pg';
import { BOOTSTRAP_ADMINISTRATOR, createBootstrapAdministrator } from '../../apps/api/user/bootstrap-administrator';
import { createTestApp, type TestApp } from '../support/app';

/** Two API replicas started together on an empty store both try to create the first administrator. */
describe('first start: the first administrator', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is created once when two starts race; the loser carries on without credentials instead of failing', async () => {
    const results = await Promise.all([createBootstrapAdministrator(t.app), createBootstrapAdministrator(t.app), createBootstrapAdministrator(t.app)]);
    const created = results.filter((r) => r !== null);
    expect(created).toHaveLength(1);
    expect(created[0]!.username).toBe(BOOTSTRAP_ADMINISTRATOR);

    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ event_type: string }>(`SELECT event_type FROM events WHERE stream_id = $1`, [`user-${BOOTSTRAP_ADMINISTRATOR}`]);
      expect(rows.map((r) => r.event_type)).toEqual(['UserRegistered']);
    } finally {
      await client.end();
    }
    // The one that won can sign in with the password it was given.
    await t.http.post('/auth/login').send({ username: BOOTSTRAP_ADMINISTRATOR, password: created[0]!.password }).expect(200);
    expect(await createBootstrapAdministrator(t.app)).toBeNull();
  });
});
