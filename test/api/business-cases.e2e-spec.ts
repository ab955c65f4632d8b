import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { knownPeople } from '../support/arrange';

// Business cases for Met Modernisation proposals, arranged through the API itself.
const PROGRAMME = 'mmp';

const outlineCase = {
  stage: 'SOC',
  sections: {
    strategic: 'Communities are, and feel, safer: a neighbourhood team in every ward.',
    economic: 'Phased roll-out against the status quo and an immediate roll-out to all 630 wards.',
    commercial: 'PCSOs recruited through the existing framework.',
    financial: 'Home Office grant and the MPA precept, 2006/07 to 2007/08.',
    management: 'Led by AC Tim Godwin through the Territorial Policing board.',
  },
  investment: [
    { financialYear: '2006/07', amountPence: 4_500_000_000 },
    { financialYear: '2007/08', amountPence: 3_000_000_000 },
  ],
  wholeLifeCostPence: 12_000_000_000,
  anticipatedBenefits: [
    { description: 'Reduced fear of crime in wards with a full team' },
    { description: 'Officer time released from response policing', amountPence: 250_000_000 },
  ],
  submittedBy: 'Tim Godwin',
  submittedOn: '2005-11-15',
};
const approval = {
  conditions: ['Report PCSO recruitment quarterly to the Finance and Resources Committee'],
  meeting: 'MPA Finance and Resources Committee, 15 December 2005',
  decisionDate: '2005-12-15',
};
const returned = {
  comments: 'The economic case should compare a phased roll-out with the status quo.',
  meeting: 'MPA Finance and Resources Committee, 15 December 2005',
  decisionDate: '2005-12-15',
};

type Body = Record<string, unknown>;

