import { ledgerUpcasters } from '@ledger/catalogue';
import { randomUUID } from 'node:crypto';
import { proposalDecider, type ProposalCommand } from '@ledger/proposal';
import { streamIds } from '@ledger/kernel';
import { USER_ROLES, type UserRole } from '@ledger/user';
import { PostgresEventStore } from '@ledger/platform/event-store';
import {
  as,
  createTestApp,
  expectEveryEventSignedIn,
  expectNothingAppended,
  lastPosition,
  type TestApp,
} from '../support/app';

/**
 * Who may call what: every operation of the OpenAPI document, called anonymously and by
 * every role, answers 2xx where the rules allow it, else 401 (anonymous) or 403 — and a
 * refused call appends nothing. An operation missing from the table below fails the test,
 * so a new endpoint cannot ship without a decision on who may call it.
 */

type Caller = 'anonymous' | UserRole;
const CALLERS: readonly Caller[] = ['anonymous', ...USER_ROLES];
const READERS: readonly UserRole[] = ['programme-office', 'lead', 'oversight-committee'];
const SIGNED_IN: readonly UserRole[] = USER_ROLES;
const OVERSIGHT: readonly UserRole[] = ['oversight-committee', 'programme-office'];

/** The lead who calls: the person id that the arranged proposals' lead assignments name. */
const LEAD = 'matrix-lead';
const PASSWORD = 'correct horse battery staple';
const PROGRAMME = 'mx';
const source = { document: 'Service Review 2005', paragraph: '21' };

const headersOf = (caller: Caller): Record<string, string> =>
  caller === 'anonymous' ? {} : caller === 'lead' ? as('lead', LEAD, 'Matrix Lead') : as(caller, `matrix-${caller}`, `Matrix ${caller}`);
const po = () => as('programme-office', 'matrix-arranger', 'Matrix arranger');

/** One call: where, with what, and (for forum or assessment rules) a body suited to the caller. */
interface Call {
  path: string;
  body?: object;
  /** Request headers besides the caller's (the refresh cookie). */
  headers?: Record<string, string>;
  query?: Record<string, string>;
}
interface Endpoint {
  /** Who gets 2xx; everybody else 403 (or 401 anonymously). 'public': everybody, anonymous too. */
  allowed: readonly Caller[] | 'public';
  /** Arranges what the call needs (fresh each time, through the API) and returns it. */
  arrange: (caller: Caller) => Promise<Call>;
}

const benefitBody = (benefitId: string) => ({
  benefitId,
  description: 'Back-office savings redeployed to wards',
  observableOutcome: 'Officer hours moved to wards',
  measure: 'Cashable saving against the 2005/06 base budget',
  unit: 'GBP-pence',
  attribution: 'Budget monitoring',
  cashReleasing: true,
  quantitative: true,
  isDisbenefit: false,
  ownerId: LEAD,
  ownerName: 'Matrix Lead',
  baseline: 0,
  target: 1_000_000,
  fullYearValue: 1_000_000,
  schedule: [
    { period: '2006/07', plannedValue: 500_000 },
    { period: '2007/08', plannedValue: 1_000_000 },
  ],
});
const realisation = { period: '2006/07', actual: 400_000, forecastRemaining: 600_000, evidence: 'Outturn 2006/07' };
const reforecast = {
  schedule: [
    { period: '2006/07', plannedValue: 400_000 },
    { period: '2007/08', plannedValue: 1_100_000 },
  ],
  reason: 'Slower start',
};
const businessCase = {
  stage: 'SOC',
  sections: { strategic: 'S', economic: 'E', commercial: 'C', financial: 'F', management: 'M' },
  investment: [{ financialYear: '2006/07', amountPence: 1_000_000 }],
  wholeLifeCostPence: 2_000_000,
  anticipatedBenefits: [{ description: 'Safer wards' }],
  submittedBy: 'Matrix Lead',
  submittedOn: '2005-11-15',
};
const scrutiny = { meeting: 'MPA Oversight Committee, 15 December 2005', decisionDate: '2005-12-15' };
const neutral = Object.fromEntries(
  [
    'age',
    'disability',
    'gender-reassignment',
    'marriage-and-civil-partnership',
    'pregnancy-and-maternity',
    'race',
    'religion-or-belief',
    'sex',
    'sexual-orientation',
  ].map((c) => [c, 'neutral']),
);
const riskBody = (riskId: string) => ({
  riskId,
  kind: 'threat',
  category: 'risk',
  title: 'Roll-out unfunded',
  cause: 'Funding gap',
  event: 'Precept not raised',
  effect: 'Teams late',
  ownerName: 'Matrix Lead',
  likelihood: 3,
  impact: 4,
  proximity: '2006/07 budget',
  response: 'reduce',
  residualLikelihood: 2,
  residualImpact: 4,
  raisedOn: '2005-09-29',
});
/** A forum each role may record (the programme office the Authority's, the committee its own). */
const forumFor = (caller: Caller) => (caller === 'oversight-committee' ? 'Committee' : 'Authority');
/** A delivery confidence assessment each role may record. */
const assessmentFor = (caller: Caller) => (caller === 'lead' ? 'self' : 'independent');

