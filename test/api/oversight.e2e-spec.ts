import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { arrange, knownPeople } from '../support/arrange';

/** The oversight loop end to end: meetings, actions, issues, reporting duties. */
describe('oversight: meetings, actions, issues, reporting duties', () => {
  let t: TestApp;
  const office = () => as('programme-office');
  const committee = () => as('oversight-committee');
  const lead = (personId = 'tim-godwin') => as('lead', personId);

  const meeting = (meetingId: string, date: string, extra: object = {}) => ({
    meetingId,
    forum: 'Committee',
    forumName: 'MPA Oversight Committee',
    title: `Oversight Committee, ${date}`,
    date,
    ...extra,
  });
  const action = (actionId: string, extra: object = {}) => ({
    actionId,
    title: 'Complete the formal consultation',
    ownerName: 'AC Tim Godwin',
    ownerPersonId: 'tim-godwin',
    origin: 'condition',
    condition: 'subject to the ongoing formal consultation process',
    proposalId: 'sn',
    dueMeetingId: 'm-0309',
    raisedOn: '2005-09-29',
    ...extra,
  });

  /** Posts and returns the body; a read then waits for the write's position. */
  async function post(path: string, body: object, who = office()): Promise<{ position: number }> {
    return (await t.http.post(path).set(who).send(body).expect(201)).body;
  }
  const read = async (path: string, position: number, who = office()) =>
    (await t.http.get(`${path}${path.includes('?') ? '&' : '?'}waitForPosition=${position}`).set(who).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    await knownPeople(t, 'tim-godwin', 'someone-else');
    const given = arrange(t);
    await given.proposal(await given.programme('mmp'), 'sn');
    await given.bareProgramme('other');
    await post('/programmes/mmp/meetings', meeting('m-0309', '2006-03-09', { source: { document: 'MPA report 001', paragraph: '13' } }));
    await post('/programmes/mmp/meetings', meeting('m-0126', '2006-01-26'));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  describe('meetings', () => {
    it('201: schedules a meeting; the forward plan lists it with its agenda by date', async () => {
      const res = await t.http.post('/programmes/mmp/meetings').set(office()).send(meeting('m-0406', '2006-04-06')).expect(201);
      expect(res.body).toMatchObject({ streamId: 'meeting-m-0406', version: 1, id: 'm-0406', events: ['MeetingScheduled'] });
      const item = await post('/meetings/m-0406/agenda-items', { itemId: 'plans', kind: 'proposal-report', title: 'The 1 and 3 year plans', paper: 'Report 6', proposalId: 'sn' });
      const plan = await read('/programmes/mmp/meetings?status=planned', item.position, committee());
      const ids = plan.items.map((m: { meetingId: string }) => m.meetingId);
      expect(ids.indexOf('m-0126')).toBeLessThan(ids.indexOf('m-0309'));
      expect(ids.indexOf('m-0309')).toBeLessThan(ids.indexOf('m-0406'));
      const m = plan.items.find((x: { meetingId: string }) => x.meetingId === 'm-0406');
      expect(m.agenda).toEqual([{ itemId: 'plans', kind: 'proposal-report', title: 'The 1 and 3 year plans', paper: 'Report 6', proposalId: 'sn' }]);
    });

    it('400: a bad date, an unknown forum, an unknown field; nothing appended', async () => {
      for (const body of [meeting('m-x', '2006-02-30'), meeting('m-x', '2006-03-01', { forum: 'Cabinet' }), meeting('m-x', '2006-03-01', { minutes: 'x' })]) {
        const res = await expectNothingAppended(t, () => t.http.post('/programmes/mmp/meetings').set(office()).send(body).expect(400));
        expect(res.body.code).toMatch(/^(VALIDATION_FAILED|INVALID_CALENDAR_DATE)$/);
        expect(res.body.errors[0].field).toBeDefined();
      }
    });

    it('400: a business case item that names no proposal, with the field', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http.post('/meetings/m-0309/agenda-items').set(office()).send({ itemId: 'bc', kind: 'business-case', title: 'Business case' }).expect(400),
      );
      expect(res.body).toMatchObject({ code: 'AGENDA_ITEM_PROPOSAL_REQUIRED', errors: [{ field: 'proposalId' }] });
    });

    it('403: the committee and leads may not schedule meetings or set agendas', async () => {
      await expectNothingAppended(t, () => t.http.post('/programmes/mmp/meetings').set(committee()).send(meeting('m-c', '2006-05-01')).expect(403));
      await expectNothingAppended(t, () => t.http.post('/meetings/m-0309/agenda-items').set(lead()).send({ itemId: 'x', kind: 'other', title: 'x' }).expect(403));
    });

    it('404: no such programme, meeting or proposal', async () => {
      expect((await expectNothingAppended(t, () => t.http.post('/programmes/nope/meetings').set(office()).send(meeting('m-n', '2006-05-01')).expect(404))).body.code).toBe('PROGRAMME_NOT_FOUND');
      expect((await expectNothingAppended(t, () => t.http.post('/meetings/nope/agenda-items').set(office()).send({ itemId: 'x', kind: 'other', title: 'x' }).expect(404))).body.code).toBe('MEETING_NOT_FOUND');
      expect((await expectNothingAppended(t, () => t.http.post('/meetings/m-0309/agenda-items').set(office()).send({ itemId: 'x', kind: 'proposal-report', title: 'x', proposalId: 'nope' }).expect(404))).body.code).toBe('PROPOSAL_NOT_FOUND');
      await t.http.get('/meetings/nope').set(office()).expect(404);
      await t.http.get('/programmes/nope/meetings').set(office()).expect(404);
    });

    it('409: a meeting scheduled twice; an agenda item for a meeting already held', async () => {
      expect((await expectNothingAppended(t, () => t.http.post('/programmes/mmp/meetings').set(office()).send(meeting('m-0309', '2006-03-09')).expect(409))).body.code).toBe('MEETING_ALREADY_SCHEDULED');
      await post('/programmes/mmp/meetings', meeting('m-held', '2005-12-01'));
      await post('/meetings/m-held/held', { heldOn: '2005-12-01' });
      const res = await expectNothingAppended(t, () => t.http.post('/meetings/m-held/agenda-items').set(office()).send({ itemId: 'late', kind: 'other', title: 'Late' }).expect(409));
      expect(res.body.code).toBe('MEETING_ALREADY_HELD');
      await expectNothingAppended(t, () => t.http.post('/meetings/m-held/held').set(office()).send({ heldOn: '2005-12-01' }).expect(409));
    });

    it('412: a stale If-Match', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http.post('/meetings/m-0126/agenda-items').set(office()).set('If-Match', '"7"').send({ itemId: 'x', kind: 'other', title: 'x' }).expect(412),
      );
      expect(res.body.currentVersion).toBe(1);
    });
  });

  describe('actions', () => {
    it('201: a condition becomes an action due at the meeting it must come back to', async () => {
      const res = await t.http.post('/programmes/mmp/actions').set(committee()).send(action('a-consult')).expect(201);
      expect(res.body).toMatchObject({ streamId: 'action-a-consult', version: 1, events: ['ActionRaised'] });
      const page = await read('/meetings/m-0309?on=2006-02-01', res.body.position, committee());
      expect(page.actionsDue).toEqual([expect.objectContaining({ actionId: 'a-consult', dueOn: '2006-03-09', registerStatus: 'open', overdue: false })]);
    });

    it('the register derives overdue from the day asked about, and filters', async () => {
      const { position } = await post('/programmes/mmp/actions', action('a-late', { origin: 'office', condition: undefined, dueMeetingId: undefined, dueOn: '2006-01-10', ownerPersonId: 'someone-else', ownerName: 'Director of Resources' }));
      const on = await read('/programmes/mmp/actions?on=2006-02-01', position);
      expect(on.counts).toMatchObject({ overdue: 1 });
      expect(on.items.map((a: { actionId: string }) => a.actionId)).toEqual(['a-late', 'a-consult']);
      const overdue = await read('/programmes/mmp/actions?on=2006-02-01&status=overdue', position);
      expect(overdue.items.map((a: { actionId: string }) => a.actionId)).toEqual(['a-late']);
      expect((await read('/programmes/mmp/actions?on=2006-01-10&status=overdue', position)).items).toEqual([]);
      expect((await read('/programmes/mmp/actions?owner=tim-godwin', position)).items.map((a: { actionId: string }) => a.actionId)).toEqual(['a-consult']);
      expect((await read('/programmes/mmp/actions?forum=Committee', position)).items.map((a: { actionId: string }) => a.actionId)).toEqual(['a-consult']);
      expect((await read('/programmes/mmp/actions?dueBefore=2006-02-01', position)).items.map((a: { actionId: string }) => a.actionId)).toEqual(['a-late']);
      const mine = await read('/actions/mine?on=2006-02-01', position, lead());
      expect(mine.items.map((a: { actionId: string }) => a.actionId)).toEqual(['a-consult']);
    });

    it('400: due neither by a date nor at a meeting; bad status filter', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http.post('/programmes/mmp/actions').set(office()).send(action('a-nodue', { dueMeetingId: undefined })).expect(400),
      );
      expect(res.body).toMatchObject({ code: 'ACTION_DUE_REQUIRED', errors: [{ field: 'dueOn' }] });
      await t.http.get('/programmes/mmp/actions?status=late').set(office()).expect(400);
    });

    it('403: a lead may not raise actions, nor complete one they do not own', async () => {
      await expectNothingAppended(t, () => t.http.post('/programmes/mmp/actions').set(lead()).send(action('a-lead')).expect(403));
      const res = await expectNothingAppended(t, () =>
        t.http.post('/actions/a-consult/completion').set(lead('someone-else-entirely')).send({ evidence: 'x', completedOn: '2006-02-01' }).expect(403),
      );
      expect(res.body.code).toBe('NOT_ACTION_OWNER');
      await expectNothingAppended(t, () => t.http.post('/actions/a-consult/completion').set(committee()).send({ evidence: 'x', completedOn: '2006-02-01' }).expect(403));
    });

    it('404: no such action, due meeting or programme', async () => {
      expect((await expectNothingAppended(t, () => t.http.post('/actions/nope/completion').set(office()).send({ evidence: 'x', completedOn: '2006-02-01' }).expect(404))).body.code).toBe('ACTION_NOT_FOUND');
      const res = await expectNothingAppended(t, () => t.http.post('/programmes/mmp/actions').set(office()).send(action('a-x', { dueMeetingId: 'nope' })).expect(404));
      expect(res.body.code).toBe('MEETING_NOT_FOUND');
      await expectNothingAppended(t, () => t.http.post('/programmes/nope/actions').set(office()).send(action('a-y')).expect(404));
      await t.http.get('/programmes/nope/actions').set(office()).expect(404);
    });

    it('201 then 409: its owner completes it with evidence; an action closed twice is refused', async () => {
      const done = await t.http.post('/actions/a-consult/completion').set(lead()).send({ evidence: 'Consultation report, 26 January 2006', completedOn: '2006-01-26' }).expect(201);
      expect(done.body.events).toEqual(['ActionCompleted']);
      const res = await expectNothingAppended(t, () => t.http.post('/actions/a-consult/completion').set(office()).send({ evidence: 'again', completedOn: '2006-01-27' }).expect(409));
      expect(res.body.code).toBe('ACTION_ALREADY_CLOSED');
      await expectNothingAppended(t, () => t.http.post('/actions/a-consult/drop').set(office()).send({ reason: 'x', droppedOn: '2006-01-27' }).expect(409));
      const reg = await read('/programmes/mmp/actions?status=done', done.body.position);
      expect(reg.items).toEqual([expect.objectContaining({ actionId: 'a-consult', evidence: 'Consultation report, 26 January 2006', closedOn: '2006-01-26' })]);
    });

    it('201: the committee drops an action with a reason; 400 without one', async () => {
      await expectNothingAppended(t, () => t.http.post('/actions/a-late/drop').set(committee()).send({ droppedOn: '2006-02-01' }).expect(400));
      const res = await t.http.post('/actions/a-late/drop').set(committee()).send({ reason: 'Overtaken by the budget', droppedOn: '2006-02-01' }).expect(201);
      expect(res.body.events).toEqual(['ActionDropped']);
    });

    it('412: a stale If-Match', async () => {
      await post('/programmes/mmp/actions', action('a-412', { origin: 'office', condition: undefined }));
      await expectNothingAppended(t, () => t.http.post('/actions/a-412/completion').set(office()).set('If-Match', '"3"').send({ evidence: 'x', completedOn: '2006-01-01' }).expect(412));
    });
  });

  describe('issues', () => {
    const issue = (issueId: string, extra: object = {}) => ({ issueId, title: 'PCSO recruitment behind plan', description: 'Outer boroughs short', severity: 'high', ownerName: 'AC TP', raisedOn: '2006-01-15', ...extra });

    it('201: raised, escalated to a forum, listed by forum, resolved', async () => {
      await post('/programmes/mmp/issues', issue('i-pcso', { proposalId: 'sn' }));
      const esc = await post('/issues/i-pcso/escalation', { forum: 'Committee', meetingId: 'm-0309', reason: 'Needs members', escalatedOn: '2006-02-01' });
      const list = await read('/programmes/mmp/issues?forum=Committee&status=open', esc.position, committee());
      expect(list.items).toEqual([expect.objectContaining({ issueId: 'i-pcso', escalations: [{ forum: 'Committee', meetingId: 'm-0309', reason: 'Needs members', escalatedOn: '2006-02-01' }] })]);
      const res = await post('/issues/i-pcso/resolution', { resolution: 'Funded', resolvedOn: '2006-03-09' });
      expect((await read('/programmes/mmp/issues?status=open', res.position)).items).toEqual([]);
    });

    it('400, 403, 404, 409, 412 — each appends nothing', async () => {
      await expectNothingAppended(t, () => t.http.post('/programmes/mmp/issues').set(office()).send(issue('i-bad', { severity: 'dire' })).expect(400));
      await expectNothingAppended(t, () => t.http.post('/programmes/mmp/issues').set(committee()).send(issue('i-c')).expect(403));
      expect((await expectNothingAppended(t, () => t.http.post('/programmes/mmp/issues').set(office()).send(issue('i-r', { riskId: 'nope' })).expect(404))).body).toMatchObject({ code: 'RISK_NOT_FOUND' });
      expect((await expectNothingAppended(t, () => t.http.post('/issues/nope/resolution').set(office()).send({ resolution: 'x', resolvedOn: '2006-01-01' }).expect(404))).body.code).toBe('ISSUE_NOT_FOUND');
      expect((await expectNothingAppended(t, () => t.http.post('/issues/i-pcso/resolution').set(office()).send({ resolution: 'x', resolvedOn: '2006-04-01' }).expect(409))).body.code).toBe('ISSUE_ALREADY_RESOLVED');
      await post('/programmes/mmp/issues', issue('i-412'));
      await expectNothingAppended(t, () => t.http.post('/issues/i-412/escalation').set(office()).set('If-Match', '"5"').send({ forum: 'Authority', reason: 'x', escalatedOn: '2006-02-01' }).expect(412));
    });
  });

  describe('reporting duties', () => {
    const duty = (dutyId: string, extra: object = {}) => ({
      dutyId,
      subject: 'programme',
      title: 'Performance reported to the PPRC for scrutiny',
      forum: 'Committee',
      forumName: 'MPA PPRC',
      recurrence: 'recurring',
      dueDates: ['2006-03-09', '2006-06-08'],
      ...extra,
    });

    it('201: a duty lists its due days as due, received or overdue; the meeting of the day lists the report', async () => {
      await post('/programmes/mmp/reporting-duties', duty('d-perf'), committee());
      const rec = await post('/reporting-duties/d-perf/reports', { dueOn: '2006-03-09', receivedOn: '2006-03-02', paper: 'Report 7', covers: 'Q3 2005/06' });
      const list = await read('/programmes/mmp/reporting-duties?on=2006-07-01', rec.position);
      expect(list.overdue).toBe(1);
      expect(list.items[0].schedule.map((s: { state: string }) => s.state)).toEqual(['received', 'overdue']);
      const page = await read('/meetings/m-0309', rec.position);
      expect(page.reportsDue).toEqual([expect.objectContaining({ dutyId: 'd-perf', dueOn: '2006-03-09', state: 'received' })]);
    });

    it('400, 403, 404, 409, 412 — each appends nothing', async () => {
      expect((await expectNothingAppended(t, () => t.http.post('/programmes/mmp/reporting-duties').set(office()).send(duty('d-bad', { recurrence: 'one-off' })).expect(400))).body).toMatchObject({ code: 'REPORTING_DUTY_DATES_INVALID', errors: [{ field: 'dueDates' }] });
      await expectNothingAppended(t, () => t.http.post('/programmes/mmp/reporting-duties').set(lead()).send(duty('d-l')).expect(403));
      await expectNothingAppended(t, () => t.http.post('/reporting-duties/d-perf/reports').set(committee()).send({ dueOn: '2006-06-08', receivedOn: '2006-06-01', paper: 'p', covers: 'c' }).expect(403));
      await expectNothingAppended(t, () => t.http.post('/reporting-duties/nope/reports').set(office()).send({ dueOn: '2006-06-08', receivedOn: '2006-06-01', paper: 'p', covers: 'c' }).expect(404));
      const notDue = await expectNothingAppended(t, () => t.http.post('/reporting-duties/d-perf/reports').set(office()).send({ dueOn: '2006-05-01', receivedOn: '2006-05-01', paper: 'p', covers: 'c' }).expect(409));
      expect(notDue.body.code).toBe('REPORT_PERIOD_NOT_DUE');
      expect((await expectNothingAppended(t, () => t.http.post('/reporting-duties/d-perf/reports').set(office()).send({ dueOn: '2006-03-09', receivedOn: '2006-03-03', paper: 'p', covers: 'c' }).expect(409))).body.code).toBe('REPORT_ALREADY_RECEIVED');
      await expectNothingAppended(t, () => t.http.post('/reporting-duties/d-perf/reports').set(office()).set('If-Match', '"9"').send({ dueOn: '2006-06-08', receivedOn: '2006-06-01', paper: 'p', covers: 'c' }).expect(412));
    });
  });
});
