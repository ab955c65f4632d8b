import { Client } from 'pg';
import { as, createTestApp, type TestApp } from '../support/app';
import { adminUrl } from '../support/database';

const committee = () => as('oversight-committee', 'committee-member-1', 'Committee Member');
const source = { document: 'Service Review 2005', paragraph: '8' };

/**
 * The committee pack refuses a history that no longer verifies: a superuser switches the
 * immutability triggers off and rewrites an event, and the pack built afterwards would use
 * the altered value without a word. It answers 409 CHAIN_BROKEN, naming the position.
 */
describe('the committee pack on a tampered event store', () => {
  let t: TestApp;
  let last = 0;
  const today = new Date().toISOString().slice(0, 10);
  const pack = (format = 'json') =>
    t.http.get('/programmes/tamper/committee-pack').set(committee()).query({ meeting: today, format, waitForPosition: last });

  beforeAll(async () => {
    t = await createTestApp();
    for (const body of [
      { programmeId: 'tamper', name: 'Tamper Programme', mission: 'Keep the record straight', source },
      { programmeId: 'other', name: 'Other Programme', mission: 'M', source },
    ]) {
      last = (await t.http.post('/programmes').set(as()).send(body).expect(201)).body.position;
    }
    last = (await t.http.post('/programmes/tamper/strategic-outcomes').set(as()).send({ outcomeId: 'safer', title: 'Safer' }).expect(201)).body.position;
  });
  afterAll(() => t.close());

  it('an intact store renders; after a superuser rewrites an event the pack is refused with the first broken position', async () => {
    const intact = await pack().expect(200);
    expect(intact.body.programme.name).toBe('Tamper Programme');
    expect(intact.body.chainHead.position).toBe(last);
    await pack('pdf').expect(200);

    // As the database's superuser (the test server's admin role), behind the application's back.
    const url = new URL(adminUrl());
    url.pathname = new URL(t.databaseUrl).pathname;
    const superuser = new Client({ connectionString: url.toString() });
    await superuser.connect();
    let altered: number;
    try {
      await superuser.query('ALTER TABLE events DISABLE TRIGGER ALL');
      const { rows } = await superuser.query(
        `UPDATE events SET data = jsonb_set(data, '{name}', '"Altered Programme"')
          WHERE stream_id = 'programme-tamper' AND event_type = 'ProgrammeEstablished' RETURNING global_position`,
      );
      await superuser.query('ALTER TABLE events ENABLE TRIGGER ALL');
      expect(rows).toHaveLength(1);
      altered = Number(rows[0].global_position);
    } finally {
      await superuser.end();
    }

    for (const format of ['json', 'pdf', 'csv', 'xlsx']) {
      const refused = await pack(format).expect(409);
      expect(refused.headers['content-type']).toMatch(/^application\/json/);
      expect(refused.body).toMatchObject({ statusCode: 409, code: 'CHAIN_BROKEN', position: altered, kind: 'altered' });
      expect(refused.body.message).toContain(`first breaks at position ${altered}`);
      expect(refused.text).not.toContain('Altered Programme');
    }
    // /audit/verify names the same position: the pack says nothing the verification does not.
    const verify = await t.http.get('/audit/verify').set(committee()).expect(200);
    expect(verify.body.firstBreak).toMatchObject({ position: altered, kind: 'altered' });
  });
});
