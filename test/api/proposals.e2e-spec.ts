import { Client } from 'pg';
import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { knownPeople } from '../support/arrange';

// Every proposal route, arranged through the API itself on a programme with one outcome and priority.
const PROGRAMME = 'mmp';
const source = { document: 'Service Review 2005', paragraph: '21' };

const registration = (proposalId: string) => ({
  proposalId,
  title: 'Safer Neighbourhoods',
  aims: 'A dedicated neighbourhood team in every ward of London by April 2007.',
  source,
  outcomeIds: ['safer'],
  priorityIds: ['neighbourhood-policing'],
});
const consultation = {
  opensOn: '2005-10-03',
  closesOn: '2005-12-16',
  consultees: ['Metropolitan Police Federation', 'London boroughs'],
  description: 'Rolling out Safer Neighbourhoods teams to every ward',
};
const agreement = {
  forum: 'Authority',
  decisionDate: '2005-09-29',
  meeting: 'Metropolitan Police Authority, 29 September 2005',
  minuteReference: 'MPA 29/09/05 item 5',
  conditions: ['Business case to the Finance and Resources Committee'],
};
const godwin = {
  leadId: 'person-tim-godwin',
  leadName: 'Tim Godwin',
  leadRole: 'Assistant Commissioner, Territorial Policing',
  effectiveDate: '2005-10-01',
};
const neutral = {
  age: 'neutral',
  disability: 'neutral',
  'gender-reassignment': 'neutral',
  'marriage-and-civil-partnership': 'neutral',
  'pregnancy-and-maternity': 'neutral',
  race: 'positive',
  'religion-or-belief': 'neutral',
  sex: 'neutral',
  'sexual-orientation': 'neutral',
};
const equalityAssessment = {
  assessmentId: 'eia-2006',
  screeningOutcome: 'full-assessment-required',
  impacts: neutral,
  evidence: 'Ward panel surveys, 2005',
  reviewDate: '2007-04-01',
  assessedOn: '2006-04-10',
};

type Body = Record<string, unknown>;

