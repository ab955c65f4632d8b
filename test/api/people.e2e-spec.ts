import { arrange, ARRANGE_SOURCE } from '../support/arrange';
import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';

/**
 * The people directory (users with a person id, and people recorded without an account) and
 * the check of every person field against it: a typo'd id (`tim-godwin` for
 * `person-tim-godwin`) is refused with the field named, and nothing is appended.
 */
const PASSWORD = 'correct horse battery staple';
const admin = () => as('administrator', 'people-admin', 'People admin');
const office = () => as('programme-office', 'people-office', 'People office');
const TYPO = 'tim-godwin';
const TIM = 'person-tim-godwin';
const DIRECTOR = 'post-programme-director';

describe('people', () => {
  let t: TestApp;
  let n = 0;
  const fresh = (tag: string) => `${tag}-${++n}`;
  const post = async (path: string, body: object, headers = office()) => {
    const res = await t.http.post(path).set(headers).send(body);
    if (res.status !== 201) throw new Error(`arrange ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { position: number };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const a = arrange(t);
    await a.programme('mmp');
    await post('/users', { username: TIM, name: 'AC Tim Godwin', role: 'lead', personId: TIM, password: PASSWORD }, admin());
    await post('/people', {
      personId: DIRECTOR,
      name: 'Programme director (successor to Stephen Rimmer)',
      posts: [{ post: 'Co-ordinator of the corporate strategy and change programme', from: '2007-10-01' }],
      source: { document: 'Service Review report (2005)', paragraph: '45' },
      reason: 'Illustrative: the reports name no successor',
    });
    await post('/programmes/mmp/plans', { planId: 'plan', kind: 'policing-plan', title: 'Policing Plan 2006/07', firstYear: '2006/07', lastYear: '2006/07', adoptedOn: '2006-03-30' });
    await post('/plans/plan/priorities', { priorityId: 'pri', tier: 'londoners', title: 'Safer neighbourhoods', definedOn: '2006-03-30' });
  });
  afterAll(() => t.close());

  describe('the directory', () => {
    it('lists the users with a person id and the people recorded without an account, searched by name in any case', async () => {
      const { position } = await post(`/people/${DIRECTOR}/posts`, { post: 'Director of Resources', from: '2006-04-01', to: '2007-09-30', reason: 'Illustrative' });
      const godwin = await t.http.get('/people').set(as('lead', 'people-lead')).query({ q: 'GODWIN', waitForPosition: String(position) }).expect(200);
      expect(godwin.body.items).toEqual([expect.objectContaining({ personId: TIM, name: 'AC Tim Godwin', username: TIM, role: 'lead' })]);

      const all = await t.http.get('/people').set(as('oversight-committee', 'people-committee')).expect(200);
      expect(all.body.items.map((p: { personId: string }) => p.personId)).toEqual(expect.arrayContaining([TIM, DIRECTOR]));

      const director = await t.http.get(`/people/${DIRECTOR}`).set(admin()).expect(200);
      expect(director.body).toMatchObject({
        name: 'Programme director (successor to Stephen Rimmer)',
        username: null,
        role: null,
        // Roles over time, oldest first; the one held now has no end.
        posts: [
          { post: 'Director of Resources', from: '2006-04-01', to: '2007-09-30' },
          { post: 'Co-ordinator of the corporate strategy and change programme', from: '2007-10-01', to: null },
        ],
        currentPost: 'Co-ordinator of the corporate strategy and change programme',
        source: { document: 'Service Review report (2005)', paragraph: '45' },
      });
    });

    it('answers 404 for an id nobody has', async () => {
      const res = await t.http.get(`/people/${TYPO}`).set(office()).expect(404);
      expect(res.body).toMatchObject({ code: 'PERSON_NOT_FOUND', field: 'personId' });
    });

    it('matches what was typed literally, wildcards included', async () => {
      const res = await t.http.get('/people').set(office()).query({ q: '%' }).expect(200);
      expect(res.body.items).toEqual([]);
    });

    it('refuses to record a person twice, or a user as a person, appending nothing', async () => {
      for (const personId of [DIRECTOR, TIM]) {
        const res = await expectNothingAppended(t, () => t.http.post('/people').set(office()).send({ personId, name: 'Again' }));
        expect({ status: res.status, code: res.body.code, field: res.body.field }).toEqual({ status: 409, code: 'PERSON_ALREADY_RECORDED', field: 'personId' });
      }
    });

    it('refuses a post for a person not recorded', async () => {
      const res = await expectNothingAppended(t, () => t.http.post(`/people/${TYPO}/posts`).set(office()).send({ post: 'Director', from: '2006-04-01' }));
      expect(res.status).toBe(404);
    });
  });

  describe('every person field is checked against it', () => {
    const objective = async (personId = TIM) => {
      const objectiveId = fresh('obj');
      await post('/plans/plan/objectives', { objectiveId, priorityId: 'pri', title: 'Reduce burglary', accountable: { personId, name: 'AC Tim Godwin' }, definedOn: '2006-04-01' });
      return objectiveId;
    };
    const agreedProposal = async () => {
      const proposalId = fresh('p');
      await arrange(t).proposal('mmp', proposalId);
      await arrange(t).agreed(proposalId);
      return proposalId;
    };
    /** Each route that takes a person, the field as a 400 names it, and a call naming `personId`. */
    const FIELDS: { what: string; field: string; call: (personId: string) => Promise<{ path: string; body: object }> }[] = [
      {
        what: "a proposal's lead",
        field: 'leadId',
        call: async (personId) => ({ path: `/proposals/${await agreedProposal()}/lead-assignments`, body: { leadId: personId, leadName: 'Tim Godwin', leadRole: 'AC', effectiveDate: '2005-10-01' } }),
      },
      {
        what: "a benefit's owner",
        field: 'ownerId',
        call: async (personId) => ({
          path: '/programmes/mmp/benefits',
          body: {
            benefitId: fresh('b'), description: 'Savings', observableOutcome: 'Hours to wards', measure: 'Savings', unit: 'GBP-pence', attribution: 'Budget monitoring',
            cashReleasing: true, quantitative: true, isDisbenefit: false, ownerId: personId, ownerName: 'Tim Godwin', baseline: 0, target: 100, schedule: [{ period: '2006/07', plannedValue: 100 }],
          },
        }),
      },
      {
        what: "an action's owner",
        field: 'ownerPersonId',
        call: async (personId) => ({ path: '/programmes/mmp/actions', body: { actionId: fresh('a'), title: 'Report back', ownerName: 'Tim Godwin', ownerPersonId: personId, origin: 'office', dueOn: '2006-03-09', raisedOn: '2005-10-01' } }),
      },
      {
        what: "the owner of an agreement's conditions",
        field: 'followUp.ownerPersonId',
        call: async (personId) => {
          const proposalId = fresh('p');
          await arrange(t).proposal('mmp', proposalId);
          return {
            path: `/proposals/${proposalId}/agreement`,
            body: { forum: 'Authority', decisionDate: '2005-09-29', meeting: 'MPA full Authority', minuteReference: 'MPA 29/09/05 item 5', conditions: ['Consult first'], followUp: { ownerPersonId: personId, ownerName: 'Tim Godwin' } },
          };
        },
      },
      {
        what: "an objective's accountable member",
        field: 'accountable.personId',
        call: async (personId) => ({ path: '/plans/plan/objectives', body: { objectiveId: fresh('obj'), priorityId: 'pri', title: 'Reduce burglary', accountable: { personId, name: 'Tim Godwin' }, definedOn: '2006-04-01' } }),
      },
      {
        what: 'a new accountable member',
        field: 'accountable.personId',
        call: async (personId) => ({ path: `/objectives/${await objective(DIRECTOR)}/accountability`, body: { accountable: { personId, name: 'Tim Godwin' }, reason: 'Portfolio moved', assignedOn: '2006-09-01' } }),
      },
      {
        what: "the programme's director",
        field: 'personId',
        call: async (personId) => ({ path: '/programmes/mmp/director-appointments', body: { personId, name: 'Tim Godwin', effectiveDate: '2005-10-03' } }),
      },
    ];

    it.each(FIELDS)('refuses a typo in $what ($field) with the field named, appending nothing; the right id is recorded', async ({ field, call }) => {
      const typo = await call(TYPO);
      const refused = await expectNothingAppended(t, () => t.http.post(typo.path).set(office()).send(typo.body));
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        code: 'UNKNOWN_PERSON',
        field,
        message: "No person with id 'tim-godwin' — pick someone from the people directory",
        errors: [{ field, messages: ["No person with id 'tim-godwin' — pick someone from the people directory"] }],
      });
      const right = await call(TIM);
      await t.http.post(right.path).set(office()).send(right.body).expect(201);
    });

    it('takes a person registered a moment ago, before anyone waited for the directory', async () => {
      const personId = fresh('person-new-lead');
      await post('/users', { username: personId, name: 'New lead', role: 'lead', personId, password: PASSWORD }, admin());
      const proposalId = await agreedProposal();
      await t.http.post(`/proposals/${proposalId}/lead-assignments`).set(office()).send({ leadId: personId, leadName: 'New lead', leadRole: 'AC', effectiveDate: '2005-10-01' }).expect(201);
      const recorded = fresh('post-recorded');
      await post('/people', { personId: recorded, name: 'A past post-holder', source: ARRANGE_SOURCE });
      await t.http.post('/programmes/mmp/director-appointments').set(office()).send({ personId: recorded, name: 'A past post-holder', effectiveDate: '2005-10-03' }).expect(201);
    });
  });
});
