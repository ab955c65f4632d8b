import type { RecordFundingLine } from '@ledger/funding';
import type { DefineIndicator, ReportActual, SetTarget } from '@ledger/objective';
import type { DefinePlan, DefinePriority } from '@ledger/strategy';
import type { SeedActor, SeedRequest } from './met-modernisation.seed';

/**
 * The plan the programme serves (issue 19), recorded after the programme itself: report
 * 000's planning framework, report 004's 2003/04 priorities, report 001's 2006/07 plan with
 * its critical focus, and the medium-term financial plan of report 002 Appendix 3. Every
 * figure, name and date cites its report and paragraph; anything they do not state says
 * Illustrative.
 */
const MMP = 'met-modernisation';
const OFFICE: SeedActor = { id: 'mmp-programme-office', role: 'programme-office', name: 'Met Modernisation Programme Office' };
const MILLION_POUNDS_IN_PENCE = 100_000_000;

const requests: SeedRequest[] = [];
type Why = { reason: string };
const send = (path: string, body: object) => requests.push({ method: 'POST', path, body: { ...body }, actor: OFFICE });
const plan = (body: Omit<DefinePlan['data'], 'programmeId'> & Why) => send(`/programmes/${MMP}/plans`, body);
const priority = (planId: string, body: DefinePriority['data'] & Why) => send(`/plans/${planId}/priorities`, body);

// Report 000 (July 2000): mission, vision, values and critical success factors form the basis of
// the corporate planning framework (§2, §4). Their texts were in its Appendix A, which the source
// does not include, so none is invented here.
plan({
  planId: 'mps-planning-framework-2000',
  kind: 'corporate-strategy',
  title: 'MPS mission, vision, values and critical success factors',
  firstYear: '2000/01',
  lastYear: '2000/01',
  mission: null,
  vision: null,
  values: [],
  criticalSuccessFactors: [],
  adoptedOn: '2000-07-20',
  reason:
    'Mission, vision and values report (2000) §4: "Mission is what the MPS does, what its core purpose is." The texts themselves were in Appendix A, ' +
    'not in the source, so they are left empty. Illustrative: the year and the day (the committee meeting of the report) are assumed.',
});

// Report 004: the priorities for Londoners (Appendix 1) and for excellence (Appendix 2) of the 2003/04 plan.
const PP2003 = 'policing-plan-2003-04';
plan({
  planId: PP2003,
  kind: 'policing-plan',
  title: 'Policing & Performance Plan 2003/04',
  firstYear: '2003/04',
  lastYear: '2003/04',
  mission: null,
  vision: null,
  values: [],
  criticalSuccessFactors: [],
  adoptedOn: '2002-10-31',
  reason:
    'Policing and performance plan report (2002) recommendation 1: "Members agree the proposed priorities for Londoners to be included in the 2003/4 Policing & Performance Plan." ' +
    'Illustrative: the day (the date of the report) is assumed for its adoption.',
});
const londoners2003 = [
  ['safer-communities', 'In partnership, to promote safer communities for Londoners'],
  ['terrorism', 'Securing the Capital against Terrorism'],
  ['vulnerable-victims', 'To improve the quality of service to vulnerable victim groups'],
  ['criminal-justice', 'In partnership, to revitalise the Criminal Justice system'],
] as const;
const excellence2003 = [
  ['diversity', 'To expand our approach to include all aspects of diversity'],
  ['demands', 'To manage the demands on the MPS more effectively'],
  ['staff-and-resources', 'To make best use of our staff and resources'],
  ['analysis', 'To develop a strategic analytical capability in the MPS'],
] as const;
for (const [priorityId, title] of londoners2003) {
  priority(PP2003, { priorityId, tier: 'londoners', title, definedOn: '2002-10-31', reason: `Policing and performance plan report (2002) Appendix 1: "${title}". Illustrative: the day (the date of the report) is assumed.` });
}
for (const [priorityId, title] of excellence2003) {
  priority(PP2003, { priorityId, tier: 'excellence', title, definedOn: '2002-10-31', reason: `Policing and performance plan report (2002) Appendix 2: "${title}". Illustrative: the day (the date of the report) is assumed.` });
}

// Report 001: the 2006/07 annual policing plan, the first year of the 2006/09 corporate strategy
// (§1), its seven strategic priorities (§4), the programme's critical focus (§10-11).
const PP2006 = 'policing-plan-2006-07';
plan({
  planId: PP2006,
  kind: 'policing-plan',
  title: 'Annual Policing Plan 2006/07',
  firstYear: '2006/07',
  lastYear: '2006/07',
  mission: 'Working together for a safer London',
  vision: null,
  values: [],
  criticalSuccessFactors: [],
  adoptedOn: '2006-02-23',
  reason:
    'Service Review report (2005) §1: "Working together for a safer London" is the mission. ' +
    '2006/07 plan report §1: "with the first year forming the annual policing plan". Illustrative: the day (the meeting of the report) is assumed for its adoption.',
});
const priorities2006 = [
  ['counter-terrorism', 'Counter terrorism, security and protection'],
  ['safety-in-neighbourhoods', 'Safety in Neighbourhoods'],
  ['criminal-networks', 'Criminal networks'],
  ['capital-city-policing', 'Capital city policing'],
  ['information-quality', 'Information quality'],
  ['citizen-focus', 'Citizen focus'],
  ['together', 'Together'],
] as const;
for (const [priorityId, title] of priorities2006) {
  priority(PP2006, {
    priorityId,
    tier: 'londoners',
    title,
    definedOn: '2006-02-23',
    reason: `2006/07 plan report §4: "${title}". Illustrative: the tier (the report does not tier them) and the day (the meeting of the report) are assumed.`,
  });
}

