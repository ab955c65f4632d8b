import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';

const source = { document: 'Service Review 2005', paragraph: '8' };

describe('programmes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('POST /programmes', () => {
    it('establishes a programme and returns version, position and ETag', async () => {
      const res = await t.http
        .post('/programmes')
        .set(as())
        .send({ programmeId: 'mmp', name: 'Met Modernisation Programme', mission: 'Working together for a safer London', source })
        .expect(201);
      expect(res.body).toMatchObject({ streamId: 'programme-mmp', version: 1, id: 'mmp', events: ['ProgrammeEstablished'] });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.etag).toBe('"1"');
    });

    it('400 lists each bad field and appends nothing', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http.post('/programmes').set(as()).send({ programmeId: 'bad id!', name: 42, source: {}, extra: true }).expect(400),
      );
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['programmeId', 'name', 'mission', 'source.document', 'extra']));
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('409 when the programme is already established', async () => {
      await t.http.post('/programmes').set(as()).send({ programmeId: 'twice', name: 'P', mission: 'M', source }).expect(201);
      const res = await expectNothingAppended(t, () =>
        t.http.post('/programmes').set(as()).send({ programmeId: 'twice', name: 'P', mission: 'M', source }).expect(409),
      );
      expect(res.body.code).toBe('PROGRAMME_ALREADY_ESTABLISHED');
    });

    it('malformed JSON is a 400, an oversized body a 413', async () => {
      const malformed = await t.http.post('/programmes').set(as()).set('Content-Type', 'application/json').send('{"name":').expect(400);
      expect(malformed.body).toMatchObject({ code: 'INVALID_JSON', message: expect.stringMatching(/^The request body is not valid JSON: /) });
      const res = await t.http.post('/programmes').set(as()).send({ name: 'x'.repeat(300_000), mission: 'm', source }).expect(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('POST /programmes/:id/strategic-outcomes', () => {
    it('defines an outcome; a stale If-Match is refused with 412', async () => {
      await t.http.post('/programmes').set(as()).send({ programmeId: 'p-outcomes', name: 'P', mission: 'M', source }).expect(201);
      const ok = await t.http
        .post('/programmes/p-outcomes/strategic-outcomes')
        .set(as())
        .set('If-Match', '"1"')
        .send({ outcomeId: 'safer', title: 'Communities are, and feel, safer' })
        .expect(201);
      expect(ok.body).toMatchObject({ version: 2, id: 'safer' });
      const stale = await expectNothingAppended(t, () =>
        t.http.post('/programmes/p-outcomes/strategic-outcomes').set(as()).set('If-Match', '"1"').send({ outcomeId: 'other', title: 'T' }).expect(412),
      );
      expect(stale.body).toMatchObject({ code: 'STREAM_VERSION_CONFLICT', currentVersion: 2, expectedVersion: 1 });
    });

    it('404 for an unknown programme, 400 for a bad id in the path', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http.post('/programmes/nowhere/strategic-outcomes').set(as()).send({ title: 'T' }).expect(404),
      );
      expect(res.body.code).toBe('PROGRAMME_NOT_FOUND');
      await t.http.post('/programmes/%20bad/strategic-outcomes').set(as()).send({ title: 'T' }).expect(400);
    });
  });

  it('records the actor and the reason in the event metadata', async () => {
    await t.http
      .post('/programmes')
      .set(as('programme-office', 'u-42', 'Jane Office'))
      .send({ programmeId: 'meta', name: 'P', mission: 'M', source, reason: 'Agreed at the Authority' })
      .expect(201);
    const { Client } = await import('pg');
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    const { rows } = await client.query(`SELECT metadata FROM events WHERE stream_id = 'programme-meta'`);
    await client.end();
    expect(rows[0].metadata).toMatchObject({
      actor: { id: 'u-42', role: 'programme-office', name: 'Jane Office' },
      reason: 'Agreed at the Authority',
      correlationId: expect.any(String),
    });
  });
});
