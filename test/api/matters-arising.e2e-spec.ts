import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, createTestApp, type TestApp } from '../support/app';
import { arrange, knownPeople } from '../support/arrange';
import { redigest, runVerifier } from '../support/verify-pack';

/**
 * The committee pack opens with matters arising: for the meeting of 9 March 2006 (business
 * time: the record tells it by the days the events name), after the meeting of 26 January.
 */
describe('committee pack: matters arising', () => {
  let t: TestApp;
  const committee = () => as('oversight-committee');
  const post = async (path: string, body: object, who = as()) => (await t.http.post(path).set(who).send(body).expect(201)).body as { position: number };
  const action = (actionId: string, extra: object) => ({ actionId, title: `Action ${actionId}`, ownerName: 'AC Tim Godwin', ownerPersonId: 'tim-godwin', origin: 'office', raisedOn: '2005-10-01', ...extra });
  const pack = (query: Record<string, string | number>) =>
    t.http.get('/programmes/mmp/committee-pack').set(committee()).query({ meeting: '2006-03-09', previous: '2006-01-26', basis: 'business', ...query }).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    await knownPeople(t, 'tim-godwin');
    const given = arrange(t);
    await given.proposal(await given.programme('mmp'), 'sn');
    await post('/programmes/mmp/meetings', { meetingId: 'm1', forum: 'Committee', forumName: 'MPA Oversight Committee', title: 'January', date: '2006-01-26' });
    await post('/programmes/mmp/meetings', { meetingId: 'm2', forum: 'Committee', forumName: 'MPA Oversight Committee', title: 'March', date: '2006-03-09' });
    await post('/programmes/mmp/actions', action('a-due', { origin: 'condition', condition: 'subject to the ongoing formal consultation process', proposalId: 'sn', dueMeetingId: 'm2' }), committee());
    await post('/programmes/mmp/actions', action('a-done', { dueMeetingId: 'm2' }));
    await post('/actions/a-done/completion', { evidence: 'Paper 5 to the committee', completedOn: '2006-02-01' }, as('lead', 'tim-godwin'));
    await post('/programmes/mmp/actions', action('a-old', { dueOn: '2006-01-20' }));
    await post('/actions/a-old/completion', { evidence: 'Minuted', completedOn: '2006-01-10' });
    await post('/programmes/mmp/actions', action('a-over', { dueOn: '2006-02-15' }));
    await post('/programmes/mmp/actions', action('a-later', { dueOn: '2006-06-30' }));
    await post('/programmes/mmp/issues', { issueId: 'i1', title: 'PCSO shortfall', description: 'Short', severity: 'high', ownerName: 'AC TP', raisedOn: '2006-01-15' });
    await post('/issues/i1/escalation', { forum: 'Committee', meetingId: 'm2', reason: 'Needs members', escalatedOn: '2006-02-01' });
    await post('/programmes/mmp/reporting-duties', { dutyId: 'd1', subject: 'programme', title: 'Performance', forum: 'Committee', forumName: 'MPA PPRC', recurrence: 'recurring', dueDates: ['2006-01-05', '2006-02-20', '2006-03-09'] });
    await post('/reporting-duties/d1/reports', { dueOn: '2006-02-20', receivedOn: '2006-02-18', paper: 'PPRC paper 4', covers: 'Q3' });
  }, 120_000);
  afterAll(() => t?.close());

  it('lists the actions due at the meeting, done since the last one, overdue; open issues; reports due', async () => {
    const { body } = await pack({});
    const ids = (list: { actionId: string }[]) => list.map((a) => a.actionId);
    expect(ids(body.mattersArising.actionsDue)).toEqual(['a-due']);
    expect(body.mattersArising.actionsDue[0].condition).toBe('subject to the ongoing formal consultation process');
    expect(ids(body.mattersArising.actionsDoneSinceLastMeeting)).toEqual(['a-done']);
    expect(body.mattersArising.actionsDoneSinceLastMeeting[0]).toMatchObject({ evidence: 'Paper 5 to the committee', closedOn: '2006-02-01' });
    expect(ids(body.mattersArising.actionsOverdue)).toEqual(['a-over']);
    expect(body.mattersArising.issuesOpen).toEqual([{ issueId: 'i1', title: 'PCSO shortfall', severity: 'high', ownerName: 'AC TP', raisedOn: '2006-01-15', escalatedTo: ['Committee'] }]);
    expect(body.mattersArising.reports.map((r: { dueOn: string; state: string }) => `${r.dueOn} ${r.state}`)).toEqual(['2006-02-20 received', '2006-03-09 due']);
  });

  it('proves each matter arising in the Merkle log (every event it was built from), and tools/verify-pack checks them', async () => {
    const body = JSON.parse((await pack({ format: 'json' })).text);
    type Proof = { matter?: { kind: string; id: string }; event: { type: string; data: Record<string, unknown> }; path: string[] };
    const proofs: Proof[] = body.log.inclusion;
    const byMatter: Record<string, string[]> = {};
    for (const p of proofs.filter((e) => e.matter)) (byMatter[`${p.matter!.kind}:${p.matter!.id}`] ??= []).push(p.event.type);
    expect(byMatter).toEqual({
      'action:a-done': ['ActionRaised', 'ActionCompleted'],
      'action:a-due': ['ActionRaised'],
      'action:a-over': ['ActionRaised'],
      'issue:i1': ['IssueRaised', 'IssueEscalated'],
      'reporting-duty:d1': ['ReportingDutySet', 'ReportReceived'],
    });
    // Not listed, so not proven as a matter: a-old (done before the previous meeting), a-later (not yet due).
    expect(proofs.some((p) => p.event.data.actionId === 'a-old' || p.event.data.actionId === 'a-later')).toBe(false);

    const dir = mkdtempSync(join(tmpdir(), 'matters-verify-'));
    try {
      const file = (name: string, content: unknown) => {
        const path = join(dir, name);
        writeFileSync(path, JSON.stringify(content));
        return path;
      };
      const ok = await runVerifier([file('pack.json', body)]);
      expect({ code: ok.code, out: ok.out }).toEqual({ code: 0, out: expect.stringContaining('ok   5/5 matters arising listed rest on proven events of the log') });
      // The action due's only event altered (its condition), digest recomputed: its proof fails, so the matter is unproven.
      const altered = structuredClone(body);
      altered.log.inclusion.find((p: Proof) => p.matter?.id === 'a-due').event.data.condition = 'no condition';
      const a = await runVerifier([file('altered.json', redigest(altered))]);
      expect(a.code).toBe(1);
      expect(a.out).toMatch(/FAIL 4\/5 matters arising listed rest on proven events of the log: not proven: action a-due/);
      // An issue's proofs left out: the issue listed rests on nothing proven.
      const dropped = structuredClone(body);
      dropped.log.inclusion = dropped.log.inclusion.filter((p: Proof) => p.matter?.kind !== 'issue');
      const d = await runVerifier([file('dropped.json', redigest(dropped))]);
      expect(d.code).toBe(1);
      expect(d.out).toMatch(/not proven: issue i1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in business time, the January meeting did not yet know of the February completion', async () => {
    const { body } = await pack({ meeting: '2006-01-26', previous: '2005-12-01' });
    expect(body.mattersArising.actionsDoneSinceLastMeeting.map((a: { actionId: string }) => a.actionId)).toEqual(['a-old']);
    expect(body.mattersArising.actionsOverdue).toEqual([]);
    expect(body.mattersArising.reports.map((r: { dueOn: string; state: string }) => `${r.dueOn} ${r.state}`)).toEqual(['2006-01-05 overdue']);
  });

  it('the same meeting and head give the same bytes, however much is recorded after the head', async () => {
    const first = await pack({ format: 'json' });
    const head = first.body.chainHead.position as number;
    await post('/actions/a-due/completion', { evidence: 'Consultation closed', completedOn: '2006-03-01' });
    const again = await pack({ format: 'json', head });
    expect(again.text).toBe(first.text);
    const csv1 = await pack({ format: 'csv', table: 'matters-arising', head });
    expect(csv1.text).toContain('a-due');
    // The later head sees the completion: it moves from due to done.
    const later = await t.http.get('/programmes/mmp/committee-pack').set(committee()).query({ meeting: '2006-03-09', previous: '2006-01-26', basis: 'business', waitForPosition: head + 1 }).expect(200);
    expect(later.body.mattersArising.actionsDue).toEqual([]);
    expect(later.body.mattersArising.actionsDoneSinceLastMeeting.map((a: { actionId: string }) => a.actionId)).toEqual(['a-done', 'a-due']);
  });
});