describe('proposals', () => {
  let t: TestApp;
  let n = 0;
  const freshId = (tag: string) => `${tag}-${++n}`;

  const post = (path: string, body: Body, ifMatch?: string) => {
    const req = t.http.post(path).set(as());
    return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
  };
  /** Arranges state through the API: the step must succeed; returns the stream version. */
  const step = async (path: string, body: Body): Promise<number> => {
    const res = await post(path, body);
    if (res.status !== 201)
      throw new Error(`arrange ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.version as number;
  };
  const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
    (res.body.errors ?? []).map((e) => e.field);

  // Each returns the proposal stream's version after arranging a fresh proposal in that state.
  const registered = (id: string) => step(`/programmes/${PROGRAMME}/proposals`, registration(id));
  const inConsultation = async (id: string) => {
    await registered(id);
    return step(`/proposals/${id}/consultation`, consultation);
  };
  const agreed = async (id: string) => {
    await registered(id);
    return step(`/proposals/${id}/agreement`, agreement);
  };
  const withLead = async (id: string) => {
    await agreed(id);
    return step(`/proposals/${id}/lead-assignments`, godwin);
  };
  const inDelivery = async (id: string) => {
    await withLead(id);
    return step(`/proposals/${id}/delivery-start`, { startedOn: '2006-04-01' });
  };
  const closed = async (id: string) => {
    await inDelivery(id);
    return step(`/proposals/${id}/closure`, {
      closedOn: '2008-03-31',
      reason: 'Every ward has a team',
    });
  };
  const notTakenForward = async (id: string) => {
    await registered(id);
    return step(`/proposals/${id}/not-taken-forward-decision`, {
      reasonCode: 'too-bureaucratic',
      rationale: 'Adds reporting without improving the service',
      decisionDate: '2005-09-29',
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    await knownPeople(t, 'person-tim-godwin', 'person-steve-house');
    await step('/programmes', {
      programmeId: PROGRAMME,
      name: 'Met Modernisation Programme',
      mission: 'Working together for a safer London',
      source: { document: 'Service Review 2005', paragraph: '8' },
    });
    await step(`/programmes/${PROGRAMME}/strategic-outcomes`, {
      outcomeId: 'safer',
      title: 'Communities are, and feel, safer',
    });
    await step(`/programmes/${PROGRAMME}/strategic-priorities`, {
      priorityId: 'neighbourhood-policing',
      title: 'Neighbourhood policing',
    });
  });
  afterAll(() => t.close());

  describe('POST /programmes/:programmeId/proposals', () => {
    const path = `/programmes/${PROGRAMME}/proposals`;

    it('registers a proposal: 201 with version, position, id and ETag', async () => {
      const id = freshId('safer-neighbourhoods');
      const res = await post(path, registration(id), '"0"').expect(201);
      expect(res.body).toMatchObject({
        streamId: `proposal-${id}`,
        version: 1,
        id,
        duplicate: false,
        events: ['ProposalRegistered'],
      });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.etag).toBe('"1"');
    });

    it('says where the new proposal is read (Location), and it is there', async () => {
      const id = freshId('located');
      const res = await post(path, registration(id)).expect(201);
      expect(res.headers.location).toBe(`/proposals/${id}`);
      const read = await t.http.get(`${res.headers.location}?waitForPosition=${res.body.position}`).set(as()).expect(200);
      expect(read.body.proposalId).toBe(id);
      // A command that creates nothing readable of its own sends none.
      const consulted = await post(`/proposals/${id}/consultation`, consultation);
      expect(consulted.headers.location).toBeUndefined();
    });

    it('generates the proposal id when none is given', async () => {
      const { proposalId: _omitted, ...body } = registration('unused');
      const res = await post(path, body).expect(201);
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.streamId).toBe(`proposal-${res.body.id}`);
    });

    it('400 lists each bad field and appends nothing', async () => {
      const res = await expectNothingAppended(t, () =>
        post(path, {
          proposalId: 'bad id!',
          title: 42,
          source: {},
          outcomeIds: [],
          priorityIds: 'all',
          extra: 1,
        }).expect(400),
      );
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(
        expect.arrayContaining([
          'proposalId',
          'title',
          'aims',
          'source.document',
          'outcomeIds',
          'priorityIds',
          'extra',
        ]),
      );
    });

    it('400 for an outcome the programme does not define, naming the field', async () => {
      const res = await expectNothingAppended(t, () =>
        post(path, {
          ...registration(freshId('unknown-outcome')),
          outcomeIds: ['safer', 'nowhere'],
        }).expect(400),
      );
      expect(res.body.code).toBe('STRATEGIC_OUTCOME_UNKNOWN');
      expect(fieldsOf(res)).toEqual(['outcomeIds[1]']);
    });

    it('404 for an unknown programme', async () => {
      const res = await expectNothingAppended(t, () =>
        post('/programmes/no-such-programme/proposals', registration(freshId('orphan'))).expect(
          404,
        ),
      );
      expect(res.body.code).toBe('PROGRAMME_NOT_FOUND');
    });

    it('409 when the proposal is already registered', async () => {
      const id = freshId('twice');
      await registered(id);
      const res = await expectNothingAppended(t, () => post(path, registration(id)).expect(409));
      expect(res.body.code).toBe('PROPOSAL_ALREADY_REGISTERED');
    });

    it('412 for a stale If-Match ("0" means "only if new")', async () => {
      const id = freshId('stale-register');
      await registered(id);
      const res = await expectNothingAppended(t, () =>
        post(path, registration(id), '"0"').expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: 0,
        currentVersion: 1,
      });
    });

    it('400 for a bad id in the path', async () => {
      await expectNothingAppended(t, () =>
        post('/programmes/%20bad/proposals', registration(freshId('x'))).expect(400),
      );
    });
  });

  interface Endpoint {
    /** The route below /proposals/:proposalId. */
    route: string;
    /** Arranges a fresh proposal in which the command succeeds; returns its version. */
    arrange: (id: string) => Promise<number>;
    body: Body;
    event: string;
    invalid: { body: Body; fields: string[] };
    /** A state in which the command breaks a rule, and the rule's code. */
    rule: { arrange: (id: string) => Promise<number>; body?: Body; code: string };
  }

  const endpoints: Endpoint[] = [
    {
      route: 'consultation',
      arrange: registered,
      body: consultation,
      event: 'ConsultationOpened',
      invalid: {
        body: { opensOn: '2005-13-01', closesOn: 5, consultees: [], description: '', extra: true },
        fields: ['opensOn', 'closesOn', 'consultees', 'description', 'extra'],
      },
      rule: { arrange: inConsultation, code: 'CONSULTATION_ALREADY_OPEN' },
    },
    {
      route: 'consultation/closure',
      arrange: inConsultation,
      body: { closedOn: '2005-12-16', summary: 'Broad support from boroughs' },
      event: 'ConsultationClosed',
      invalid: {
        body: { closedOn: '16/12/2005', summary: ['x'] },
        fields: ['closedOn', 'summary'],
      },
      rule: { arrange: registered, code: 'CONSULTATION_NOT_OPEN' },
    },
    {
      route: 'agreement',
      arrange: inConsultation,
      body: agreement,
      event: 'ProposalAgreed',
      invalid: {
        body: {
          forum: 'Cabinet',
          decisionDate: 'yesterday',
          meeting: '',
          minuteReference: 'x'.repeat(101),
          conditions: 'none',
        },
        fields: ['forum', 'decisionDate', 'meeting', 'minuteReference', 'conditions'],
      },
      rule: { arrange: agreed, code: 'PROPOSAL_ALREADY_AGREED' },
    },
    {
      route: 'not-taken-forward-decision',
      arrange: registered,
      body: {
        reasonCode: 'better-elsewhere',
        rationale: 'Better taken forward by the Home Office',
        decisionDate: '2005-09-29',
      },
      event: 'ProposalNotTakenForward',
      invalid: {
        body: { reasonCode: 'dislike', rationale: 1, decisionDate: '2005-9-29' },
        fields: ['reasonCode', 'rationale', 'decisionDate'],
      },
      rule: { arrange: agreed, code: 'PROPOSAL_ALREADY_AGREED' },
    },
    {
      route: 'deferral',
      arrange: registered,
      body: {
        decisionDate: '2005-09-29',
        until: '2006-04-01',
        reasonCode: 'better-elsewhere',
        rationale: 'Await the national review of force structures',
      },
      event: 'ProposalDeferred',
      invalid: {
        body: { decisionDate: null, until: 'spring', reasonCode: 'budget', rationale: '' },
        fields: ['decisionDate', 'until', 'reasonCode', 'rationale'],
      },
      rule: { arrange: notTakenForward, code: 'PROPOSAL_NOT_AWAITING_DECISION' },
    },
    {
      route: 'reopening',
      arrange: notTakenForward,
      body: { reopenedOn: '2006-06-01', reason: 'The Authority asked for it to be reconsidered' },
      event: 'ProposalReopened',
      invalid: { body: { reopenedOn: 'soon' }, fields: ['reopenedOn', 'reason'] },
      rule: { arrange: registered, code: 'PROPOSAL_NOT_REOPENABLE' },
    },
    {
      route: 'lead-assignments',
      arrange: agreed,
      body: godwin,
      event: 'LeadAssigned',
      invalid: {
        body: { leadId: 'bad id!', leadName: '', leadRole: 3, effectiveDate: null, reason: 7 },
        fields: ['leadId', 'leadName', 'leadRole', 'effectiveDate', 'reason'],
      },
      rule: { arrange: registered, code: 'PROPOSAL_NOT_AGREED' },
    },
    {
      route: 'equality-impact-assessments',
      arrange: registered,
      body: equalityAssessment,
      event: 'EqualityImpactAssessed',
      invalid: {
        body: {
          assessmentId: 'no spaces',
          screeningOutcome: 'maybe',
          impacts: { age: 'bad' },
          evidence: '',
          reviewDate: 'x',
          assessedOn: 'x',
        },
        fields: [
          'assessmentId',
          'screeningOutcome',
          'impacts.age',
          'impacts.race',
          'evidence',
          'reviewDate',
          'assessedOn',
        ],
      },
      rule: { arrange: closed, code: 'PROPOSAL_CLOSED' },
    },
    {
      route: 'delivery-confidence-assessments',
      arrange: agreed,
      body: {
        rating: 'amber-green',
        assessment: 'independent',
        commentary: 'Ward teams on plan',
        assessedOn: '2006-09-30',
        assessorName: 'OGC Gateway team',
      },
      event: 'DeliveryConfidenceAssessed',
      invalid: {
        body: {
          rating: 'purple',
          assessment: 'peer',
          commentary: '',
          assessedOn: '2006/09/30',
          assessorName: 'x'.repeat(201),
        },
        fields: ['rating', 'assessment', 'commentary', 'assessedOn', 'assessorName'],
      },
      rule: { arrange: registered, code: 'PROPOSAL_NOT_AGREED' },
    },
    {
      route: 'delivery-start',
      arrange: withLead,
      body: { startedOn: '2006-04-01' },
      event: 'ProposalDeliveryStarted',
      invalid: { body: { startedOn: 'April 2006', extra: true }, fields: ['startedOn', 'extra'] },
      rule: { arrange: agreed, code: 'PROPOSAL_LEAD_REQUIRED' },
    },
    {
      route: 'closure',
      arrange: inDelivery,
      body: { closedOn: '2008-03-31', reason: 'A team in every ward; handed to business as usual' },
      event: 'ProposalClosed',
      invalid: { body: { closedOn: 20080331, reason: '' }, fields: ['closedOn', 'reason'] },
      rule: { arrange: registered, code: 'PROPOSAL_NOT_AGREED' },
    },
  ];

  describe.each(endpoints)('POST /proposals/:proposalId/$route', (e) => {
    const url = (id: string) => `/proposals/${id}/${e.route}`;

    it(`records ${e.event}: 201 with the next version as ETag, honouring If-Match`, async () => {
      const id = freshId('ok');
      const version = await e.arrange(id);
      const res = await post(url(id), e.body, `"${version}"`).expect(201);
      expect(res.body).toMatchObject({
        streamId: `proposal-${id}`,
        version: version + 1,
        duplicate: false,
        events: [e.event],
      });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.etag).toBe(`"${version + 1}"`);
    });

    it('400 lists each bad field and appends nothing', async () => {
      const id = freshId('invalid');
      await e.arrange(id);
      const res = await expectNothingAppended(t, () => post(url(id), e.invalid.body).expect(400));
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(expect.arrayContaining(e.invalid.fields));
    });

    it('404 for an unknown proposal', async () => {
      const res = await expectNothingAppended(t, () =>
        post(url(freshId('unknown')), e.body).expect(404),
      );
      expect(res.body.code).toBe('PROPOSAL_NOT_FOUND');
    });

    it(`409 ${e.rule.code} when the rule is broken`, async () => {
      const id = freshId('rule');
      await e.rule.arrange(id);
      const res = await expectNothingAppended(t, () =>
        post(url(id), e.rule.body ?? e.body).expect(409),
      );
      expect(res.body.code).toBe(e.rule.code);
    });

    it('412 for a stale If-Match', async () => {
      const id = freshId('stale');
      const version = await e.arrange(id);
      const res = await expectNothingAppended(t, () =>
        post(url(id), e.body, `"${version - 1}"`).expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: version - 1,
        currentVersion: version,
      });
    });
  });

  describe('rules that need more than one step', () => {
    const storedEvents = async (streamId: string) => {
      const client = new Client({ connectionString: t.databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query(
          'SELECT event_type AS type, data, metadata FROM events WHERE stream_id = $1 ORDER BY stream_version',
          [streamId],
        );
        return rows as { type: string; data: Body; metadata: Body }[];
      } finally {
        await client.end();
      }
    };

    it('a reassignment keeps the previous lead and needs a reason, which lands in data and metadata', async () => {
      const id = freshId('reassign');
      await withLead(id);
      const next = {
        leadId: 'person-steve-house',
        leadName: 'Steve House',
        leadRole: 'Assistant Commissioner',
        effectiveDate: '2006-06-01',
      };

      const noReason = await expectNothingAppended(t, () =>
        post(`/proposals/${id}/lead-assignments`, next).expect(400),
      );
      expect(noReason.body).toMatchObject({
        code: 'REASON_REQUIRED',
        errors: [{ field: 'reason' }],
      });

      const same = await expectNothingAppended(t, () =>
        post(`/proposals/${id}/lead-assignments`, { ...godwin, reason: 'again' }).expect(409),
      );
      expect(same.body.code).toBe('LEAD_ALREADY_ASSIGNED');

      await post(`/proposals/${id}/lead-assignments`, {
        ...next,
        reason: 'Portfolio moved',
      }).expect(201);
      const [, , , reassigned] = await storedEvents(`proposal-${id}`);
      expect(reassigned.data).toMatchObject({
        leadId: 'person-steve-house',
        previousLead: { id: 'person-tim-godwin', name: 'Tim Godwin' },
        reason: 'Portfolio moved',
      });
      expect(reassigned.metadata).toMatchObject({
        reason: 'Portfolio moved',
        actor: { role: 'programme-office' },
      });
    });

    it('a reopened proposal can be agreed again', async () => {
      const id = freshId('reopened');
      await notTakenForward(id);
      await post(`/proposals/${id}/reopening`, {
        reopenedOn: '2006-06-01',
        reason: 'Reconsidered',
      }).expect(201);
      const res = await post(`/proposals/${id}/agreement`, agreement).expect(201);
      expect(res.body).toMatchObject({ version: 4, events: ['ProposalAgreed'] });
    });

    it('returns the assessment id; the same assessment twice is a 409', async () => {
      const id = freshId('eia');
      await registered(id);
      const ok = await post(
        `/proposals/${id}/equality-impact-assessments`,
        equalityAssessment,
      ).expect(201);
      expect(ok.body.id).toBe('eia-2006');
      const res = await expectNothingAppended(t, () =>
        post(`/proposals/${id}/equality-impact-assessments`, equalityAssessment).expect(409),
      );
      expect(res.body.code).toBe('EQUALITY_IMPACT_ASSESSMENT_ALREADY_RECORDED');
    });

    it('a negative equality impact needs a mitigation (400 naming the field)', async () => {
      const id = freshId('eia-negative');
      await registered(id);
      const body = { ...equalityAssessment, impacts: { ...neutral, age: 'negative' } };
      const res = await expectNothingAppended(t, () =>
        post(`/proposals/${id}/equality-impact-assessments`, body).expect(400),
      );
      expect(res.body).toMatchObject({
        code: 'EQUALITY_MITIGATION_REQUIRED',
        errors: [{ field: 'mitigation' }],
      });
    });

    it("keeps the lead's own and the independent delivery confidence side by side", async () => {
      const id = freshId('dca');
      await withLead(id);
      const base = { commentary: 'Recruitment on plan', assessedOn: '2006-09-30' };
      // The lead's own rating comes from the lead; the programme office may not record it.
      const own = { ...base, rating: 'green', assessment: 'self', assessorName: 'Tim Godwin' };
      const refused = await post(`/proposals/${id}/delivery-confidence-assessments`, own).expect(403);
      expect(refused.body.message).toMatch(/only assessment 'independent'/);
      await t.http
        .post(`/proposals/${id}/delivery-confidence-assessments`)
        .set(as('lead', godwin.leadId, godwin.leadName))
        .send(own)
        .expect(201);
      await post(`/proposals/${id}/delivery-confidence-assessments`, {
        ...base,
        rating: 'amber-red',
        assessment: 'independent',
        assessorName: 'OGC Gateway team',
      }).expect(201);
      await post(`/proposals/${id}/delivery-confidence-assessments`, {
        ...base,
        rating: 'amber',
        assessment: 'independent',
        assessorName: 'OGC Gateway team',
      }).expect(201);
      const events = await storedEvents(`proposal-${id}`);
      expect(
        events.slice(3).map((e) => [e.data.assessment, e.data.rating, e.data.previousRating]),
      ).toEqual([
        ['self', 'green', null],
        ['independent', 'amber-red', null],
        ['independent', 'amber', 'amber-red'],
      ]);
    });

    it('a closed proposal cannot be closed again', async () => {
      const id = freshId('closed');
      await closed(id);
      const res = await expectNothingAppended(t, () =>
        post(`/proposals/${id}/closure`, { closedOn: '2008-04-01', reason: 'again' }).expect(409),
      );
      expect(res.body.code).toBe('PROPOSAL_ALREADY_CLOSED');
    });

    it('an impossible calendar date is refused by the domain with 400', async () => {
      const id = freshId('bad-date');
      await registered(id);
      const res = await expectNothingAppended(t, () =>
        post(`/proposals/${id}/agreement`, { ...agreement, decisionDate: '2005-02-30' }).expect(
          400,
        ),
      );
      expect(res.body).toMatchObject({
        code: 'INVALID_CALENDAR_DATE',
        errors: [{ field: 'decisionDate' }],
      });
    });
  });
});
