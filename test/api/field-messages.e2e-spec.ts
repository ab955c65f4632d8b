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
  const refused = async (path: string, body: object, role?: string): Promise<Record<string, string[]>> => {
    const res = await expectNothingAppended(t, () => t.http.post(path).set(as(role)).send(body).expect(400));
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

  it('a field with no message of its own is still named in words, not by its property', async () => {
    const errors = await refused(`/programmes/${PROGRAMME}/proposals`, {
      title: 'Safer Neighbourhoods',
      aims: 'A team in every ward',
      source: ARRANGE_SOURCE,
      outcomeIds: ['safer'],
      priorityIds: [],
      proposalId: 'not an id!',
    });
    expect(errors).toEqual({ proposalId: ['Give the proposal as a reference of up to 100 letters, digits, “-” or “_”, starting with a letter or digit'] });
  });

  it('scheduling a meeting: its label’s sentence, with the limit in words', async () => {
    expect(await refused(`/programmes/${PROGRAMME}/meetings`, { forum: 'Cabinet', forumName: '', title: 'x'.repeat(301), date: '9 March 2006' })).toEqual({
      forum: ['Choose the forum: Authority, Committee or ManagementBoard'],
      forumName: ['Enter the forum’s name (up to 200 characters)'],
      title: ['Keep the meeting’s title to 300 characters or fewer'],
      date: ['Enter the meeting’s date as a date such as 2006-03-09'],
    });
  });

  // Every request body the forms send: an empty body (what is missing) and one whose every field
  // holds a value no field takes (what is wrong). Each error names its field in a sentence a
  // person can act on: no property name, none of class-validator's words, and nothing appended.
  const ROUTES: [string, string, string?][] = [
    ['creating a user', '/users', 'administrator'],
    ['changing a role', '/users/someone/role-changes', 'administrator'],
    ['adding a person', '/people'],
    ['a person’s post', '/people/someone/posts'],
    ['setting up a programme', '/programmes'],
    ['a strategic priority', `/programmes/${PROGRAMME}/strategic-priorities`],
    ['a strategic outcome', `/programmes/${PROGRAMME}/strategic-outcomes`],
    ['a consultation', '/proposals/with-benefits/consultation'],
    ['an agreement', '/proposals/with-benefits/agreement'],
    ['a deferral', '/proposals/with-benefits/deferral'],
    ['a lead assignment', '/proposals/with-benefits/lead-assignments'],
    ['a delivery confidence assessment', '/proposals/with-benefits/delivery-confidence-assessments'],
    ['a benefit reforecast', '/proposals/with-benefits/benefits/b/reforecasts'],
    ['a benefit realisation', '/proposals/with-benefits/benefits/b/realisations'],
    ['a milestone', `/programmes/${PROGRAMME}/milestones`],
    ['a milestone reschedule', `/programmes/${PROGRAMME}/milestones/m/reschedules`],
    ['a risk', `/programmes/${PROGRAMME}/risks`],
    ['a risk reassessment', '/risks/r/reassessments'],
    ['a decision', `/programmes/${PROGRAMME}/decisions`],
    ['a meeting', `/programmes/${PROGRAMME}/meetings`],
    ['an agenda item', '/meetings/m/agenda-items'],
    ['an action', `/programmes/${PROGRAMME}/actions`],
    ['completing an action', '/actions/a/completion'],
    ['an issue', `/programmes/${PROGRAMME}/issues`],
    ['escalating an issue', '/issues/i/escalation'],
    ['a reporting duty', `/programmes/${PROGRAMME}/reporting-duties`],
    ['a report against a duty', '/reporting-duties/d/reports'],
    ['a plan', `/programmes/${PROGRAMME}/plans`],
    ['a plan’s priority', '/plans/p/priorities'],
    ['an objective', '/plans/p/objectives'],
    ['an objective’s accountability', '/objectives/o/accountability'],
    ['an indicator', '/objectives/o/indicators'],
    ['a target', '/objectives/o/indicators/i/targets'],
    ['an actual', '/objectives/o/indicators/i/actuals'],
    ['a funding line', `/programmes/${PROGRAMME}/funding-lines`],
    ['a funding revision', `/programmes/${PROGRAMME}/funding-lines/l/revisions`],
  ];
  const JARGON = /must be|should not|must contain|elements|\$property|each value|shorter than|longer than|not be less|not be greater/i;

  // Every row has its role, so jest never takes a missing third value for a `done` callback.
  it.each(ROUTES.map(([what, path, role]) => [what, path, role ?? 'programme-office'] as const))('%s (%s): every bad field in a plain-English sentence', async (_what, path, role) => {
    const missing = await refused(path, {}, role);
    const fields = Object.keys(missing);
    expect(fields.length).toBeGreaterThan(0);
    // Every field the empty body named, now holding something no field takes.
    const wrong = await refused(path, Object.fromEntries(fields.filter((f) => !f.includes('.')).map((f) => [f, -1.5])), role);
    for (const errors of [missing, wrong]) {
      for (const [field, messages] of Object.entries(errors)) {
        const property = field.replace(/\[\d+\]/g, '').split('.').pop() as string;
        for (const message of messages) {
          expect({ field, message, jargon: JARGON.test(message) }).toEqual({ field, message, jargon: false });
          expect(message).toMatch(/^[A-Z]/);
          // A person reads "the owner", never "ownerId" (a one-word property is its own word).
          if (/[A-Z]/.test(property)) expect(message).not.toContain(property);
          expect(message.startsWith(`${property} `)).toBe(false);
        }
      }
    }
  });
});
