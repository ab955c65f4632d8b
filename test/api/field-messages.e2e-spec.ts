import { as, createTestApp, expectNothingAppended, type TestApp } from '../support/app';
import { ARRANGE_SOURCE, arrange } from '../support/arrange';

// The 400 a form shows beside its fields: each message written for its field in plain English
// (not class-validator's "outcomeIds must contain at least 1 elements"), named by the field's path,
// and nothing appended.
const PROGRAMME = 'field-messages';

type FieldError = { field: string; messages: string[] };

describe('plain-English field messages in a 400', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await arrange(t).programme(PROGRAMME);
    await arrange(t).proposal(PROGRAMME, 'with-benefits');
  });
  afterAll(() => t.close());

  /** The 400's errors by field, after checking nothing was appended. */
  const refused = async (path: string, body: object): Promise<Record<string, string[]>> => {
    const res = await expectNothingAppended(t, () => t.http.post(path).set(as()).send(body).expect(400));
    expect(res.body.code).toBe('VALIDATION_FAILED');
    return Object.fromEntries((res.body.errors as FieldError[]).map((e) => [e.field, [...new Set(e.messages)]]));
  };

  it('registering a proposal: a title, aims, a source document and at least one strategic outcome', async () => {
    const errors = await refused(`/programmes/${PROGRAMME}/proposals`, {
      title: '',
      aims: '',
      source: { document: '' },
      outcomeIds: [],
      priorityIds: ['not an id!'],
    });
    expect(errors).toEqual({
      title: ['Enter the proposal’s title'],
      aims: ['Say what the proposal aims to achieve'],
      'source.document': ['Enter the document it comes from, such as a report’s title'],
      outcomeIds: ['Choose at least one strategic outcome this proposal supports'],
      priorityIds: ['Choose strategic priorities from the programme’s list, each once'],
    });
  });

  it('planning a benefit: the target, the baseline and each planned value in words, the schedule not empty', async () => {
    const plan = {
      description: 'Cashable savings',
      observableOutcome: 'Released from the base budget',
      measure: 'Savings against the 2005/06 base',
      unit: 'GBP-pence',
      attribution: 'Budget monitoring',
      cashReleasing: true,
      quantitative: true,
      isDisbenefit: false,
      ownerId: 'person-director-of-resources',
      ownerName: 'Director of Resources',
      baseline: 0,
      target: 200_000_000,
      schedule: [{ period: '2006/07', plannedValue: 200_000_000 }],
    };
    const path = '/proposals/with-benefits/benefits';
    expect(await refused(path, { ...plan, target: -1, baseline: 1.5 })).toEqual({
      target: ['Enter the target: a whole number of zero or more (for money, whole pence: the form converts pounds)'],
      baseline: ['Enter the baseline: a whole number of zero or more (for money, whole pence: the form converts pounds)'],
    });
    expect(await refused(path, { ...plan, schedule: [] })).toEqual({ schedule: ['Plan at least one period in the realisation schedule'] });
    expect(await refused(path, { ...plan, schedule: [{ period: '2006/07', plannedValue: '£1,5m' }] })).toEqual({
      'schedule[0].plannedValue': ['Enter the planned value for the period: a whole number of zero or more (for money, whole pence: the form converts pounds)'],
    });
  });

  it('submitting a business case: each year’s investment and the whole-life cost', async () => {
    const errors = await refused('/proposals/with-benefits/business-cases', {
      stage: 'SOC',
      sections: { strategic: 'S', economic: 'E', commercial: 'C', financial: 'F', management: 'M' },
      investment: [{ financialYear: '2006-07', amountPence: -5 }],
      wholeLifeCostPence: 'two million',
      anticipatedBenefits: [],
      submittedBy: 'Tim Godwin',
      submittedOn: '2005-11-15',
    });
    expect(errors).toEqual({
      'investment[0].financialYear': ['Enter a financial year such as 2006/07'],
      'investment[0].amountPence': ['Enter the year’s investment: an amount of zero or more, in whole pence (the form converts pounds)'],
      wholeLifeCostPence: ['Enter the whole-life cost: an amount of zero or more, in whole pence (the form converts pounds)'],
    });
  });

  it('still names every field a message was not written for, in class-validator’s words', async () => {
    const errors = await refused(`/programmes/${PROGRAMME}/proposals`, {
      title: 'Safer Neighbourhoods',
      aims: 'A team in every ward',
      source: ARRANGE_SOURCE,
      outcomeIds: ['safer'],
      priorityIds: [],
      proposalId: 'not an id!',
    });
    expect(Object.keys(errors)).toEqual(['proposalId']);
  });
});
