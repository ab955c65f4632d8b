import { as, createTestApp, type TestApp } from '../support/app';
import { knownPeople } from '../support/arrange';

const source = { document: 'Service Review 2005', paragraph: '21' };

describe('queries: the programme now, as at a moment, what changed, and the audit history', () => {
  let t: TestApp;
  let beforeAgreement: string;
  let lastPosition = 0;

  const post = async (path: string, body: object, role = 'programme-office') => {
    const res = await t.http.post(path).set(as(role, `${role}-1`, role === 'lead' ? 'Tim Godwin' : 'Pat Office')).send(body);
    expect(res.status).toBe(201);
    lastPosition = res.body.position;
    return res;
  };
  const get = (path: string) => t.http.get(path).set(as('oversight-committee')).query({ waitForPosition: lastPosition });

  beforeAll(async () => {
    t = await createTestApp();
    await knownPeople(t, 'tim-godwin');
    await post('/programmes', { programmeId: 'mmp', name: 'Met Modernisation Programme', mission: 'Working together for a safer London', source });
    await post('/programmes/mmp/strategic-outcomes', { outcomeId: 'safer', title: 'Communities are, and feel, safer' });
    await post('/programmes/mmp/strategic-outcomes', { outcomeId: 'confidence', title: 'Communities have confidence in the police' });
    await post('/programmes/mmp/proposals', { proposalId: 'snt', title: 'Safer Neighbourhoods', aims: 'A team in every ward', source, outcomeIds: ['safer'], priorityIds: [] });
    await new Promise((r) => setTimeout(r, 20));
    beforeAgreement = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await post('/proposals/snt/agreement', { forum: 'Authority', decisionDate: '2005-09-29', meeting: 'Full Authority', minuteReference: 'MPA 29/09/05 5' });
    await post('/proposals/snt/lead-assignments', { leadId: 'tim-godwin', leadName: 'Tim Godwin', leadRole: 'AC', effectiveDate: '2005-10-01' }, 'programme-office');
  });
  afterAll(() => t.close());

  it('GET /programmes/:id: proposals by status and the outcome coverage matrix with the gap flagged', async () => {
    const res = await get('/programmes/mmp').expect(200);
    expect(res.headers['x-projected-through']).toBe(String(lastPosition));
    expect(res.body.proposalsByStatus).toEqual({ agreed: 1 });
    expect(res.body.outcomeCoverage).toEqual([
      { outcomeId: 'safer', title: 'Communities are, and feel, safer', proposals: [{ proposalId: 'snt', title: 'Safer Neighbourhoods' }], covered: true },
      { outcomeId: 'confidence', title: 'Communities have confidence in the police', proposals: [], covered: false },
    ]);
    expect(res.body.uncoveredOutcomes).toEqual(['confidence']);
  });

  it('GET /proposals/:id: lead and lead history, ETag of the stream version', async () => {
    const res = await get('/proposals/snt').expect(200);
    expect(res.body).toMatchObject({ status: 'agreed', lead: { leadId: 'tim-godwin', leadName: 'Tim Godwin' }, version: 3 });
    expect(res.headers.etag).toBe('"3"');
    expect(res.body.timeline[0]).toMatchObject({ eventType: 'LeadAssigned' });
  });

  it('GET /proposals filters and pages with a cursor', async () => {
    await post('/programmes/mmp/proposals', { proposalId: 'ctc', title: 'Counter-terrorism capability', aims: 'More capability', source, outcomeIds: ['safer'], priorityIds: [] });
    const first = await get('/proposals').query({ programmeId: 'mmp', limit: 1 }).expect(200);
    expect(first.body.items.map((p: { proposalId: string }) => p.proposalId)).toEqual(['ctc']);
    const second = await get('/proposals').query({ programmeId: 'mmp', limit: 1, cursor: first.body.nextCursor }).expect(200);
    expect(second.body.items.map((p: { proposalId: string }) => p.proposalId)).toEqual(['snt']);
    expect(second.body.nextCursor).toBeNull();
    const agreed = await get('/proposals').query({ status: 'agreed' }).expect(200);
    expect(agreed.body.items.map((p: { proposalId: string }) => p.proposalId)).toEqual(['snt']);
    await get('/proposals').query({ status: 'nonsense' }).expect(400);
  });

  it('GET /audit: who did what and why, filtered by proposal and event type', async () => {
    const res = await get('/audit').query({ proposalId: 'snt', eventType: 'LeadAssigned' }).expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ actorId: 'programme-office-1', actorRole: 'programme-office', proposalId: 'snt', programmeId: 'mmp' });
    expect(res.body.items[0].sentence).toBe('AC Tim Godwin assigned as lead of Safer Neighbourhoods by Pat Office (programme-office)');
    const all = await get('/audit').query({ programmeId: 'mmp', limit: 2 }).expect(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.nextCursor).toEqual(expect.any(String));
  });

  it('GET /programmes/:id/as-at: the programme as it stood before the agreement', async () => {
    const res = await get('/programmes/mmp/as-at').query({ at: beforeAgreement }).expect(200);
    expect(res.body.snapshot.proposalsByStatus).toEqual({ registered: 1 });
    expect(res.body.snapshot.proposals[0]).toMatchObject({ proposalId: 'snt', lead: null, status: 'registered' });
    expect(res.body.eventsFolded).toBe(4);
  });

  it('GET /programmes/:id/changes: what changed since, old → new, with the events behind it', async () => {
    const res = await get('/programmes/mmp/changes').query({ from: beforeAgreement }).expect(200);
    const snt = res.body.changes.proposals.changed.find((c: { id: string }) => c.id === 'snt');
    expect(snt.changes).toEqual(expect.arrayContaining([{ field: 'status', from: 'registered', to: 'agreed' }]));
    expect(res.body.changes.proposals.added.map((a: { id: string }) => a.id)).toEqual(['ctc']);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['ProposalAgreed', 'LeadAssigned', 'ProposalRegistered']);
    expect(res.body.events[1].sentence).toContain('assigned as lead of Safer Neighbourhoods');
  });

  it('bad query input is a 400, an unknown programme a 404', async () => {
    await get('/programmes/mmp/as-at').query({ at: 'yesterday' }).expect(400);
    await get('/programmes/mmp/as-at').expect(400);
    await get('/programmes/nowhere').expect(404);
    const unknown = await get('/programmes/nowhere/as-at').query({ at: '2006-01-01' }).expect(404);
    expect(unknown.body.code).toBe('PROGRAMME_NOT_FOUND');
    // "As at" is by recording time: before the programme was recorded it was not in the ledger.
    const early = await get('/programmes/mmp/as-at').query({ at: '2005-12-01' }).expect(404);
    expect(early.body).toMatchObject({ code: 'PROGRAMME_NOT_YET_RECORDED', message: expect.stringContaining('first recorded at') });
    await get('/audit').query({ waitForPosition: 'soon' }).expect(400);
  });
});
