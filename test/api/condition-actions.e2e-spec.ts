import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { ConditionActionsReactor } from '../../apps/api/action/condition-actions.reactor';
import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { arrange, knownPeople } from '../support/arrange';

/**
 * #14: decisions name the meeting they were taken at; the conditions of an agreement, an
 * approval or a decision become actions by themselves, once each; an issue raised from a
 * risk that materialised links both ways.
 */
describe('conditions become actions; decisions at meetings; issues from risks', () => {
  let t: TestApp;
  const office = () => as('programme-office');
  const committee = () => as('oversight-committee');

  const meeting = (meetingId: string, forum: string, date: string) => ({ meetingId, forum, forumName: forum === 'Authority' ? 'Full Authority' : 'MPA Oversight Committee', title: `${forum}, ${date}`, date });
  const agreement = (extra: object = {}) => ({ forum: 'Authority', decisionDate: '2005-09-29', meeting: 'Full Authority, 29 September 2005', minuteReference: 'MPA 29/09/05 item 5', ...extra });

  async function post(path: string, body: object, who = office()): Promise<{ position: number; streamId: string }> {
    return (await t.http.post(path).set(who).send(body).expect(201)).body;
  }
  const read = async (path: string, position: number, who = office()) =>
    (await t.http.get(`${path}${path.includes('?') ? '&' : '?'}waitForPosition=${position}`).set(who).expect(200)).body;
  const conditionActionsOf = async (position: number, proposalId: string) =>
    (await read('/programmes/mmp/actions', position)).items.filter((a: { origin: string; proposalId: string | null }) => a.origin === 'condition' && a.proposalId === proposalId);

  beforeAll(async () => {
    t = await createTestApp();
    const given = arrange(t);
    await given.programme('mmp');
    await knownPeople(t, 'stephen-rimmer');
    for (const id of ['sn', 'ct', 'crash', 'bc', 'other-forum']) await given.proposal('mmp', id);
    await post('/programmes/mmp/meetings', meeting('auth-0929', 'Authority', '2005-09-29'));
    await post('/programmes/mmp/meetings', meeting('over-0309', 'Committee', '2006-03-09'));
    await post('/programmes/mmp/meetings', meeting('over-0203', 'Committee', '2006-02-03'));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  describe('an agreement at a meeting, with conditions', () => {
    it('201: each condition becomes exactly one action, owned and due as asked, raised at the meeting', async () => {
      const res = await post('/proposals/sn/agreement', agreement({
        meetingId: 'auth-0929',
        conditions: ['Subject to the ongoing formal consultation process', 'Detailed business cases will follow'],
        followUp: { ownerName: 'Stephen Rimmer', ownerPersonId: 'stephen-rimmer', dueMeetingId: 'over-0309' },
      }));
      // The write's position covers the actions: a read that waits for it sees them.
      const actions = await conditionActionsOf(res.position, 'sn');
      expect(actions).toHaveLength(2);
      expect(actions.map((a: { condition: string }) => a.condition).sort()).toEqual(['Detailed business cases will follow', 'Subject to the ongoing formal consultation process']);
      for (const a of actions) {
        expect(a).toMatchObject({ owner: { personId: 'stephen-rimmer', name: 'Stephen Rimmer' }, meetingId: 'auth-0929', dueMeetingId: 'over-0309', dueOn: '2006-03-09', raisedOn: '2005-09-29', status: 'open' });
        expect(a.actionId).toMatch(/^condition-[0-9a-f-]{36}-[12]$/);
      }
      // The answer accounts for what the agreement recorded elsewhere: each action's stream and event.
      const caused = (res as unknown as { caused: { streamId: string; events: string[] }[] }).caused;
      expect(caused.map((c) => c.streamId).sort()).toEqual(actions.map((a: { actionId: string }) => `action-${a.actionId}`).sort());
      expect(caused.every((c) => c.events.length === 1 && c.events[0] === 'ActionRaised')).toBe(true);
      // The owner sees them as theirs.
      const mine = await read('/actions/mine', res.position, as('lead', 'stephen-rimmer'));
      expect(mine.items).toHaveLength(2);
    });

    it('a retried agreement (same Idempotency-Key) and a restart raise no action twice', async () => {
      const body = agreement({ conditions: ['Report the consultation outcome'] });
      const first = (await t.http.post('/proposals/ct/agreement').set(office()).set('Idempotency-Key', 'agree-ct').send(body).expect(201)).body;
      expect(await conditionActionsOf(first.position, 'ct')).toHaveLength(1);
      const retry = await expectNothingAppended(t, () => t.http.post('/proposals/ct/agreement').set(office()).set('Idempotency-Key', 'agree-ct').send(body).expect(201));
      expect(retry.body.duplicate).toBe(true);
      await expectNothingAppended(t, () => t.app.get(ConditionActionsReactor).onApplicationBootstrap());
      const actions = await conditionActionsOf(first.position, 'ct');
      // Defaults: the programme office (no lead yet), three months after the agreement.
      expect(actions).toEqual([expect.objectContaining({ owner: { personId: null, name: 'Programme office' }, dueOn: '2005-12-29', dueMeetingId: null, meetingId: 'mmp-authority-2005-09-29' })]);
    });

    it('after a crash between the agreement and its actions, the restart raises them, once', async () => {
      // As if the API stopped right after appending the agreement: the event is there, its actions are not.
      const store = t.app.get<EventStore>(EVENT_STORE);
      const version = await store.streamVersion('proposal-crash');
      const agreed = { proposalId: 'crash', forum: 'Authority', decisionDate: '2005-09-29', meeting: 'Full Authority', meetingId: 'auth-0929', minuteReference: 'x', conditions: ['One', 'Two'], followUp: null };
      const appended = await store.append('proposal-crash', [{ eventId: '00000000-0000-4000-8000-00000000c0de', event: { type: 'ProposalAgreed', data: agreed }, schemaVersion: 2 }], version, { actor: { id: 'programme-office-user', role: 'programme-office' }, correlationId: 'crash-test' });
      expect(await conditionActionsOf(appended.lastPosition, 'crash')).toEqual([]);
      await t.app.get(ConditionActionsReactor).onApplicationBootstrap();
      const head = (await t.http.get('/health').expect(200)).body.eventStore.lastPosition;
      const actions = await conditionActionsOf(head, 'crash');
      expect(actions.map((a: { actionId: string }) => a.actionId).sort()).toEqual(['condition-00000000-0000-4000-8000-00000000c0de-1', 'condition-00000000-0000-4000-8000-00000000c0de-2']);
      await expectNothingAppended(t, () => t.app.get(ConditionActionsReactor).onApplicationBootstrap());
    });

    it('400: a meeting of another forum; 404: a meeting that does not exist; 400: due before the agreement — each appends nothing', async () => {
      const wrongForum = await expectNothingAppended(t, () => t.http.post('/proposals/other-forum/agreement').set(office()).send(agreement({ meetingId: 'over-0309', conditions: ['x'] })).expect(400));
      expect(wrongForum.body).toMatchObject({ code: 'MEETING_OF_ANOTHER_FORUM', errors: [{ field: 'meetingId' }] });
      const missing = await expectNothingAppended(t, () => t.http.post('/proposals/other-forum/agreement').set(office()).send(agreement({ meetingId: 'nope' })).expect(404));
      expect(missing.body).toMatchObject({ code: 'MEETING_NOT_FOUND', field: 'meetingId' });
      const early = await expectNothingAppended(t, () => t.http.post('/proposals/other-forum/agreement').set(office()).send(agreement({ conditions: ['x'], followUp: { dueOn: '2005-09-01' } })).expect(400));
      expect(early.body).toMatchObject({ code: 'DATE_OUT_OF_ORDER', errors: [{ field: 'followUp.dueOn' }] });
      await expectNothingAppended(t, () => t.http.post('/proposals/other-forum/agreement').set(office()).send(agreement({ followUp: { dueMeetingId: 'nope' } })).expect(404));
    });

    it('409: a condition action completed twice', async () => {
      const [action] = await conditionActionsOf((await t.http.get('/health')).body.eventStore.lastPosition, 'sn');
      await post(`/actions/${action.actionId}/completion`, { evidence: 'Consultation report, paper 5', completedOn: '2006-02-01' });
      const again = await expectNothingAppended(t, () => t.http.post(`/actions/${action.actionId}/completion`).set(office()).send({ evidence: 'again', completedOn: '2006-02-02' }).expect(409));
      expect(again.body.code).toBe('ACTION_ALREADY_CLOSED');
    });
  });

  describe('approvals and decisions with conditions; the meeting page', () => {
    it('201: a business case approved at a committee meeting with a condition, and a decision with one, each raise an action', async () => {
      const given = arrange(t);
      await given.agreed('bc');
      await given.businessCase('bc');
      const approved = await post('/proposals/bc/business-cases/1/approval', { meeting: 'MPA Oversight Committee', decisionDate: '2006-02-03', meetingId: 'over-0203', conditions: ['Phase the savings by year'] }, committee());
      expect(await conditionActionsOf(approved.position, 'bc')).toEqual([expect.objectContaining({ condition: 'Phase the savings by year', meetingId: 'over-0203', dueOn: '2006-05-03' })]);
      const decided = await post('/programmes/mmp/decisions', {
        decisionId: 'd-0203', forum: 'Committee', decisionDate: '2006-02-03', subject: 'Critical focus 2006/07', outcome: 'approve-with-conditions',
        rationale: 'Supported', conditions: ['Report progress in March'], minuteReference: 'OC 3/2/06', meetingId: 'over-0203', followUp: { dueOn: '2006-03-09' },
      }, committee());
      const actions = (await read('/programmes/mmp/actions', decided.position)).items.filter((a: { decisionId: string | null }) => a.decisionId === 'd-0203');
      expect(actions).toEqual([expect.objectContaining({ origin: 'condition', condition: 'Report progress in March', meetingId: 'over-0203', dueOn: '2006-03-09' })]);

      const page = await read('/meetings/over-0203', decided.position, committee());
      expect(page.decisionsTaken).toEqual([
        expect.objectContaining({ kind: 'business-case-approval', proposalId: 'bc', forum: 'Committee', conditions: ['Phase the savings by year'] }),
        expect.objectContaining({ kind: 'decision', decisionId: 'd-0203', forum: 'Committee', outcome: 'approve-with-conditions' }),
      ]);
      expect(page.actionsRaised.map((a: { condition: string }) => a.condition).sort()).toEqual(['Phase the savings by year', 'Report progress in March']);
      const authority = await read('/meetings/auth-0929', decided.position, committee());
      expect(authority.decisionsTaken.map((d: { kind: string; proposalId: string }) => `${d.kind} ${d.proposalId}`)).toEqual(['agreement sn', 'agreement crash']);
    });

    it('400: a decision at a meeting of another forum appends nothing', async () => {
      const res = await expectNothingAppended(t, () => t.http.post('/programmes/mmp/decisions').set(office()).send({
        decisionId: 'd-x', forum: 'Authority', decisionDate: '2006-02-03', subject: 'x', outcome: 'approve', rationale: 'x', minuteReference: 'x', meetingId: 'over-0203',
      }).expect(400));
      expect(res.body.code).toBe('MEETING_OF_ANOTHER_FORUM');
    });
  });

  describe('an issue raised from a risk that materialised', () => {
    const risk = (riskId: string) => ({
      riskId, proposalId: 'sn', kind: 'threat', category: 'risk', title: 'PCSO recruitment falls short', cause: 'Competition', event: 'Teams short', effect: 'Delay',
      ownerName: 'AC TP', likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 3, proximity: '2006/07', response: 'reduce', actions: [], raisedOn: '2005-10-14',
    });
    const issue = (issueId: string, riskId: string) => ({ issueId, riskId, title: 'PCSO recruitment behind plan', description: 'Outer boroughs short', severity: 'high', ownerName: 'AC TP', raisedOn: '2006-01-15' });

    it('201: the issue shows its risk, the risk the issues raised from it', async () => {
      await post('/programmes/mmp/risks', risk('r-pcso'));
      const res = await post('/programmes/mmp/issues', issue('i-pcso', 'r-pcso'));
      const issues = await read('/programmes/mmp/issues', res.position);
      expect(issues.items).toEqual([expect.objectContaining({ issueId: 'i-pcso', riskId: 'r-pcso' })]);
      const proposal = await read('/proposals/sn', res.position);
      expect(proposal.risks).toEqual([expect.objectContaining({ riskId: 'r-pcso', issueIds: ['i-pcso'] })]);
    });

    it('409: an issue from a closed risk appends nothing', async () => {
      await post('/programmes/mmp/risks', risk('r-closed'));
      await post('/risks/r-closed/closure', { reason: 'Recruitment complete', closedOn: '2006-01-01' });
      const res = await expectNothingAppended(t, () => t.http.post('/programmes/mmp/issues').set(office()).send(issue('i-late', 'r-closed')).expect(409));
      expect(res.body).toMatchObject({ code: 'ISSUE_RISK_CLOSED', field: 'riskId' });
    });
  });
});