describe('access matrix: every endpoint × every role and anonymous', () => {
  let t: TestApp;
  let n = 0;
  const fresh = (tag: string) => `${tag}-${++n}`;

  /** An arranging request as the programme office (or another role): it must succeed. */
  const step = async (path: string, body: object, headers: Record<string, string> = po(), method: 'post' | 'put' = 'post') => {
    const res = await t.http[method](path).set(headers).send(body);
    if (res.status < 200 || res.status >= 300) throw new Error(`arrange ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const registered = async () => {
    const proposalId = fresh('p');
    await step(`/programmes/${PROGRAMME}/proposals`, { proposalId, title: proposalId, aims: 'Aims', source, outcomeIds: ['safer'], priorityIds: [] });
    return proposalId;
  };
  const agreed = async () => {
    const proposalId = await registered();
    await step(`/proposals/${proposalId}/agreement`, { forum: 'Authority', decisionDate: '2005-09-29', meeting: 'Full Authority', minuteReference: 'MPA 29/09/05 5' });
    return proposalId;
  };
  /** Agreed, with LEAD as its lead (or another person). */
  const led = async (leadId = LEAD) => {
    const proposalId = await agreed();
    await step(`/proposals/${proposalId}/lead-assignments`, { leadId, leadName: leadId, leadRole: 'AC', effectiveDate: '2005-10-01' });
    return proposalId;
  };
  const plannedBenefit = async () => {
    const proposalId = await led();
    const benefitId = fresh('b');
    await step(`/proposals/${proposalId}/benefits`, benefitBody(benefitId));
    return `/proposals/${proposalId}/benefits/${benefitId}`;
  };
  const programmeBenefit = async () => {
    const benefitId = fresh('pb');
    await step(`/programmes/${PROGRAMME}/benefits`, benefitBody(benefitId));
    return `/programmes/${PROGRAMME}/benefits/${benefitId}`;
  };
  const awaitingScrutiny = async () => {
    const proposalId = await led();
    await step(`/proposals/${proposalId}/business-cases`, businessCase);
    return proposalId;
  };
  const milestone = async () => {
    const milestoneId = fresh('m');
    await step(`/programmes/${PROGRAMME}/milestones`, { milestoneId, title: milestoneId, baselineDate: '2006-03-31' });
    return milestoneId;
  };
  const risk = async () => {
    const riskId = fresh('r');
    await step(`/programmes/${PROGRAMME}/risks`, riskBody(riskId));
    return riskId;
  };
  const meeting = async () => {
    const meetingId = fresh('mt');
    await step(`/programmes/${PROGRAMME}/meetings`, { meetingId, forum: 'Committee', forumName: 'MPA Oversight Committee', title: 'A meeting', date: '2006-03-09' });
    return meetingId;
  };
  /** An action owned by the lead who calls. */
  const actionBody = (actionId: string) => ({ actionId, title: 'Report back', ownerName: 'Matrix Lead', ownerPersonId: LEAD, origin: 'office', dueOn: '2006-03-09', raisedOn: '2005-10-01' });
  const openAction = async () => {
    const actionId = fresh('a');
    await step(`/programmes/${PROGRAMME}/actions`, actionBody(actionId));
    return actionId;
  };
  const issueBody = (issueId: string) => ({ issueId, title: 'Behind plan', description: 'Short', severity: 'high', ownerName: 'Matrix Lead', raisedOn: '2006-01-15' });
  const issue = async () => {
    const issueId = fresh('i');
    await step(`/programmes/${PROGRAMME}/issues`, issueBody(issueId));
    return issueId;
  };
  const dutyBody = (dutyId: string) => ({ dutyId, subject: 'programme', title: 'Plans', forum: 'Committee', forumName: 'MPA Oversight Committee', recurrence: 'one-off', dueDates: ['2006-03-09'] });
  const duty = async () => {
    const dutyId = fresh('duty');
    await step(`/programmes/${PROGRAMME}/reporting-duties`, dutyBody(dutyId));
    return dutyId;
  };
  const admin = () => as('administrator', 'matrix-admin', 'Matrix admin');
  const user = async () => {
    const username = fresh('user');
    await step('/users', { username, name: username, role: 'programme-office', password: PASSWORD }, admin());
    return username;
  };
  /** The sign-in's refresh cookie, as `name=value` for a Cookie header. */
  const refreshCookieOf = async (username: string) => {
    const res = await t.http.post('/auth/login').send({ username, password: PASSWORD }).expect(200);
    return ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0].split(';')[0];
  };
  /** A plan of PROGRAMME for 2006/07 with one priority, 'pri', in force. */
  const plan = async () => {
    const planId = fresh('plan');
    await step(`/programmes/${PROGRAMME}/plans`, { planId, kind: 'policing-plan', title: planId, firstYear: '2006/07', lastYear: '2006/07', adoptedOn: '2006-03-30' });
    await step(`/plans/${planId}/priorities`, { priorityId: 'pri', tier: 'londoners', title: 'A priority', definedOn: '2006-03-30' });
    return planId;
  };
  /** An objective LEAD is accountable for, with indicator 'ind' and its 2006/07 target. */
  const objective = async () => {
    const objectiveId = fresh('obj');
    await step(`/plans/${await plan()}/objectives`, { objectiveId, priorityId: 'pri', title: objectiveId, accountable: { personId: LEAD, name: 'Matrix Lead' }, definedOn: '2006-04-01' });
    await step(`/objectives/${objectiveId}/indicators`, { indicatorId: 'ind', title: 'An indicator', unit: '%', direction: 'higher-is-better', dataSource: 'Survey', tolerance: 1, definedOn: '2006-04-01' });
    await step(`/objectives/${objectiveId}/indicators/ind/targets`, { period: '2006/07', value: 60 });
    return objectiveId;
  };
  const fundingLine = (lineId: string) => ({ lineId, year: '2006/07', kind: 'resource', source: 'grant', label: 'Grant', amountPence: 100 });

  const ENDPOINTS: Record<string, Endpoint> = {
    // operations
    'GET /health': { allowed: 'public', arrange: async () => ({ path: '/health' }) },

    // sign-in
    'POST /auth/login': { allowed: 'public', arrange: async () => ({ path: '/auth/login', body: { username: 'matrix-login', password: PASSWORD } }) },
    'POST /auth/refresh': {
      allowed: 'public',
      arrange: async () => ({ path: '/auth/refresh', headers: { Cookie: await refreshCookieOf('matrix-refresh') } }),
    },
    'POST /auth/logout': { allowed: SIGNED_IN, arrange: async () => ({ path: '/auth/logout' }) },
    'GET /auth/me': { allowed: SIGNED_IN, arrange: async () => ({ path: '/auth/me' }) },

    // users: the administrator's, and nobody else's
    'POST /users': {
      allowed: ['administrator'],
      arrange: async () => ({ path: '/users', body: { username: fresh('new-user'), name: 'New user', role: 'lead', personId: 'person-x', password: PASSWORD } }),
    },
    'POST /users/{username}/role-changes': {
      allowed: ['administrator'],
      arrange: async () => ({ path: `/users/${await user()}/role-changes`, body: { role: 'oversight-committee', reason: 'Joined the committee' } }),
    },
    'POST /users/{username}/deactivation': {
      allowed: ['administrator'],
      arrange: async () => ({ path: `/users/${await user()}/deactivation`, body: { reason: 'Left' } }),
    },
    'POST /users/{username}/password-changes': {
      allowed: ['administrator'],
      arrange: async () => ({ path: `/users/${await user()}/password-changes`, body: { password: `${PASSWORD} 2` } }),
    },
    'GET /users': { allowed: ['administrator'], arrange: async () => ({ path: '/users' }) },

    // the people directory: every signed-in role reads it (to pick a person); the office records people without an account
    'GET /people': { allowed: SIGNED_IN, arrange: async () => ({ path: '/people', query: { q: 'matrix' } }) },
    'GET /people/{personId}': { allowed: SIGNED_IN, arrange: async () => ({ path: `/people/${LEAD}` }) },
    'POST /people': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: '/people', body: { personId: fresh('person'), name: 'A past post-holder', posts: [{ post: 'Programme director', from: '2007-10-01' }], source } }),
    },
    'POST /people/{personId}/posts': {
      allowed: ['programme-office'],
      arrange: async () => {
        const personId = fresh('person');
        await step('/people', { personId, name: 'A past post-holder' });
        return { path: `/people/${personId}/posts`, body: { post: 'Director of Resources', from: '2008-04-01', to: '2009-03-31' } };
      },
    },

    // queries: every signed-in role but the administrator
    'GET /programmes': { allowed: READERS, arrange: async () => ({ path: '/programmes' }) },
    'GET /programmes/{programmeId}': { allowed: READERS, arrange: async () => ({ path: `/programmes/${PROGRAMME}` }) },
    'GET /programmes/{programmeId}/as-at': {
      allowed: READERS,
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/as-at`, query: { at: new Date().toISOString() } }),
    },
    'GET /programmes/{programmeId}/changes': {
      allowed: READERS,
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/changes`, query: { from: '2000-01-01T00:00:00Z' } }),
    },
    'GET /proposals': { allowed: READERS, arrange: async () => ({ path: '/proposals' }) },
    'GET /proposals/{proposalId}': {
      allowed: READERS,
      arrange: async () => {
        const proposalId = await registered();
        return { path: `/proposals/${proposalId}`, query: { waitForPosition: String(await lastPosition(t)) } };
      },
    },
    // The administrator reads the users' and sign-ins' part of it (sign-in-abuse.e2e-spec.ts shows which).
    'GET /audit': { allowed: [...READERS, 'administrator'], arrange: async () => ({ path: '/audit' }) },

    // the audit chain and the committee pack: the oversight committee and the programme office
    'GET /audit/chain-head': { allowed: OVERSIGHT, arrange: async () => ({ path: '/audit/chain-head' }) },
    'GET /audit/verify': { allowed: OVERSIGHT, arrange: async () => ({ path: '/audit/verify' }) },
    // the Merkle log: its public key for anyone's verifier; heads and proofs for the oversight roles
    'GET /.well-known/ledger-log-key': { allowed: 'public', arrange: async () => ({ path: '/.well-known/ledger-log-key' }) },
    'GET /audit/log/head': { allowed: OVERSIGHT, arrange: async () => ({ path: '/audit/log/head' }) },
    'GET /audit/log/inclusion': { allowed: OVERSIGHT, arrange: async () => ({ path: '/audit/log/inclusion', query: { position: '1' } }) },
    'GET /audit/log/consistency': { allowed: OVERSIGHT, arrange: async () => ({ path: '/audit/log/consistency', query: { from: '1' } }) },
    'GET /programmes/{programmeId}/committee-pack': {
      allowed: OVERSIGHT,
      arrange: async () => ({
        path: `/programmes/${PROGRAMME}/committee-pack`,
        query: { meeting: new Date().toISOString(), waitForPosition: String(await lastPosition(t)) },
      }),
    },

    // programmes: the programme office
    'POST /programmes': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: '/programmes', body: { programmeId: fresh('prog'), name: 'A programme', mission: 'A mission', source } }),
    },
    'POST /programmes/{programmeId}/strategic-priorities': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/strategic-priorities`, body: { priorityId: fresh('pri'), title: 'A priority' } }),
    },
    'POST /programmes/{programmeId}/strategic-outcomes': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/strategic-outcomes`, body: { outcomeId: fresh('out'), title: 'An outcome' } }),
    },
    'POST /programmes/{programmeId}/director-appointments': {
      allowed: ['programme-office'],
      arrange: async () => {
        const programmeId = fresh('prog');
        await step('/programmes', { programmeId, name: 'A programme', mission: 'A mission', source });
        return { path: `/programmes/${programmeId}/director-appointments`, body: { personId: 'person-rimmer', name: 'Stephen Rimmer', effectiveDate: '2005-10-03' } };
      },
    },

    // proposals: the programme office; agreements by forum; delivery confidence also by the lead and the committee
    'POST /programmes/{programmeId}/proposals': {
      allowed: ['programme-office'],
      arrange: async () => ({
        path: `/programmes/${PROGRAMME}/proposals`,
        body: { proposalId: fresh('p'), title: 'A proposal', aims: 'Aims', source, outcomeIds: ['safer'], priorityIds: [] },
      }),
    },
    'POST /proposals/{proposalId}/consultation': {
      allowed: ['programme-office'],
      arrange: async () => ({
        path: `/proposals/${await registered()}/consultation`,
        body: { opensOn: '2005-10-03', closesOn: '2005-12-16', consultees: ['Boroughs'], description: 'Roll-out' },
      }),
    },
    'POST /proposals/{proposalId}/consultation/closure': {
      allowed: ['programme-office'],
      arrange: async () => {
        const proposalId = await registered();
        await step(`/proposals/${proposalId}/consultation`, { opensOn: '2005-10-03', closesOn: '2005-12-16', consultees: ['Boroughs'], description: 'Roll-out' });
        return { path: `/proposals/${proposalId}/consultation/closure`, body: { closedOn: '2005-12-16', summary: 'Supportive' } };
      },
    },
    'POST /proposals/{proposalId}/agreement': {
      allowed: ['programme-office', 'oversight-committee'],
      arrange: async (caller) => ({
        path: `/proposals/${await registered()}/agreement`,
        body: { forum: forumFor(caller), decisionDate: '2005-09-29', meeting: 'A meeting', minuteReference: 'Minute 5' },
      }),
    },
    'POST /proposals/{proposalId}/not-taken-forward-decision': {
      allowed: ['programme-office'],
      arrange: async () => ({
        path: `/proposals/${await registered()}/not-taken-forward-decision`,
        body: { reasonCode: 'too-bureaucratic', rationale: 'Too bureaucratic', decisionDate: '2005-09-29' },
      }),
    },
    'POST /proposals/{proposalId}/deferral': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/proposals/${await registered()}/deferral`, body: { decisionDate: '2005-09-29', reasonCode: 'other', rationale: 'After the review' } }),
    },
    'POST /proposals/{proposalId}/reopening': {
      allowed: ['programme-office'],
      arrange: async () => {
        const proposalId = await registered();
        await step(`/proposals/${proposalId}/deferral`, { decisionDate: '2005-09-29', reasonCode: 'other', rationale: 'After the review' });
        return { path: `/proposals/${proposalId}/reopening`, body: { reopenedOn: '2006-06-01', reason: 'Review concluded' } };
      },
    },
    'POST /proposals/{proposalId}/lead-assignments': {
      allowed: ['programme-office'],
      arrange: async () => ({
        path: `/proposals/${await agreed()}/lead-assignments`,
        body: { leadId: 'person-godwin', leadName: 'Tim Godwin', leadRole: 'AC', effectiveDate: '2005-10-01' },
      }),
    },
    'POST /proposals/{proposalId}/equality-impact-assessments': {
      allowed: ['programme-office'],
      arrange: async () => ({
        path: `/proposals/${await registered()}/equality-impact-assessments`,
        body: { screeningOutcome: 'no-significant-impact', impacts: neutral, evidence: 'Surveys', reviewDate: '2007-04-01', assessedOn: '2006-04-10' },
      }),
    },
    'POST /proposals/{proposalId}/delivery-confidence-assessments': {
      allowed: ['programme-office', 'lead', 'oversight-committee'],
      arrange: async (caller) => ({
        path: `/proposals/${await led()}/delivery-confidence-assessments`,
        body: { rating: 'amber', assessment: assessmentFor(caller), commentary: 'On track', assessedOn: '2006-09-29', assessorName: 'Assessor' },
      }),
    },
    'POST /proposals/{proposalId}/delivery-start': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/proposals/${await led()}/delivery-start`, body: { startedOn: '2006-04-01' } }),
    },
    'POST /proposals/{proposalId}/aims': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/proposals/${await registered()}/aims`, body: { aims: 'Amended aims', outcomeIds: ['safer'], objectiveIds: [await objective()], amendedOn: '2006-04-01', reason: 'Serves it' } }),
    },
    'POST /proposals/{proposalId}/closure': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/proposals/${await led()}/closure`, body: { closedOn: '2008-03-31', reason: 'Delivered' } }),
    },

    // business cases: submitted by the office or the proposal's lead, scrutinised by the committee
    'POST /proposals/{proposalId}/business-cases': {
      allowed: ['programme-office', 'lead'],
      arrange: async () => ({ path: `/proposals/${await led()}/business-cases`, body: businessCase }),
    },
    'POST /proposals/{proposalId}/business-cases/{version}/approval': {
      allowed: ['oversight-committee'],
      arrange: async () => ({ path: `/proposals/${await awaitingScrutiny()}/business-cases/1/approval`, body: scrutiny }),
    },
    'POST /proposals/{proposalId}/business-cases/{version}/return': {
      allowed: ['oversight-committee'],
      arrange: async () => ({ path: `/proposals/${await awaitingScrutiny()}/business-cases/1/return`, body: { ...scrutiny, comments: 'Compare options' } }),
    },

    // benefits of a proposal: the office or its lead; programme-level benefits: the office
    'POST /proposals/{proposalId}/benefits': {
      allowed: ['programme-office', 'lead'],
      arrange: async () => ({ path: `/proposals/${await led()}/benefits`, body: benefitBody(fresh('b')) }),
    },
    'POST /proposals/{proposalId}/benefits/{benefitId}/objectives': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `${await plannedBenefit()}/objectives`, body: { objectiveIds: [await objective()], linkedOn: '2006-04-01', reason: 'Contributes to it' } }),
    },
    'POST /proposals/{proposalId}/benefits/{benefitId}/reforecasts': {
      allowed: ['programme-office', 'lead'],
      arrange: async () => ({ path: `${await plannedBenefit()}/reforecasts`, body: reforecast }),
    },
    'POST /proposals/{proposalId}/benefits/{benefitId}/realisations': {
      allowed: ['programme-office', 'lead'],
      arrange: async () => ({ path: `${await plannedBenefit()}/realisations`, body: realisation }),
    },
    'POST /proposals/{proposalId}/benefits/{benefitId}/realisations/{period}/corrections': {
      allowed: ['programme-office', 'lead'],
      arrange: async () => {
        const url = await plannedBenefit();
        await step(`${url}/realisations`, realisation);
        return { path: `${url}/realisations/2006-07/corrections`, body: { actual: 380_000, reason: 'Audited figure' } };
      },
    },
    'POST /programmes/{programmeId}/benefits': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/benefits`, body: benefitBody(fresh('pb')) }),
    },
    'POST /programmes/{programmeId}/benefits/{benefitId}/objectives': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `${await programmeBenefit()}/objectives`, body: { objectiveIds: [await objective()], linkedOn: '2006-04-01', reason: 'Contributes to it' } }),
    },
    'POST /programmes/{programmeId}/benefits/{benefitId}/reforecasts': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `${await programmeBenefit()}/reforecasts`, body: reforecast }),
    },
    'POST /programmes/{programmeId}/benefits/{benefitId}/realisations': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `${await programmeBenefit()}/realisations`, body: realisation }),
    },
    'POST /programmes/{programmeId}/benefits/{benefitId}/realisations/{period}/corrections': {
      allowed: ['programme-office'],
      arrange: async () => {
        const url = await programmeBenefit();
        await step(`${url}/realisations`, realisation);
        return { path: `${url}/realisations/2006-07/corrections`, body: { actual: 380_000, reason: 'Audited figure' } };
      },
    },

    // delivery plan and risk register: the programme office
    'POST /programmes/{programmeId}/milestones': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/milestones`, body: { milestoneId: fresh('m'), title: 'Teams live', baselineDate: '2006-03-31' } }),
    },
    'POST /programmes/{programmeId}/milestones/{milestoneId}/reschedules': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/milestones/${await milestone()}/reschedules`, body: { forecastDate: '2006-06-30', reason: 'Late' } }),
    },
    'POST /programmes/{programmeId}/milestones/{milestoneId}/achievement': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/milestones/${await milestone()}/achievement`, body: { achievedOn: '2006-03-31' } }),
    },
    'PUT /programmes/{programmeId}/milestones/{milestoneId}/predecessors': {
      allowed: ['programme-office'],
      arrange: async () => {
        const first = await milestone();
        return { path: `/programmes/${PROGRAMME}/milestones/${await milestone()}/predecessors`, body: { predecessorIds: [first], reason: 'Sequenced' } };
      },
    },
    'POST /programmes/{programmeId}/risks': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/risks`, body: riskBody(fresh('r')) }),
    },
    'POST /risks/{riskId}/reassessments': {
      allowed: ['programme-office'],
      arrange: async () => ({
        path: `/risks/${await risk()}/reassessments`,
        body: { likelihood: 2, impact: 4, residualLikelihood: 1, residualImpact: 4, reason: 'Funding agreed', reassessedOn: '2005-10-10' },
      }),
    },
    'POST /risks/{riskId}/closure': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/risks/${await risk()}/closure`, body: { reason: 'Budget set', closedOn: '2006-02-15' } }),
    },

    // decisions: by forum
    'POST /programmes/{programmeId}/decisions': {
      allowed: ['programme-office', 'oversight-committee'],
      arrange: async (caller) => ({
        path: `/programmes/${PROGRAMME}/decisions`,
        body: { decisionId: fresh('d'), forum: forumFor(caller), decisionDate: '2005-09-29', subject: 'The proposals', outcome: 'approve', rationale: 'Sound', minuteReference: 'Minute 5' },
      }),
    },

    // the oversight loop: the office manages meetings and agendas; the committee raises actions;
    // an owner (a lead) completes their own actions
    'POST /programmes/{programmeId}/meetings': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/meetings`, body: { meetingId: fresh('mt'), forum: 'Committee', forumName: 'MPA Oversight Committee', title: 'A meeting', date: '2006-03-09' } }),
    },
    'POST /meetings/{meetingId}/agenda-items': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/meetings/${await meeting()}/agenda-items`, body: { itemId: fresh('item'), kind: 'other', title: 'An item' } }),
    },
    'POST /meetings/{meetingId}/held': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/meetings/${await meeting()}/held`, body: { heldOn: '2006-03-09' } }),
    },
    'GET /programmes/{programmeId}/meetings': { allowed: READERS, arrange: async () => ({ path: `/programmes/${PROGRAMME}/meetings` }) },
    'GET /meetings/{meetingId}': {
      allowed: READERS,
      arrange: async () => ({ path: `/meetings/${await meeting()}`, query: { waitForPosition: String(await lastPosition(t)) } }),
    },
    'POST /programmes/{programmeId}/actions': {
      allowed: ['programme-office', 'oversight-committee'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/actions`, body: actionBody(fresh('a')) }),
    },
    'POST /actions/{actionId}/completion': {
      allowed: ['programme-office', 'lead'],
      arrange: async () => ({ path: `/actions/${await openAction()}/completion`, body: { evidence: 'Paper 5', completedOn: '2006-02-01' } }),
    },
    'POST /actions/{actionId}/drop': {
      allowed: ['programme-office', 'oversight-committee'],
      arrange: async () => ({ path: `/actions/${await openAction()}/drop`, body: { reason: 'Overtaken', droppedOn: '2006-02-01' } }),
    },
    'GET /programmes/{programmeId}/actions': { allowed: READERS, arrange: async () => ({ path: `/programmes/${PROGRAMME}/actions` }) },
    'GET /actions/mine': { allowed: READERS, arrange: async () => ({ path: '/actions/mine' }) },
    'POST /programmes/{programmeId}/issues': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/issues`, body: issueBody(fresh('i')) }),
    },
    'POST /issues/{issueId}/escalation': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/issues/${await issue()}/escalation`, body: { forum: 'Committee', reason: 'Needs members', escalatedOn: '2006-02-01' } }),
    },
    'POST /issues/{issueId}/resolution': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/issues/${await issue()}/resolution`, body: { resolution: 'Resolved', resolvedOn: '2006-02-01' } }),
    },
    'GET /programmes/{programmeId}/issues': { allowed: READERS, arrange: async () => ({ path: `/programmes/${PROGRAMME}/issues` }) },
    'POST /programmes/{programmeId}/reporting-duties': {
      allowed: ['programme-office', 'oversight-committee'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/reporting-duties`, body: dutyBody(fresh('duty')) }),
    },
    'POST /reporting-duties/{dutyId}/reports': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/reporting-duties/${await duty()}/reports`, body: { dueOn: '2006-03-09', receivedOn: '2006-03-01', paper: 'Report 6', covers: 'The plans' } }),
    },
    'GET /programmes/{programmeId}/reporting-duties': { allowed: READERS, arrange: async () => ({ path: `/programmes/${PROGRAMME}/reporting-duties` }) },
    // the plan the programme serves: the office defines it; actuals also by the accountable member
    'POST /programmes/{programmeId}/plans': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/plans`, body: { planId: fresh('plan'), kind: 'corporate-strategy', title: 'Strategy', firstYear: '2006/07', lastYear: '2008/09', adoptedOn: '2006-03-30' } }),
    },
    'POST /plans/{planId}/priorities': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/plans/${await plan()}/priorities`, body: { priorityId: 'another', tier: 'excellence', title: 'Another', definedOn: '2006-04-01' } }),
    },
    'POST /plans/{planId}/priorities/{priorityId}/rewordings': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/plans/${await plan()}/priorities/pri/rewordings`, body: { title: 'Reworded', reason: 'Renamed', rewordedOn: '2006-04-01' } }),
    },
    'POST /plans/{planId}/priorities/{priorityId}/retirement': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/plans/${await plan()}/priorities/pri/retirement`, body: { reason: 'Dropped', retiredOn: '2006-04-01' } }),
    },
    'GET /programmes/{programmeId}/plans': { allowed: READERS, arrange: async () => ({ path: `/programmes/${PROGRAMME}/plans` }) },
    'GET /plans/{planId}': {
      allowed: READERS,
      arrange: async () => {
        const planId = await plan();
        return { path: `/plans/${planId}`, query: { waitForPosition: String(await lastPosition(t)) } };
      },
    },
    'GET /plans/{planId}/performance': {
      allowed: READERS,
      arrange: async () => {
        const planId = await plan();
        return { path: `/plans/${planId}/performance`, query: { period: '2006/07', waitForPosition: String(await lastPosition(t)) } };
      },
    },
    'POST /plans/{planId}/objectives': {
      allowed: ['programme-office'],
      arrange: async () => ({
        path: `/plans/${await plan()}/objectives`,
        body: { objectiveId: fresh('obj'), priorityId: 'pri', title: 'An objective', accountable: { personId: LEAD, name: 'Matrix Lead' }, definedOn: '2006-04-01' },
      }),
    },
    'GET /objectives/{objectiveId}': {
      allowed: READERS,
      arrange: async () => {
        const objectiveId = await objective();
        return { path: `/objectives/${objectiveId}`, query: { waitForPosition: String(await lastPosition(t)) } };
      },
    },
    'POST /objectives/{objectiveId}/accountability': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/objectives/${await objective()}/accountability`, body: { accountable: { personId: 'p-new', name: 'New' }, reason: 'Moved', assignedOn: '2006-09-01' } }),
    },
    'POST /objectives/{objectiveId}/indicators': {
      allowed: ['programme-office'],
      arrange: async () => ({
        path: `/objectives/${await objective()}/indicators`,
        body: { indicatorId: 'ind2', title: 'Another', unit: 'offences', direction: 'lower-is-better', dataSource: 'Crime recording', tolerance: 0, definedOn: '2006-04-01' },
      }),
    },
    'POST /objectives/{objectiveId}/indicators/{indicatorId}/targets': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/objectives/${await objective()}/indicators/ind/targets`, body: { period: '2006/07', value: 65, reason: 'Raised' } }),
    },
    'POST /objectives/{objectiveId}/indicators/{indicatorId}/actuals': {
      allowed: ['programme-office', 'lead'],
      arrange: async () => ({ path: `/objectives/${await objective()}/indicators/ind/actuals`, body: { period: '2006/07', value: 55, reportedOn: '2007-04-20' } }),
    },
    'POST /objectives/{objectiveId}/indicators/{indicatorId}/corrections': {
      allowed: ['programme-office', 'lead'],
      arrange: async () => {
        const objectiveId = await objective();
        await step(`/objectives/${objectiveId}/indicators/ind/actuals`, { period: '2006/07', value: 55, reportedOn: '2007-04-20' });
        return { path: `/objectives/${objectiveId}/indicators/ind/corrections`, body: { period: '2006/07', value: 58, reason: 'Audited', correctedOn: '2007-05-01' } };
      },
    },
    'POST /programmes/{programmeId}/funding-lines': {
      allowed: ['programme-office'],
      arrange: async () => ({ path: `/programmes/${PROGRAMME}/funding-lines`, body: fundingLine(fresh('line')) }),
    },
    'POST /programmes/{programmeId}/funding-lines/{lineId}/revisions': {
      allowed: ['programme-office'],
      arrange: async () => {
        const lineId = fresh('line');
        await step(`/programmes/${PROGRAMME}/funding-lines`, fundingLine(lineId));
        return { path: `/programmes/${PROGRAMME}/funding-lines/${lineId}/revisions`, body: { amountPence: 200, reason: 'Revised' } };
      },
    },
    'GET /programmes/{programmeId}/funding': { allowed: READERS, arrange: async () => ({ path: `/programmes/${PROGRAMME}/funding` }) },
  };

  beforeAll(async () => {
    t = await createTestApp();
    await step('/programmes', { programmeId: PROGRAMME, name: 'Met Modernisation Programme', mission: 'Working together for a safer London', source });
    await step(`/programmes/${PROGRAMME}/strategic-outcomes`, { outcomeId: 'safer', title: 'Communities are, and feel, safer' });
    for (const username of ['matrix-login', 'matrix-refresh']) {
      await step('/users', { username, name: username, role: 'oversight-committee', password: PASSWORD }, admin());
    }
    // The people the arranged leads, owners and accountable members name (every person field is checked).
    for (const personId of [LEAD, 'person-godwin', 'person-rimmer', 'p-new', 'lead-a', 'lead-b', 'lead-c', 'lead-d', 'lead-e']) {
      await step('/people', { personId, name: personId });
    }
  });
  afterAll(() => t.close());

  it('covers every operation in the OpenAPI document, and nothing else', async () => {
    const doc = (await t.http.get('/docs/openapi.json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.filter((o) => !(o in ENDPOINTS))).toEqual([]);
    expect(Object.keys(ENDPOINTS).filter((o) => !operations.includes(o))).toEqual([]);
  });

  describe.each(Object.keys(ENDPOINTS))('%s', (operation) => {
    const [method, template] = operation.split(' ');
    const { allowed, arrange } = ENDPOINTS[operation];

    it.each(CALLERS)('called by %s', async (caller) => {
      const { path, body, query, headers } = await arrange(caller);
      expect(path).not.toContain('{');
      const send = () => {
        const verb = method.toLowerCase() as 'get' | 'post' | 'put';
        const req = t.http[verb](path).set({ ...headersOf(caller), ...headers }).query(query ?? {});
        return verb === 'get' ? req : req.send(body ?? {});
      };
      const ok = allowed === 'public' || (caller !== 'anonymous' && allowed.includes(caller));
      if (ok) {
        const res = await send();
        if (res.status < 200 || res.status >= 300) {
          throw new Error(`${caller} ${method} ${template}: expected 2xx, got ${res.status} ${JSON.stringify(res.body)}`);
        }
        return;
      }
      const res = await expectNothingAppended(t, () => send());
      const expected = caller === 'anonymous' ? { status: 401, code: 'UNAUTHENTICATED' } : { status: 403, code: 'FORBIDDEN' };
      expect({ caller, status: res.status, code: res.body.code }).toEqual({ caller, ...expected });
    });
  });

  describe('rules that depend on what is sent', () => {
    const refused = async (path: string, headers: Record<string, string>, body: object, code = 'FORBIDDEN') => {
      const res = await expectNothingAppended(t, () => t.http.post(path).set(headers).send(body));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code });
    };

    it("the programme office records the Authority's and the Management Board's decisions, not a committee's", async () => {
      const decision = { decisionDate: '2005-09-29', subject: 'S', outcome: 'approve', rationale: 'R', minuteReference: 'M 5' };
      await refused(`/programmes/${PROGRAMME}/decisions`, po(), { ...decision, decisionId: fresh('d'), forum: 'Committee' });
      await step(`/programmes/${PROGRAMME}/decisions`, { ...decision, decisionId: fresh('d'), forum: 'ManagementBoard' });
      await refused(`/programmes/${PROGRAMME}/decisions`, as('oversight-committee'), { ...decision, decisionId: fresh('d'), forum: 'Authority' });
      const agreement = { decisionDate: '2005-09-29', meeting: 'M', minuteReference: 'R' };
      await refused(`/proposals/${await registered()}/agreement`, po(), { ...agreement, forum: 'Committee' });
      await refused(`/proposals/${await registered()}/agreement`, as('oversight-committee'), { ...agreement, forum: 'Authority' });
    });

    it("a lead rates delivery confidence 'self' only, the committee and the programme office 'independent' only", async () => {
      const rating = { rating: 'green', commentary: 'C', assessedOn: '2006-09-29', assessorName: 'A' };
      const proposalId = await led();
      await refused(`/proposals/${proposalId}/delivery-confidence-assessments`, headersOf('lead'), { ...rating, assessment: 'independent' });
      await refused(`/proposals/${proposalId}/delivery-confidence-assessments`, as('oversight-committee'), { ...rating, assessment: 'self' });
      await refused(`/proposals/${proposalId}/delivery-confidence-assessments`, po(), { ...rating, assessment: 'self' });
    });

    it('an unknown value is left to validation (400), not mistaken for a permission', async () => {
      const res = await expectNothingAppended(t, () =>
        t.http.post(`/programmes/${PROGRAMME}/decisions`).set(po()).send({ decisionId: fresh('d'), forum: 'Cabinet', decisionDate: '2005-09-29', subject: 'S', outcome: 'approve', rationale: 'R', minuteReference: 'M 5' }),
      );
      expect(res.status).toBe(400);
    });
  });

  describe('a lead acts only on the proposals they currently lead', () => {
    it('the lead of proposal A cannot report a benefit on proposal B (403, no event); after reassignment, not on A either', async () => {
      const leadA = as('lead', 'lead-a', 'Lead of A');
      const a = await led('lead-a');
      const b = await led('lead-b');
      await step(`/proposals/${a}/benefits`, benefitBody('benefit-a'));
      await step(`/proposals/${b}/benefits`, benefitBody('benefit-b'));

      const onB = await expectNothingAppended(t, () => t.http.post(`/proposals/${b}/benefits/benefit-b/realisations`).set(leadA).send(realisation));
      expect({ status: onB.status, code: onB.body.code }).toEqual({ status: 403, code: 'NOT_LEAD_OF_PROPOSAL' });
      // Naming A in the path does not reach B's benefit either.
      const viaA = await expectNothingAppended(t, () => t.http.post(`/proposals/${a}/benefits/benefit-b/realisations`).set(leadA).send(realisation));
      expect(viaA.body.code).toBe('BENEFIT_NOT_PLANNED');

      const res = await t.http.post(`/proposals/${a}/benefits/benefit-a/realisations`).set(leadA).send(realisation).expect(201);
      const events = await t.http.get('/audit').set(po()).query({ proposalId: a, waitForPosition: res.body.position }).expect(200);
      expect(events.body.items[0]).toMatchObject({ eventType: 'BenefitRealised', actorId: 'lead-a', actorRole: 'lead' });

      // The portfolio moves to lead C: from the next request on, A's former lead can do nothing on A.
      await step(`/proposals/${a}/lead-assignments`, { leadId: 'lead-c', leadName: 'Lead C', leadRole: 'AC', effectiveDate: '2007-10-01', reason: 'Secondment ended' });
      const after = [
        [`/proposals/${a}/benefits/benefit-a/realisations`, { ...realisation, period: '2007/08' }],
        [`/proposals/${a}/benefits/benefit-a/reforecasts`, reforecast],
        [`/proposals/${a}/business-cases`, businessCase],
        [`/proposals/${a}/delivery-confidence-assessments`, { rating: 'red', assessment: 'self', commentary: 'C', assessedOn: '2007-10-02', assessorName: 'A' }],
      ] as const;
      for (const [path, body] of after) {
        const refused = await expectNothingAppended(t, () => t.http.post(path).set(leadA).send(body));
        expect({ path, status: refused.status, code: refused.body.code }).toEqual({ path, status: 403, code: 'NOT_LEAD_OF_PROPOSAL' });
      }
      await t.http.post(`/proposals/${a}/benefits/benefit-a/realisations`).set(as('lead', 'lead-c', 'Lead C')).send({ ...realisation, period: '2007/08' }).expect(201);
    });
  });

  describe('a reassignment recorded by another API process', () => {
    it("refuses the former lead's next report at once, though this process checked the lead on the proposal as it last saw it", async () => {
      const leadD = as('lead', 'lead-d', 'Lead D');
      const d = await led('lead-d');
      await step(`/proposals/${d}/benefits`, benefitBody('benefit-d'));
      // This process now holds proposal d folded with lead D, and reports are accepted on it.
      await t.http.post(`/proposals/${d}/benefits/benefit-d/realisations`).set(leadD).send(realisation).expect(201);

      // Another process (its own store, its own folded states) moves the proposal to lead E.
      const other = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: t.databaseUrl, poolConfig: { max: 2 } });
      try {
        const actor = { id: 'other-api-po', role: 'programme-office', name: 'Programme office (other process)' };
        const assign: ProposalCommand = { type: 'AssignLead', data: { leadId: 'lead-e', leadName: 'Lead E', leadRole: 'AC', effectiveDate: '2007-10-01', reason: 'Portfolio moved' } };
        await other.handle(streamIds.proposal(d), proposalDecider, (state) => proposalDecider.decide(assign, state), {
          metadata: { actor, correlationId: randomUUID(), reason: 'Portfolio moved' },
        });
      } finally {
        await other.close();
      }

      const refused = await expectNothingAppended(t, () =>
        t.http.post(`/proposals/${d}/benefits/benefit-d/realisations`).set(leadD).send({ ...realisation, period: '2007/08' }),
      );
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'NOT_LEAD_OF_PROPOSAL' });
      await t.http.post(`/proposals/${d}/benefits/benefit-d/realisations`).set(as('lead', 'lead-e', 'Lead E')).send({ ...realisation, period: '2007/08' }).expect(201);
    });
  });

  it('every event written here carries a signed-in actor (the e2e apps check the same on close)', async () => {
    expect(await expectEveryEventSignedIn(t.databaseUrl)).toBeGreaterThan(100);
  });
});
