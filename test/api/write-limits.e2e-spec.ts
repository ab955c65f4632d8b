import { as, createTestApp, lastPosition, type TestApp } from '../support/app';

/**
 * Issue 16: write limits per user on the limit table every API replica shares. Two API
 * processes' worth of Nest apps on one database; one user's commands go through both in turn.
 */
const LIMIT = 7;
const writeLimit = { limit: LIMIT, windowSeconds: 300 };
const source = { document: 'Service Review 2005', paragraph: '8' };

describe('write limits per user, shared by the API replicas', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp({ writeLimit });
    b = await createTestApp({ writeLimit, sharedDatabaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const create = (t: TestApp, who: Record<string, string>, id: string) =>
    t.http.post('/programmes').set(who).send({ programmeId: id, name: `Programme ${id}`, mission: 'Count the writes', source });

  it('accepts exactly the configured number of one user\'s commands across both replicas, then 429 with nothing appended', async () => {
    const writer = () => as('programme-office', 'po-writer', 'Pat Writer');
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof create>> | undefined;
    for (let i = 0; i < LIMIT * 2 && !refused; i++) {
      const res = await create(i % 2 === 0 ? a : b, writer(), `limited-${i}`);
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMIT);
    expect(statuses.slice(0, LIMIT).every((s) => s === 201)).toBe(true);
    expect(refused?.body).toMatchObject({ code: 'WRITE_RATE_LIMITED', statusCode: 429 });
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // Refused on either replica, and nothing recorded.
    const before = await lastPosition(a);
    for (const t of [a, b]) expect((await create(t, writer(), `refused-${t === a ? 'a' : 'b'}`)).status).toBe(429);
    expect(await lastPosition(a)).toBe(before);

    // Reads are not writes, and another user has an allowance of their own.
    await a.http.get('/programmes').set(writer()).expect(200);
    await create(b, as('programme-office', 'po-other', 'Other Writer'), 'other-user').expect(201);
  });
});
