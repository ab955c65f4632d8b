import { Writable } from 'node:stream';
import { Client } from 'pg';
import { createLogger } from '@ledger/platform/logging';
import { as, createTestApp, type TestApp } from '../support/app';

/**
 * Issue 16: one request id per request: taken from a well-formed X-Request-Id (or the older
 * X-Correlation-Id) or made, sent back in X-Request-Id, on the request's JSON log line and the
 * correlation id of the events its command appends. Credentials never reach the log.
 */
const source = { document: 'Service Review 2005', paragraph: '8' };
const PASSWORD = 'correct horse battery staple 2005';

describe('request ids in the logs and the events', () => {
  let t: TestApp;
  let db: Client;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((l) => l.length > 0));
      done();
    },
  });

  beforeAll(async () => {
    t = await createTestApp({ logger: createLogger({ level: 'info', format: 'json' }, sink) });
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, any>);
  const correlationAt = async (position: number) =>
    (await db.query<{ id: string }>(`SELECT metadata->>'correlationId' AS id FROM events WHERE global_position = $1`, [position])).rows[0]?.id;
  const create = (id: string) => t.http.post('/programmes').set(as()).send({ programmeId: id, name: `Programme ${id}`, mission: 'Trace a request', source });

  it('a command: its JSON log line and its event carry the request id the client sent', async () => {
    const res = await create('traced').set('X-Request-Id', 'req-e2e-0001').expect(201);
    expect(res.headers['x-request-id']).toBe('req-e2e-0001');
    expect(await correlationAt(res.body.position)).toBe('req-e2e-0001');
    const line = logged().find((l) => l.requestId === 'req-e2e-0001');
    expect(line).toMatchObject({ level: 30, msg: expect.stringMatching(/^POST \/programmes 201 \(\d+ ms\)$/), req: { method: 'POST', url: '/programmes' }, res: { statusCode: 201 } });
    // The access token is in the request's headers, and not in the log.
    expect(line?.req.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(line)).not.toMatch(/Bearer /);
  });

  it('without one (or with a malformed one) the API makes the id, returns it and records it', async () => {
    for (const [id, header] of [['made', undefined], ['malformed', 'not an id <script>']] as const) {
      const req = create(`untraced-${id}`);
      const res = await (header ? req.set('X-Request-Id', header) : req).expect(201);
      const made = res.headers['x-request-id'];
      expect(made).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(await correlationAt(res.body.position)).toBe(made);
      expect(logged().some((l) => l.requestId === made && l.res?.statusCode === 201)).toBe(true);
    }
  });

  it('X-Correlation-Id is still taken, as the request id', async () => {
    const res = await create('correlated').set('X-Correlation-Id', 'corr-e2e-7').expect(201);
    expect(res.headers['x-request-id']).toBe('corr-e2e-7');
    expect(await correlationAt(res.body.position)).toBe('corr-e2e-7');
  });

  it('never logs a password, a token or a request body', async () => {
    await t.http.post('/auth/login').set('X-Request-Id', 'req-e2e-login').send({ username: 'nobody-here', password: PASSWORD });
    await t.http.post('/programmes').set(as()).set('Cookie', 'session=cookie-value-e2e').send({ programmeId: 'x', name: 'y', mission: PASSWORD });
    const all = lines.join('\n');
    expect(logged().some((l) => l.requestId === 'req-e2e-login')).toBe(true);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain('cookie-value-e2e');
  });
});