describe('business cases', () => {
  let t: TestApp;
  let n = 0;
  const freshId = (tag: string) => `${tag}-${++n}`;

  const post = (path: string, body: Body, options: { role?: string; ifMatch?: string } = {}) => {
    const req = t.http.post(path).set(as(options.role));
    return (options.ifMatch === undefined ? req : req.set('If-Match', options.ifMatch)).send(body);
  };
  const step = async (path: string, body: Body, role?: string): Promise<number> => {
    const res = await post(path, body, { role });
    if (res.status !== 201)
      throw new Error(`arrange ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.version as number;
  };
  const fieldsOf = (res: { body: { errors?: { field: string }[] } }) =>
    (res.body.errors ?? []).map((e) => e.field);

  const cases = (id: string) => `/proposals/${id}/business-cases`;
  const submit = (id: string, body: Body = outlineCase, options: { ifMatch?: string } = {}) =>
    post(cases(id), body, { role: 'lead', ...options });
  const scrutinise = (
    id: string,
    version: number | string,
    action: 'approval' | 'return',
    body: Body,
    ifMatch?: string,
  ) => post(`${cases(id)}/${version}/${action}`, body, { role: 'oversight-committee', ifMatch });

  const registered = (id: string) =>
    step(`/programmes/${PROGRAMME}/proposals`, {
      proposalId: id,
      title: 'Safer Neighbourhoods',
      aims: 'A dedicated neighbourhood team in every ward of London.',
      source: { document: 'Service Review 2005', paragraph: '21' },
      outcomeIds: ['safer'],
      priorityIds: [],
    });
  const agreed = async (id: string) => {
    await registered(id);
    await step(`/proposals/${id}/agreement`, {
      forum: 'Authority',
      decisionDate: '2005-09-29',
      meeting: 'Metropolitan Police Authority, 29 September 2005',
      minuteReference: 'MPA 29/09/05 item 5',
    });
    // The lead who submits (as('lead')) must be the proposal's current lead.
    await step(`/proposals/${id}/lead-assignments`, {
      leadId: 'lead-user',
      leadName: 'Tim Godwin',
      leadRole: 'Assistant Commissioner',
      effectiveDate: '2005-10-01',
    });
  };
  /** An agreed proposal whose SOC (version 1) awaits scrutiny; returns the business case stream version. */
  const awaitingScrutiny = async (id: string) => {
    await agreed(id);
    return step(cases(id), outlineCase, 'lead');
  };

  beforeAll(async () => {
    t = await createTestApp();
    await knownPeople(t, 'lead-user');
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
  });
  afterAll(() => t.close());

  describe('POST /proposals/:proposalId/business-cases', () => {
    it('submits version 1: 201 with the stream version as ETag and the case version as id', async () => {
      const id = freshId('safer-neighbourhoods');
      await agreed(id);
      const res = await submit(id, outlineCase, { ifMatch: '"0"' }).expect(201);
      expect(res.body).toMatchObject({
        streamId: `business-case-${id}`,
        version: 1,
        id: '1',
        duplicate: false,
        events: ['BusinessCaseSubmitted'],
      });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.etag).toBe('"1"');
    });

    it('400 lists each bad field, nested ones included, and appends nothing', async () => {
      const id = freshId('invalid');
      await agreed(id);
      const res = await expectNothingAppended(t, () =>
        submit(id, {
          stage: 'PID',
          sections: { strategic: '' },
          investment: [{ financialYear: '2006-07', amountPence: 0.1 + 0.2 }],
          wholeLifeCostPence: -1,
          anticipatedBenefits: [{ description: 'x', amountPence: '100' }],
          submittedBy: '',
          submittedOn: '15/11/2005',
          extra: true,
        }).expect(400),
      );
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(res)).toEqual(
        expect.arrayContaining([
          'stage',
          'sections.strategic',
          'sections.economic',
          'sections.management',
          'investment[0].financialYear',
          'investment[0].amountPence',
          'wholeLifeCostPence',
          'anticipatedBenefits[0].amountPence',
          'submittedBy',
          'submittedOn',
          'extra',
        ]),
      );
    });

    it('400 when the investment lists a financial year twice', async () => {
      const id = freshId('duplicate-year');
      await agreed(id);
      const investment = [outlineCase.investment[0], outlineCase.investment[0]];
      const res = await expectNothingAppended(t, () =>
        submit(id, { ...outlineCase, investment }).expect(400),
      );
      expect(res.body.code).toBe('DUPLICATE_VALUE');
    });

    it('404 for an unknown proposal', async () => {
      const res = await expectNothingAppended(t, () => submit(freshId('unknown')).expect(404));
      expect(res.body.code).toBe('PROPOSAL_NOT_FOUND');
    });

    it('409 PROPOSAL_NOT_AGREED for a proposal that is not agreed', async () => {
      const id = freshId('registered');
      await registered(id);
      // No lead before agreement: the programme office submits.
      const res = await expectNothingAppended(t, () =>
        post(cases(id), outlineCase, { role: 'programme-office' }).expect(409),
      );
      expect(res.body.code).toBe('PROPOSAL_NOT_AGREED');
    });

    it('409 BUSINESS_CASE_AWAITING_SCRUTINY while a version awaits scrutiny', async () => {
      const id = freshId('awaiting');
      await awaitingScrutiny(id);
      const res = await expectNothingAppended(t, () => submit(id).expect(409));
      expect(res.body.code).toBe('BUSINESS_CASE_AWAITING_SCRUTINY');
    });

    it('409 BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE for a full business case first', async () => {
      const id = freshId('fbc-first');
      await agreed(id);
      const res = await expectNothingAppended(t, () =>
        submit(id, { ...outlineCase, stage: 'FBC' }).expect(409),
      );
      expect(res.body.code).toBe('BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE');
    });

    it('412 for a stale If-Match', async () => {
      const id = freshId('stale');
      await awaitingScrutiny(id);
      await scrutinise(id, 1, 'return', returned).expect(201);
      const res = await expectNothingAppended(t, () =>
        submit(id, outlineCase, { ifMatch: '"1"' }).expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: 1,
        currentVersion: 2,
      });
    });

    it('an approved SOC is followed by the OBC as version 2', async () => {
      const id = freshId('next-stage');
      await awaitingScrutiny(id);
      await scrutinise(id, 1, 'approval', approval).expect(201);
      const res = await submit(
        id,
        { ...outlineCase, stage: 'OBC', submittedOn: '2006-02-01' },
        { ifMatch: '"2"' },
      ).expect(201);
      expect(res.body).toMatchObject({ version: 3, id: '2', events: ['BusinessCaseSubmitted'] });
    });
  });

  describe.each([
    { action: 'approval' as const, body: approval, event: 'BusinessCaseApproved' },
    { action: 'return' as const, body: returned, event: 'BusinessCaseReturned' },
  ])('POST /proposals/:proposalId/business-cases/:version/$action', ({ action, body, event }) => {
    it(`records ${event}: 201 with the next version as ETag, honouring If-Match`, async () => {
      const id = freshId(`${action}-ok`);
      const version = await awaitingScrutiny(id);
      const res = await scrutinise(id, 1, action, body, `"${version}"`).expect(201);
      expect(res.body).toMatchObject({
        streamId: `business-case-${id}`,
        version: version + 1,
        duplicate: false,
        events: [event],
      });
      expect(res.body.position).toBeGreaterThan(0);
      expect(res.headers.etag).toBe(`"${version + 1}"`);
    });

    it('400 lists each bad field and appends nothing', async () => {
      const id = freshId(`${action}-invalid`);
      await awaitingScrutiny(id);
      const res = await expectNothingAppended(t, () =>
        scrutinise(id, 1, action, {
          comments: 42,
          conditions: [''],
          meeting: '',
          decisionDate: '15/12/2005',
          extra: 1,
        }).expect(400),
      );
      expect(res.body.code).toBe('VALIDATION_FAILED');
      // Each route refuses the other's field as unknown.
      expect(fieldsOf(res)).toEqual(
        expect.arrayContaining(['comments', 'conditions', 'meeting', 'decisionDate', 'extra']),
      );
    });

    it('400 for a version in the path that is not a positive whole number', async () => {
      const id = freshId(`${action}-bad-version`);
      await awaitingScrutiny(id);
      for (const version of ['one', '0', '1.5']) {
        const res = await expectNothingAppended(t, () =>
          scrutinise(id, version, action, body).expect(400),
        );
        expect(fieldsOf(res)).toEqual(['version']);
      }
    });

    it('404 for a proposal with no business case, and for an unknown proposal', async () => {
      const id = freshId(`${action}-none`);
      await agreed(id);
      for (const proposalId of [id, freshId('unknown')]) {
        const res = await expectNothingAppended(t, () =>
          scrutinise(proposalId, 1, action, body).expect(404),
        );
        expect(res.body.code).toBe('BUSINESS_CASE_NOT_FOUND');
      }
    });

    it('409 BUSINESS_CASE_VERSION_STALE for a version other than the one awaiting scrutiny', async () => {
      const id = freshId(`${action}-wrong-version`);
      await awaitingScrutiny(id);
      const res = await expectNothingAppended(t, () => scrutinise(id, 2, action, body).expect(409));
      expect(res.body.code).toBe('BUSINESS_CASE_VERSION_STALE');
    });

    it('409 BUSINESS_CASE_NOT_AWAITING_SCRUTINY once the version has been decided', async () => {
      const id = freshId(`${action}-decided`);
      await awaitingScrutiny(id);
      await scrutinise(id, 1, action, body).expect(201);
      const res = await expectNothingAppended(t, () => scrutinise(id, 1, action, body).expect(409));
      expect(res.body.code).toBe('BUSINESS_CASE_NOT_AWAITING_SCRUTINY');
    });

    it('412 for a stale If-Match', async () => {
      const id = freshId(`${action}-stale`);
      const version = await awaitingScrutiny(id);
      const res = await expectNothingAppended(t, () =>
        scrutinise(id, 1, action, body, `"${version - 1}"`).expect(412),
      );
      expect(res.body).toMatchObject({
        code: 'STREAM_VERSION_CONFLICT',
        expectedVersion: version - 1,
        currentVersion: version,
      });
    });
  });

  it('a returned case is resubmitted at the same stage as a new version, which scrutiny then approves', async () => {
    const id = freshId('resubmitted');
    await awaitingScrutiny(id);
    await scrutinise(id, 1, 'return', returned).expect(201);
    const resubmitted = await submit(id, { ...outlineCase, submittedOn: '2006-01-10' }).expect(201);
    expect(resubmitted.body).toMatchObject({ version: 3, id: '2' });
    const stale = await expectNothingAppended(t, () =>
      scrutinise(id, 1, 'approval', { ...approval, decisionDate: '2006-02-01' }).expect(409),
    );
    expect(stale.body.code).toBe('BUSINESS_CASE_VERSION_STALE');
    await scrutinise(id, 2, 'approval', { ...approval, decisionDate: '2006-02-01' }).expect(201);
  });

  it('a decision dated before the submission is refused with 400 naming the field', async () => {
    const id = freshId('early-decision');
    await awaitingScrutiny(id);
    const res = await expectNothingAppended(t, () =>
      scrutinise(id, 1, 'approval', { ...approval, decisionDate: '2005-11-01' }).expect(400),
    );
    expect(res.body).toMatchObject({
      code: 'DATE_OUT_OF_ORDER',
      errors: [{ field: 'decisionDate' }],
    });
  });
});