// Objectives under the priorities, with the Management Board member accountable (001 §9). The
// objectives, indicators and targets themselves were in Appendix 1, not in the source: illustrative.
const objective = (body: { objectiveId: string; priorityId: string; title: string; accountable: { personId: string; name: string }; criticalFocus: boolean; definedOn: string } & Why) =>
  send(`/plans/${PP2006}/objectives`, body);
const indicator = (objectiveId: string, body: DefineIndicator['data'] & Why) => send(`/objectives/${objectiveId}/indicators`, body);
const target = (objectiveId: string, indicatorId: string, body: Omit<SetTarget['data'], 'indicatorId'> & Why) =>
  send(`/objectives/${objectiveId}/indicators/${indicatorId}/targets`, body);
const actual = (objectiveId: string, indicatorId: string, body: Omit<ReportActual['data'], 'indicatorId'> & Why) =>
  send(`/objectives/${objectiveId}/indicators/${indicatorId}/actuals`, body);

objective({
  objectiveId: 'sn-teams-in-every-ward',
  priorityId: 'safety-in-neighbourhoods',
  title: 'Delivery of Safer Neighbourhoods',
  accountable: { personId: 'person-tim-godwin', name: 'AC Tim Godwin' },
  criticalFocus: true,
  definedOn: '2006-02-23',
  reason:
    '2006/07 plan report §9 and §11: "a member of Management Board accountable for delivery"; a main area of focus is "Delivery of Safer Neighbourhoods". ' +
    'Illustrative: the accountable member and the day are assumed.',
});
indicator('sn-teams-in-every-ward', {
  indicatorId: 'wards-with-a-team',
  title: 'Wards with a Safer Neighbourhoods team',
  unit: '% of wards',
  direction: 'higher-is-better',
  baseline: null,
  dataSource: 'Safer Neighbourhoods programme returns',
  tolerance: 2,
  definedOn: '2006-02-23',
  reason: 'Service Review report (2005) §41: the roll out "of Safer Neighbourhood teams to all wards across London by the end of 2006/07". Illustrative: the indicator, its unit, tolerance and the day are assumed.',
});
target('sn-teams-in-every-ward', 'wards-with-a-team', {
  period: '2006/07',
  value: 100,
  reason: 'Service Review report (2005) §41: teams "to all wards across London by the end of 2006/07".',
});
actual('sn-teams-in-every-ward', 'wards-with-a-team', {
  period: '2006/07',
  value: 95,
  reportedOn: '2007-04-30',
  reason: 'Illustrative: the reports give no outturn; this figure and its day are assumed, to show a target missed by more than its tolerance.',
});
objective({
  objectiveId: 'c3i-roll-out',
  priorityId: 'capital-city-policing',
  title: 'Continued roll-out of C3i',
  accountable: { personId: 'person-alan-brown', name: 'AC Alan Brown' },
  criticalFocus: true,
  definedOn: '2006-02-23',
  reason: '2006/07 plan report §11: a main area of focus, "Continued roll-out of C3i". Illustrative: the priority it serves, the accountable member and the day are assumed.',
});

// Report 002 Appendix 3: the medium-term financial plan, £m per year, in pence. Resources less
// the total increase in funding requirement gives the shortfall the appendix states (-26, 39, 30).
const line = (body: Omit<RecordFundingLine['data'], 'programmeId' | 'amountPence'> & { millions: number } & Why) => {
  const { millions, ...rest } = body;
  send(`/programmes/${MMP}/funding-lines`, { ...rest, amountPence: millions * MILLION_POUNDS_IN_PENCE });
};
const APPENDIX_3 = 'Service Review report (2005) Appendix 3';
const years = [
  ['2006/07', '2006-07', { precept: 31, grant: 77, net: 102, reserves: 32, savings: 70 }],
  ['2007/08', '2007-08', { precept: 33, grant: 80, net: 74, reserves: 0, savings: 1 }],
  ['2008/09', '2008-09', { precept: 35, grant: 83, net: 88, reserves: 0, savings: 0 }],
] as const;
for (const [year, slug, f] of years) {
  line({ lineId: `precept-${slug}`, year, kind: 'resource', source: 'precept', label: 'Precept @ 5.5%', millions: f.precept, reason: `${APPENDIX_3}: precept, £${f.precept}m in ${year}.` });
  line({ lineId: `grant-${slug}`, year, kind: 'resource', source: 'grant', label: 'Govt Grant @ 4%', millions: f.grant, reason: `${APPENDIX_3}: government grant, £${f.grant}m in ${year}.` });
  line({ lineId: `net-expenditure-${slug}`, year, kind: 'requirement', source: null, label: 'Net increase in expenditure', millions: f.net, reason: `${APPENDIX_3}: net increase in expenditure, £${f.net}m in ${year}.` });
  if (f.reserves > 0) {
    line({ lineId: `reduced-reserves-${slug}`, year, kind: 'requirement', source: null, label: 'Reduced reserves/specific grant', millions: f.reserves, reason: `${APPENDIX_3}: reduced reserves/specific grant, £${f.reserves}m in ${year}.` });
  }
  line({ lineId: `savings-${slug}`, year, kind: 'savings', source: null, label: 'Total savings proposals', millions: f.savings, reason: `${APPENDIX_3}: total savings proposals, £${f.savings}m in ${year}.` });
}

/** The plan's requests, sent after the programme's own (see SEED_REQUESTS). */
export const PLAN_SEED_REQUESTS: readonly SeedRequest[] = Object.freeze(requests.slice());
