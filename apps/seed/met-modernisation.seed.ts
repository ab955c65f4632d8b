import type { AchieveMilestone, PlanMilestone, RescheduleMilestone } from '@ledger/delivery-plan';
import type { AgreeProposal, AssessDeliveryConfidence, AssessEqualityImpact, AssignLead, CloseConsultation, EqualityImpact, NotTakeProposalForward, OpenConsultation, ProtectedCharacteristic, RegisterProposal, StartDelivery } from '@ledger/proposal';
import type { AppointProgrammeDirector, DefineStrategicOutcome, DefineStrategicPriority, EstablishProgramme } from '@ledger/programme';
import type { ApproveBusinessCase, ReturnBusinessCase, SubmitBusinessCase } from '@ledger/business-case';
import type { CloseRisk, RaiseRisk, ReassessRisk } from '@ledger/risk';
import type { CorrectBenefitRealisation, PlanBenefit, RealiseBenefit, ReforecastBenefit } from '@ledger/benefit';
import type { RecordDecision } from '@ledger/decision-log';
import { OVERSIGHT_SEED_REQUESTS } from './oversight.seed';
import { PLAN_SEED_REQUESTS } from './plan.seed';

// ---------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------

/** The roles of the demo users. */
export type SeedActorRole = 'programme-office' | 'lead' | 'oversight-committee' | 'administrator';

/**
 * Who sends a request: a demo user (username = id) that the seed registers and signs in
 * as, so the event's actor is that user. A lead's person id is the leadId proposals name.
 */
export interface SeedActor {
  readonly id: string;
  readonly role: SeedActorRole;
  readonly name: string;
  readonly personId?: string;
}

/** One HTTP command of the seed. */
export interface SeedRequest {
  readonly method: 'POST' | 'PUT';
  readonly path: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly actor: SeedActor;
}

/** Every request body may carry a reason, which lands in the event metadata. */
type Why = { reason?: string };

// ---------------------------------------------------------------------------------------
// Documents, actors, helpers
// ---------------------------------------------------------------------------------------

const SR2005 =
  'Joint report on service review, corporate strategy and Together (MPA report 8a, 29 September 2005)';
const PLAN2006 =
  'Corporate Strategy 2006-09 and Policing Plan 2006-07 (MPA report 7, 23 February 2006)';
const SF2009 =
  'MPA Strategic Framework (MPA Strategic and Operational Policing Committee, report 9, 5 February 2009)';

const MMP = 'met-modernisation';
const MPA_SF = 'mpa-strategic-framework';

/** The programmes the seed establishes. */
export const SEED_PROGRAMME_IDS = [MMP, MPA_SF] as const;

/** Whole pounds to integer pence. */
function pounds(amount: number): number {
  const pence = amount * 100;
  if (!Number.isSafeInteger(pence)) throw new Error(`Not a whole number of pence: £${amount}`);
  return pence;
}
const MILLION = 1_000_000;

const PROGRAMME_OFFICE: SeedActor = {
  id: 'mmp-programme-office',
  role: 'programme-office',
  name: 'Met Modernisation Programme Office',
};
const OVERSIGHT: SeedActor = {
  id: 'mpa-oversight-committee',
  role: 'oversight-committee',
  name: 'MPA Oversight Committee',
};
/**
 * Records the decisions of MPA committees other than the Oversight committee (the joint
 * Finance / PPRC committees, the Strategic and Operational Policing Committee): only a
 * committee role may record a committee's decision, and these were not the Oversight committee's.
 */
const MPA_COMMITTEE_SERVICES: SeedActor = {
  id: 'mpa-committee-services',
  role: 'oversight-committee',
  name: 'MPA committee services (clerk to the committees)',
};
const MPA_OFFICE: SeedActor = {
  id: 'mpa-chief-executive-office',
  role: 'programme-office',
  name: "MPA Chief Executive's office",
};

/** A Management Board lead: the lead's actor id is the lead id the proposal records. */
interface Lead {
  readonly leadId: string;
  readonly leadName: string;
  readonly leadRole: string;
  readonly actor: SeedActor;
}
function lead(leadId: string, leadName: string, leadRole: string, display: string): Lead {
  return { leadId, leadName, leadRole, actor: { id: leadId, role: 'lead', name: display, personId: leadId } };
}

// Service Review report (2005) §31 names the leads; ranks as the report gives them (AC, DAC), posts where it gives them.
const TIM_GODWIN = lead(
  'person-tim-godwin',
  'Tim Godwin',
  'Assistant Commissioner, MPS Management Board',
  'AC Tim Godwin',
);
const ANDY_HAYMAN = lead(
  'person-andy-hayman',
  'Andy Hayman',
  'Assistant Commissioner, MPS Management Board',
  'AC Andy Hayman',
);
const MARTIN_TIPLADY = lead(
  'person-martin-tiplady',
  'Martin Tiplady',
  'Director of Human Resources, MPS Management Board',
  'Martin Tiplady, Director of Human Resources',
);
const RICHARD_BRYAN = lead(
  'person-richard-bryan',
  'Richard Bryan',
  'Deputy Assistant Commissioner',
  'DAC Richard Bryan',
);
const STEPHEN_RIMMER = lead(
  'person-stephen-rimmer',
  'Stephen Rimmer',
  'Co-ordinator of the corporate strategy and change programme (two-year Home Office secondment)',
  'Stephen Rimmer',
);
const TARIQUE_GHAFFUR = lead(
  'person-tarique-ghaffur',
  'Tarique Ghaffur',
  'Assistant Commissioner, MPS Management Board',
  'AC Tarique Ghaffur',
);
const ALAN_BROWN = lead(
  'person-alan-brown',
  'Alan Brown',
  'Assistant Commissioner, MPS Management Board',
  'AC Alan Brown',
);
const STEPHEN_HOUSE = lead(
  'person-stephen-house',
  'Stephen House',
  'Assistant Commissioner, MPS Management Board',
  'AC Stephen House',
);
/** Not named in the reports: Stephen Rimmer's successor, when his secondment ends. */
const SUCCESSOR_DIRECTOR = lead(
  'post-programme-director',
  'Programme director (successor to Stephen Rimmer)',
  'Co-ordinator of the corporate strategy and change programme',
  'Programme director',
);
/** Not named in the reports: the post title stands in for the person. */
const DIRECTOR_OF_RESOURCES = lead(
  'post-director-of-resources',
  'Director of Resources',
  'Director of Resources, MPS Management Board',
  'Director of Resources',
);

const requests: SeedRequest[] = [];

function send(actor: SeedActor, path: string, body: object, method: 'POST' | 'PUT' = 'POST'): void {
  requests.push({ method, path, body: { ...body }, actor });
}

// Typed builders, one per route. The body types come from the domain commands, minus the
// ids the route takes from the path, plus the optional `reason`.

const establishProgramme = (actor: SeedActor, body: EstablishProgramme['data'] & Why) =>
  send(actor, '/programmes', body);
const definePriority = (
  actor: SeedActor,
  programmeId: string,
  body: DefineStrategicPriority['data'] & Why,
) => send(actor, `/programmes/${programmeId}/strategic-priorities`, body);
const defineOutcome = (
  actor: SeedActor,
  programmeId: string,
  body: DefineStrategicOutcome['data'] & Why,
) => send(actor, `/programmes/${programmeId}/strategic-outcomes`, body);
const appointDirector = (
  actor: SeedActor,
  programmeId: string,
  body: AppointProgrammeDirector['data'] & Why,
) => send(actor, `/programmes/${programmeId}/director-appointments`, body);

const registerProposal = (
  actor: SeedActor,
  programmeId: string,
  body: Omit<RegisterProposal['data'], 'programmeId'> & Why,
) => send(actor, `/programmes/${programmeId}/proposals`, body);
const openConsultation = (
  actor: SeedActor,
  proposalId: string,
  body: OpenConsultation['data'] & Why,
) => send(actor, `/proposals/${proposalId}/consultation`, body);
const closeConsultation = (
  actor: SeedActor,
  proposalId: string,
  body: CloseConsultation['data'] & Why,
) => send(actor, `/proposals/${proposalId}/consultation/closure`, body);
const agreeProposal = (actor: SeedActor, proposalId: string, body: AgreeProposal['data'] & Why) =>
  send(actor, `/proposals/${proposalId}/agreement`, body);
const notTakeForward = (
  actor: SeedActor,
  proposalId: string,
  body: NotTakeProposalForward['data'] & Why,
) => send(actor, `/proposals/${proposalId}/not-taken-forward-decision`, body);
const assignLead = (actor: SeedActor, proposalId: string, body: AssignLead['data']) =>
  send(actor, `/proposals/${proposalId}/lead-assignments`, body);
const assessEquality = (
  actor: SeedActor,
  proposalId: string,
  body: AssessEqualityImpact['data'] & Why,
) => send(actor, `/proposals/${proposalId}/equality-impact-assessments`, body);
const assessConfidence = (
  actor: SeedActor,
  proposalId: string,
  body: AssessDeliveryConfidence['data'] & Why,
) => send(actor, `/proposals/${proposalId}/delivery-confidence-assessments`, body);
const startDelivery = (actor: SeedActor, proposalId: string, body: StartDelivery['data'] & Why) =>
  send(actor, `/proposals/${proposalId}/delivery-start`, body);

const submitBusinessCase = (
  actor: SeedActor,
  proposalId: string,
  body: Omit<SubmitBusinessCase['data'], 'proposalId'> & Why,
) => send(actor, `/proposals/${proposalId}/business-cases`, body);
const approveBusinessCase = (
  actor: SeedActor,
  proposalId: string,
  { version, ...body }: ApproveBusinessCase['data'] & Why,
) => send(actor, `/proposals/${proposalId}/business-cases/${version}/approval`, body);
const returnBusinessCase = (
  actor: SeedActor,
  proposalId: string,
  { version, ...body }: ReturnBusinessCase['data'] & Why,
) => send(actor, `/proposals/${proposalId}/business-cases/${version}/return`, body);

/** Where a benefit lives: under a proposal, or the programme itself for a programme-level one. */
type BenefitOwner = { proposalId: string } | { programmeId: string };
const benefitBase = (owner: BenefitOwner) =>
  'proposalId' in owner
    ? `/proposals/${owner.proposalId}/benefits`
    : `/programmes/${owner.programmeId}/benefits`;
const planBenefit = (
  actor: SeedActor,
  owner: BenefitOwner,
  body: Omit<PlanBenefit['data'], 'programmeId' | 'proposalId'> & Why,
) => send(actor, benefitBase(owner), body);
const reforecastBenefit = (
  actor: SeedActor,
  owner: BenefitOwner,
  benefitId: string,
  body: ReforecastBenefit['data'],
) => send(actor, `${benefitBase(owner)}/${benefitId}/reforecasts`, body);
const realiseBenefit = (
  actor: SeedActor,
  owner: BenefitOwner,
  benefitId: string,
  body: Omit<RealiseBenefit['data'], 'reportedBy'> & Why,
) => send(actor, `${benefitBase(owner)}/${benefitId}/realisations`, body);
const correctRealisation = (
  actor: SeedActor,
  owner: BenefitOwner,
  benefitId: string,
  { period, ...body }: CorrectBenefitRealisation['data'],
) =>
  // A financial year is written with a hyphen in the path: 2006/07 -> 2006-07.
  send(
    actor,
    `${benefitBase(owner)}/${benefitId}/realisations/${period.replace('/', '-')}/corrections`,
    body,
  );

const planMilestone = (
  actor: SeedActor,
  programmeId: string,
  body: Omit<PlanMilestone['data'], 'programmeId'> & Why,
) => send(actor, `/programmes/${programmeId}/milestones`, body);
const rescheduleMilestone = (
  actor: SeedActor,
  programmeId: string,
  { milestoneId, ...body }: RescheduleMilestone['data'],
) => send(actor, `/programmes/${programmeId}/milestones/${milestoneId}/reschedules`, body);
const achieveMilestone = (
  actor: SeedActor,
  programmeId: string,
  { milestoneId, ...body }: AchieveMilestone['data'] & Why,
) => send(actor, `/programmes/${programmeId}/milestones/${milestoneId}/achievement`, body);

const raiseRisk = (
  actor: SeedActor,
  programmeId: string,
  body: Omit<RaiseRisk['data'], 'programmeId'> & Why,
) => send(actor, `/programmes/${programmeId}/risks`, body);
const reassessRisk = (actor: SeedActor, riskId: string, body: ReassessRisk['data']) =>
  send(actor, `/risks/${riskId}/reassessments`, body);
const closeRisk = (actor: SeedActor, riskId: string, body: CloseRisk['data']) =>
  send(actor, `/risks/${riskId}/closure`, body);

const recordDecision = (
  actor: SeedActor,
  programmeId: string,
  body: Omit<RecordDecision['data'], 'programmeId'> & Why,
) => send(actor, `/programmes/${programmeId}/decisions`, body);

/** Equality impacts: neutral unless stated. */
function impacts(
  stated: Partial<Record<ProtectedCharacteristic, EqualityImpact>>,
): Record<ProtectedCharacteristic, EqualityImpact> {
  return {
    age: 'neutral',
    disability: 'neutral',
    'gender-reassignment': 'neutral',
    'marriage-and-civil-partnership': 'neutral',
    'pregnancy-and-maternity': 'neutral',
    race: 'neutral',
    'religion-or-belief': 'neutral',
    sex: 'neutral',
    'sexual-orientation': 'neutral',
    ...stated,
  };
}

// ---------------------------------------------------------------------------------------
// 1. The Met Modernisation Programme: mission, director, priorities, outcomes
// ---------------------------------------------------------------------------------------

establishProgramme(PROGRAMME_OFFICE, {
  programmeId: MMP,
  name: 'Met Modernisation Programme',
  mission: 'Working together for a safer London',
  description:
    'One coherent, overarching programme encompassing the most significant change arising from the 2006-09 ' +
    'Corporate Strategy priorities, the final Service Review proposals and the existing major change programmes ' +
    'such as Metcall and the transition of outsourcing (Service Review report (2005) §42), and existing major change such as C3i ' +
    '(2006/07 plan report §2). Established after September 2005 "to define, co-ordinate, and help ' +
    'prioritise and deliver" those improvements (2006/07 plan report §2).',
  source: { document: SR2005, paragraph: '1, 42' },
  reason:
    'Service Review report (2005) §1 (mission) and §42; 2006/07 plan report §2 (the programme established).',
});

appointDirector(PROGRAMME_OFFICE, MMP, {
  personId: STEPHEN_RIMMER.leadId,
  name: 'Stephen Rimmer',
  effectiveDate: '2005-10-03',
  reason:
    'Service Review report (2005) §45: joins the MPS in October 2005 on a two-year Home Office secondment to co-ordinate the corporate ' +
    'strategy and the change programme. Illustrative: the day in October is assumed.',
});

// Service Review report (2005) §8: the seven strategic priorities for 2006/07, in the report's order and wording.
const PRIORITIES = {
  counterTerrorism: 'counter-terrorism-protection-security',
  saferNeighbourhoods: 'safer-neighbourhoods',
  organisedCrime: 'organised-criminal-networks',
  capitalCity: 'capital-city-policing',
  citizenFocus: 'citizen-focus',
  together: 'together',
  informationQuality: 'information-quality',
} as const;

// [id, title, description, description assumed?]
const priorityDefinitions: [string, string, string, boolean?][] = [
  [
    PRIORITIES.counterTerrorism,
    'Counter Terrorism, Protection & Security',
    '2006/07 plan report §4 words it "Counter terrorism, security and protection".',
  ],
  [
    PRIORITIES.saferNeighbourhoods,
    'Safer Neighbourhoods',
    '2006/07 plan report §4 words it "Safety in Neighbourhoods".',
  ],
  [
    PRIORITIES.organisedCrime,
    'Organised Criminal Networks',
    '2006/07 plan report §4 words it "Criminal networks".',
  ],
  [PRIORITIES.capitalCity, 'Capital City Policing', 'Policing London as the capital city.', true],
  [
    PRIORITIES.citizenFocus,
    'Citizen Focus',
    'The experience of policing for the people of London; rests with DAC Rose Fitzpatrick (Service Review report (2005) §32).',
  ],
  [
    PRIORITIES.together,
    'Together',
    'The values and culture change that underpin the programme (Service Review report (2005) §10-15); a 2006/07 growth area (Service Review report (2005) §40).',
  ],
  [
    PRIORITIES.informationQuality,
    'Information Quality',
    'Quality and interoperability of the information policing relies on.',
    true,
  ],
];
for (const [priorityId, title, description, assumed] of priorityDefinitions) {
  definePriority(PROGRAMME_OFFICE, MMP, {
    priorityId,
    title,
    description,
    reason:
      'Service Review report (2005) §8: one of the seven strategic priorities for 2006/07 (also 2006/07 plan report §4).' +
      (assumed ? ' Illustrative: the reports give the title only; the description is assumed.' : ''),
  });
}

// Service Review report (2005) §9: the four strategic outcomes.
const OUTCOMES = {
  communities: 'communities-engaged-confident-satisfied',
  safety: 'safety-security-improved-public-reassured',
  crime: 'crime-disorder-vulnerability-harm-reduced',
  justice: 'more-offenders-brought-to-justice',
} as const;

const outcomeDefinitions: [string, string][] = [
  [
    OUTCOMES.communities,
    'Communities are engaged with, confident in and satisfied with our service',
  ],
  [OUTCOMES.safety, 'Safety and security is improved and the public feel reassured'],
  [OUTCOMES.crime, 'Crime, disorder, vulnerability and harm are prevented and reduced'],
  [OUTCOMES.justice, 'More offenders are brought to justice'],
];
for (const [outcomeId, title] of outcomeDefinitions) {
  defineOutcome(PROGRAMME_OFFICE, MMP, {
    outcomeId,
    title,
    description:
      'A pan-organisational outcome, not specific to any business group or directorate (Service Review report (2005) §9).',
    reason:
      'Service Review report (2005) §9: one of the four longer-term strategic outcomes (also 2006/07 plan report §6).',
  });
}

// ---------------------------------------------------------------------------------------
// 2. The eleven Service Review proposals (Service Review report (2005) §21-31)
// ---------------------------------------------------------------------------------------

interface ProposalSeed {
  readonly proposalId: string;
  readonly title: string;
  readonly aims: string;
  readonly paragraph: string;
  readonly outcomeIds: string[];
  readonly priorityIds: string[];
  readonly lead: Lead;
  readonly leadEffectiveDate: string;
  readonly leadReason: string;
}

const P = {
  saferNeighbourhoods: 'mmp-safer-neighbourhoods',
  counterTerrorism: 'mmp-counter-terrorism',
  investigatingCrime: 'mmp-investigating-crime',
  sharedServices: 'mmp-shared-service-centres',
  performance: 'mmp-performance-inspection',
  publicProtection: 'mmp-public-protection',
  organisedCrime: 'mmp-organised-criminal-networks',
  intelligence: 'mmp-integration-of-intelligence',
  covertAssets: 'mmp-covert-assets',
  modernising: 'mmp-modernising-policing-delivery',
  olympics: 'mmp-olympics-london-resilience',
} as const;

const NAMED_LEAD =
  'Service Review report (2005) §31: named as the Management Board lead, responsible for taking the proposal forward and for realising its benefits. ' +
  'Illustrative: the report says each proposal "will have" this lead; the day the lead took it up is not given, so the day of the report is used.';
const RIMMER_LEAD =
  'Service Review report (2005) §31 and §45: named as lead; joins the MPS in October 2005 on secondment from the Home Office. ' +
  'Illustrative: the day in October is assumed.';

const PROPOSALS: ProposalSeed[] = [
  {
    proposalId: P.saferNeighbourhoods,
    title: 'Safer Neighbourhoods',
    aims:
      'Safer Neighbourhood teams in place on every ward across London by the end of the 2006 financial year, ' +
      'engaging communities, giving greater reassurance and improving intelligence, including in the fight ' +
      'against terrorism; achieved by redirecting Territorial Policing resources and securing external funding.',
    paragraph: '21',
    outcomeIds: [OUTCOMES.communities, OUTCOMES.safety, OUTCOMES.crime],
    priorityIds: [
      PRIORITIES.saferNeighbourhoods,
      PRIORITIES.citizenFocus,
      PRIORITIES.counterTerrorism,
    ],
    lead: TIM_GODWIN,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
  {
    proposalId: P.counterTerrorism,
    title: 'Counter terrorism capacity and capability',
    aims:
      'Strengthen counter-terrorism capability and change its shape to meet the challenge ahead, through a ' +
      'realignment of resources within Specialist Operations and a significant bid to the Home Office following ' +
      'the events and investigations of 7 and 21 July 2005.',
    paragraph: '22',
    outcomeIds: [OUTCOMES.safety, OUTCOMES.crime],
    priorityIds: [PRIORITIES.counterTerrorism, PRIORITIES.capitalCity],
    lead: ANDY_HAYMAN,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
  {
    proposalId: P.investigatingCrime,
    title: 'Investigating crime and dealing with offenders',
    aims:
      'A new approach to investigating crime and dealing with offenders that meets government standards, uses ' +
      'resources efficiently and helps bring offenders to justice: standardised crime recording, custody ' +
      'clusters on all boroughs, designated detention officers and nurses, NSPIS case and custody systems, more ' +
      'case builders and civilian investigators, a central TP crime management unit, better care for victims ' +
      'and witnesses, a new approach to tape summaries.',
    paragraph: '23',
    outcomeIds: [OUTCOMES.justice, OUTCOMES.communities],
    priorityIds: [PRIORITIES.citizenFocus, PRIORITIES.informationQuality],
    lead: TIM_GODWIN,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
  {
    proposalId: P.sharedServices,
    title: 'Support services delivered through shared service centres',
    aims:
      'Deliver transactional support services, initially finance and human resources, through shared service ' +
      'centres: efficiencies through economies of scale, greater consistency of practice, no duplication of ' +
      'resources and better compliance across business groups.',
    paragraph: '24',
    outcomeIds: [OUTCOMES.communities],
    priorityIds: [PRIORITIES.together, PRIORITIES.informationQuality],
    lead: MARTIN_TIPLADY,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
  {
    proposalId: P.performance,
    title: 'Performance and inspection',
    aims:
      'A greater focus on performance and inspection: a small Performance Directorate to support business ' +
      'groups; inspection devolved in line with the HMIC "Going Local" agenda; resources released redirected ' +
      'to organisational priorities.',
    paragraph: '25',
    outcomeIds: [OUTCOMES.communities, OUTCOMES.crime],
    priorityIds: [PRIORITIES.citizenFocus, PRIORITIES.informationQuality],
    lead: RICHARD_BRYAN,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
  {
    proposalId: P.publicProtection,
    title:
      'Risk from offenders to be better managed, vulnerable victims better protected and violent men better pursued',
    aims:
      'Manage offender risk in a new and better way: a Public Protection Directorate is being considered that ' +
      'would provide the infrastructure for a Public Protection Group for each borough, with a greater focus on ' +
      'risk management and Multi Agency Public Protection Arrangements (MAPPA), to prevent and reduce harm to ' +
      'vulnerable individuals and communities.',
    paragraph: '26',
    outcomeIds: [OUTCOMES.crime, OUTCOMES.justice],
    priorityIds: [PRIORITIES.citizenFocus, PRIORITIES.saferNeighbourhoods],
    lead: STEPHEN_RIMMER,
    leadEffectiveDate: '2005-10-03',
    leadReason: RIMMER_LEAD,
  },
  {
    proposalId: P.organisedCrime,
    title: 'Organised criminal networks',
    aims:
      'A significant focus on organised criminal networks: realign resources within the Serious Crime business ' +
      'group, integrate more closely with Safer Neighbourhood teams, build closer links with communities and ' +
      'bring more offenders to justice.',
    paragraph: '27',
    outcomeIds: [OUTCOMES.justice, OUTCOMES.crime],
    priorityIds: [PRIORITIES.organisedCrime, PRIORITIES.saferNeighbourhoods],
    lead: TARIQUE_GHAFFUR,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
  {
    proposalId: P.intelligence,
    title: 'Integration of intelligence',
    aims:
      'Improve intelligence structures and practice: a new force intelligence system or bureau so that ' +
      'operational officers get information when and where they need it, reducing bureaucracy, removing ' +
      'duplication and eliminating existing vulnerabilities.',
    paragraph: '28',
    outcomeIds: [OUTCOMES.crime, OUTCOMES.justice],
    priorityIds: [
      PRIORITIES.informationQuality,
      PRIORITIES.counterTerrorism,
      PRIORITIES.organisedCrime,
    ],
    lead: ALAN_BROWN,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
  {
    proposalId: P.covertAssets,
    title: 'Co-ordination of covert assets',
    aims:
      'Greater co-ordination of MPS covert assets, improving capability and performance and maximising their ' +
      'deployment and access across the organisation.',
    paragraph: '29',
    outcomeIds: [OUTCOMES.justice, OUTCOMES.safety],
    priorityIds: [PRIORITIES.organisedCrime, PRIORITIES.counterTerrorism],
    lead: TARIQUE_GHAFFUR,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
  {
    proposalId: P.modernising,
    title: 'Modernising policing delivery',
    aims:
      'Improve policing services by modernising the workforce (the right mix of officers, staff and skills), ' +
      'accelerating the Property Services estates strategy (custody clusters, new deployment bases as trialled ' +
      'in Waltham Forest, shop fronts for Safer Neighbourhood teams) and delivering interoperability of data ' +
      'systems through an enhanced IT strategy.',
    paragraph: '30',
    outcomeIds: [OUTCOMES.communities, OUTCOMES.safety],
    priorityIds: [
      PRIORITIES.together,
      PRIORITIES.informationQuality,
      PRIORITIES.saferNeighbourhoods,
    ],
    lead: STEPHEN_RIMMER,
    leadEffectiveDate: '2005-10-03',
    leadReason: RIMMER_LEAD,
  },
  {
    proposalId: P.olympics,
    title: 'Olympics and London resilience',
    aims:
      'Prepare the appropriate resilience for the 2012 Olympics, awarded to London in July 2005: considerable ' +
      'scoping work, including budgetary and contingency planning.',
    paragraph: '31',
    outcomeIds: [OUTCOMES.safety],
    priorityIds: [PRIORITIES.capitalCity, PRIORITIES.counterTerrorism],
    lead: STEPHEN_HOUSE,
    leadEffectiveDate: '2005-09-29',
    leadReason: NAMED_LEAD,
  },
];

// The three example ideas not taken forward (Service Review report (2005) §35), one per category.
const IDEAS = [
  {
    proposalId: 'mmp-idea-cross-charging',
    title: 'Cross charging between business groups',
    aims: 'Charge business groups for the services they receive from one another.',
    outcomeIds: [OUTCOMES.communities],
    priorityIds: [PRIORITIES.together],
    reasonCode: 'too-bureaucratic' as const,
    rationale:
      'Too bureaucratic (Service Review report (2005) §35): internal charging would add transactions and administration between ' +
      'business groups without improving the service to the public.',
  },
  {
    proposalId: 'mmp-idea-expand-case-progression-units',
    title: 'Expanding case progression units',
    aims: 'Expand case progression units across the Service.',
    outcomeIds: [OUTCOMES.justice],
    priorityIds: [PRIORITIES.citizenFocus],
    reasonCode: 'better-elsewhere' as const,
    rationale:
      'Could be taken forward elsewhere (Service Review report (2005) §35): expanding case progression units should be a local ' +
      'decision for OCU Commanders.',
  },
  {
    proposalId: 'mmp-idea-end-police-free-travel',
    title: 'Discontinue the agreement providing free travel for police officers',
    aims: 'End the agreement that gives police officers free travel.',
    outcomeIds: [OUTCOMES.safety],
    priorityIds: [PRIORITIES.together],
    reasonCode: 'unfair-impact-on-staff' as const,
    rationale: 'Would unfairly affect our staff (Service Review report (2005) §35).',
  },
];

for (const p of PROPOSALS) {
  registerProposal(PROGRAMME_OFFICE, MMP, {
    proposalId: p.proposalId,
    title: p.title,
    aims: p.aims,
    source: { document: SR2005, paragraph: p.paragraph === '31' ? '31' : `${p.paragraph}, 31` },
    outcomeIds: p.outcomeIds,
    priorityIds: p.priorityIds,
    reason:
      `Service Review report (2005) §${p.paragraph}: a Service Review proposal. Illustrative: the outcomes and priorities it supports are the ` +
      "seed's reading of the paragraph (the report's Appendix 2 mapping is not in the archive).",
  });
}
for (const idea of IDEAS) {
  registerProposal(PROGRAMME_OFFICE, MMP, {
    proposalId: idea.proposalId,
    title: idea.title,
    aims: idea.aims,
    source: { document: SR2005, paragraph: '35' },
    outcomeIds: idea.outcomeIds,
    priorityIds: idea.priorityIds,
    reason:
      'Service Review report (2005) §35: an idea the Service Review considered. Illustrative: the aims wording and the outcome ' +
      'and priority it would have supported are assumed.',
  });
}

// Consultation: the proposals were "currently out for consultation" at the 29 September 2005
// meeting (Service Review report (2005) summary, recommendation 2, §46).
// Service Review report (2005) §46: staff and community groups; the unions and staff associations; external stakeholders.
const CONSULTEES = ['MPS staff', 'Community groups', 'Unions and staff associations', 'External stakeholders'];
for (const p of PROPOSALS) {
  openConsultation(PROGRAMME_OFFICE, p.proposalId, {
    opensOn: '2005-09-05',
    closesOn: '2005-12-16',
    consultees: CONSULTEES,
    description:
      `Formal consultation on the Service Review proposal ${p.title} (Service Review report (2005) recommendation 2). Martin ` +
      'Tiplady has responsibility for the formal consultation with staff associations (Service Review report (2005) §46).',
    reason:
      'Service Review report (2005) summary and recommendation 2: the proposals were out for formal consultation on 29 September ' +
      '2005; §46 names the consultees. Illustrative: the opening and closing dates are assumed.',
  });
}

// The Authority agreed the Service Review proposals on 29 September 2005 (2006/07 plan report §13).
for (const p of PROPOSALS) {
  agreeProposal(PROGRAMME_OFFICE, p.proposalId, {
    forum: 'Authority',
    decisionDate: '2005-09-29',
    meeting: 'Metropolitan Police Authority, full Authority meeting, 29 September 2005 (report 8a)',
    minuteReference: 'MPA 29/09/2005, report 8a, recommendation 2',
    conditions: ['Subject to the ongoing formal consultation process (recommendation 2)'],
    reason:
      '2006/07 plan report §13: "the Full Authority agreed the Service Review proposals on the 29 September 2005"; ' +
      'Service Review report (2005) recommendation 2. Illustrative: the minute reference is plausible, not quoted from the minutes.',
  });
}

for (const idea of IDEAS) {
  notTakeForward(PROGRAMME_OFFICE, idea.proposalId, {
    reasonCode: idea.reasonCode,
    rationale: idea.rationale,
    decisionDate: '2005-09-29',
    reason:
      'Service Review report (2005) §35: ideas considered by the Service Review and not taken forward, reported to the Authority ' +
      'on 29 September 2005. Illustrative: the decision date is the date of the report.',
  });
}

for (const p of PROPOSALS) {
  closeConsultation(PROGRAMME_OFFICE, p.proposalId, {
    closedOn: '2005-12-16',
    summary:
      'Consultation closed. The reports record no outcome of it; a document explaining how the Service Review ' +
      'proposals are being progressed was to go to the March 2006 Oversight committee (2006/07 plan report §13).',
    reason: 'Illustrative: the closing date is assumed, and the reports give no summary of the feedback.',
  });
}

for (const p of PROPOSALS) {
  assignLead(PROGRAMME_OFFICE, p.proposalId, {
    leadId: p.lead.leadId,
    leadName: p.lead.leadName,
    leadRole: p.lead.leadRole,
    effectiveDate: p.leadEffectiveDate,
    reason: p.leadReason,
  });
}

// ---------------------------------------------------------------------------------------
// 3. Decisions: the Authority's of 29 September 2005 and the 2006/07 critical focus areas
//    (2006/07 plan report §10-11), recorded as decisions in the programme's decision log.
// ---------------------------------------------------------------------------------------

recordDecision(PROGRAMME_OFFICE, MMP, {
  decisionId: 'mmp-2005-09-29-corporate-strategy',
  forum: 'Authority',
  decisionDate: '2005-09-29',
  subject: 'The content and format of the Corporate Strategy 2006-2009',
  outcome: 'approve',
  rationale:
    'The strategy gives a clear picture of the direction and performance focus of the MPS and is the basis ' +
    'for future budget and resource decisions (Service Review report (2005) §5); members agreed the draft in September 2005 (2006/07 plan report §1).',
  minuteReference: 'MPA 29/09/2005, report 8a, recommendation 1',
  reason:
    'Service Review report (2005) recommendation 1; 2006/07 plan report §1. Illustrative: the minute reference is plausible, not quoted; ' +
    'the day is that of the meeting of report 8a (2006/07 plan report §1 says "in September 2005").',
});
recordDecision(PROGRAMME_OFFICE, MMP, {
  decisionId: 'mmp-2005-09-29-service-review',
  forum: 'Authority',
  decisionDate: '2005-09-29',
  subject: 'The broad direction of travel of the joint MPS/MPA Service Review proposals',
  outcome: 'approve-with-conditions',
  rationale:
    'Each strategic outcome is directly supported by at least one Service Review proposal (Service Review report (2005) §34); the ' +
    'proposals were agreed by the Full Authority on 29 September 2005 (2006/07 plan report §13).',
  conditions: ['Subject to the ongoing formal consultation process'],
  minuteReference: 'MPA 29/09/2005, report 8a, recommendation 2',
  reason:
    'Service Review report (2005) recommendation 2; 2006/07 plan report §13. Illustrative: the minute reference is plausible, not quoted.',
});
recordDecision(PROGRAMME_OFFICE, MMP, {
  decisionId: 'mmp-2005-09-29-co-ordinated-planning',
  forum: 'Authority',
  decisionDate: '2005-09-29',
  subject:
    'A co-ordinated planning approach that integrates the strategic priorities and outcomes in the Corporate Strategy with the proposals from the joint MPS/MPA Service Review, underpinned by the values contained in Together',
  outcome: 'approve',
  rationale:
    'From hereon there will be one coherent, overarching programme (Service Review report (2005) §42); since September 2005 the MPS ' +
    'has established the Met Modernisation Programme (2006/07 plan report §2).',
  minuteReference: 'MPA 29/09/2005, report 8a, recommendation 3',
  reason:
    'Service Review report (2005) recommendation 3; 2006/07 plan report §2. Illustrative: the reports do not record the vote; the ' +
    'outcome is inferred from the programme established afterwards; the day is that of the meeting; the minute reference is assumed.',
});
recordDecision(PROGRAMME_OFFICE, MMP, {
  decisionId: 'mmp-2005-09-29-committee-structure',
  forum: 'Authority',
  decisionDate: '2005-09-29',
  subject:
    'How the MPA committee structure might best support development of the proposals, their consolidated evaluation and monitoring against the strategic outcomes',
  outcome: 'defer',
  rationale:
    'The report offered an extension of the terms of reference of the C3(i) oversight group or a separate corporate change committee ' +
    '(Service Review report (2005) §48); by 3 February 2006 an MPA Oversight committee was considering the programme (2006/07 plan report §10).',
  minuteReference: 'MPA 29/09/2005, report 8a, recommendation 4',
  reason:
    'Service Review report (2005) recommendation 4 and §48; 2006/07 plan report §10. Illustrative: the reports do not record what the ' +
    'Authority decided on the day; recorded as left for later consideration; the minute reference is assumed.',
});

// The accelerated roll-out of Safer Neighbourhoods: deferred, then superseded.
recordDecision(MPA_COMMITTEE_SERVICES, MMP, {
  decisionId: 'mmp-2005-10-10-sn-acceleration',
  forum: 'Committee',
  decisionDate: '2005-10-10',
  subject:
    'Joint Finance / PPRC committees: accelerated roll-out of Safer Neighbourhood teams to all wards by the end of 2006/07 (an additional £32m)',
  proposalId: P.saferNeighbourhoods,
  outcome: 'defer',
  rationale:
    'The additional £32m would need a precept above the Mayor’s 5.5% guidance; discussions with the GLA on ' +
    'the financial implications are continuing (Service Review report (2005) §41, §47).',
  minuteReference: 'Joint Finance / PPRC 10/10/2005, draft budget submission 2006/07',
  reason:
    'Service Review report (2005) §41 and §47: a proposal for the accelerated roll-out went to the joint Finance/PPRC committees on ' +
    '10 October 2005. Illustrative: the outcome (deferral) and the minute reference are assumed.',
});

// 2006/07 critical focus areas (2006/07 plan report §11): agreed by Management Board on 31 January 2006.
const FOCUS_AREAS: { decisionId: string; subject: string; proposalId?: string }[] = [
  {
    decisionId: 'mmp-2006-01-31-focus-safer-neighbourhoods',
    subject: 'Critical focus for 2006/07: delivery of Safer Neighbourhoods',
    proposalId: P.saferNeighbourhoods,
  },
  {
    decisionId: 'mmp-2006-01-31-focus-c3i',
    subject: 'Critical focus for 2006/07: continued roll-out of C3i',
  },
  {
    decisionId: 'mmp-2006-01-31-focus-together',
    subject: 'Critical focus for 2006/07: development and delivery of Together',
  },
  {
    decisionId: 'mmp-2006-01-31-focus-intelligence-tasking-covert',
    subject:
      'Critical focus for 2006/07: development and delivery in relation to intelligence, tasking and covert assets',
    proposalId: P.intelligence,
  },
];
for (const area of FOCUS_AREAS) {
  recordDecision(PROGRAMME_OFFICE, MMP, {
    decisionId: area.decisionId,
    forum: 'ManagementBoard',
    decisionDate: '2006-01-31',
    subject: area.subject,
    ...(area.proposalId ? { proposalId: area.proposalId } : {}),
    outcome: 'approve',
    rationale:
      'Management Board agreed the scope and critical focus for delivery of the Met Modernisation Programme ' +
      'during 2006/07; the main areas represent truly significant organisational change (2006/07 plan report §10-11).',
    minuteReference:
      'MPS Management Board 31/01/2006, Met Modernisation Programme scope and critical focus',
    reason:
      `${PLAN2006}, paragraphs 10-11: one of the four critical focus areas for 2006/07. Illustrative: the ` +
      'minute reference is plausible, not quoted.',
  });
}
recordDecision(OVERSIGHT, MMP, {
  decisionId: 'mmp-2006-02-03-oversight-critical-focus',
  forum: 'Committee',
  decisionDate: '2006-02-03',
  subject:
    'The scope and critical focus of the Met Modernisation Programme for 2006/07 (Management Board, 31 January 2006)',
  outcome: 'approve',
  rationale:
    'The Management Board decisions were considered and supported by the MPA Oversight committee (2006/07 plan report §10).',
  minuteReference: 'MPA Oversight Committee 03/02/2006',
  reason: '2006/07 plan report §10. Illustrative: the minute reference is plausible, not quoted.',
});

// ---------------------------------------------------------------------------------------
// 4. Equality impact assessments (2006/07 plan report section C; Service Review report (2005) section C)
// ---------------------------------------------------------------------------------------

const EIA_REASON =
  '2006/07 plan report section C: an initial equality impact assessment was made, in consultation with the Diversity ' +
  'Directorate, as part of the development of the delivery plans for the strategic priorities. Illustrative: the reports ' +
  'record none per proposal; this one is recorded against the proposal that carries that delivery, and its ratings per ' +
  'protected characteristic, evidence and dates are assumed.';

assessEquality(PROGRAMME_OFFICE, P.saferNeighbourhoods, {
  assessmentId: 'eia-mmp-safer-neighbourhoods-2006',
  screeningOutcome: 'full-assessment-required',
  impacts: impacts({
    age: 'positive',
    disability: 'positive',
    race: 'positive',
    'religion-or-belief': 'positive',
  }),
  evidence:
    'Ward panel priorities and borough community consultation, 2005; initial assessment with the Diversity Directorate.',
  reviewDate: '2007-01-31',
  assessedOn: '2006-01-20',
  reason: EIA_REASON,
});
assessEquality(PROGRAMME_OFFICE, P.investigatingCrime, {
  assessmentId: 'eia-mmp-investigating-crime-2006',
  screeningOutcome: 'full-assessment-required',
  impacts: impacts({ disability: 'positive', age: 'positive', race: 'neutral' }),
  evidence:
    'Victim and witness satisfaction surveys; custody health-care review (designated detention officers and nurses).',
  reviewDate: '2007-01-31',
  assessedOn: '2006-01-27',
  reason: EIA_REASON,
});
assessEquality(PROGRAMME_OFFICE, P.sharedServices, {
  assessmentId: 'eia-mmp-shared-service-centres-2006',
  screeningOutcome: 'full-assessment-required',
  impacts: impacts({ age: 'negative', disability: 'negative', sex: 'negative' }),
  evidence:
    'Workforce profile of finance and HR transactional staff: older, female and part-time staff over-represented.',
  mitigation:
    'Consult staff associations before relocation (Service Review report (2005) §46); flexible working and reasonable adjustments at the new centres; redeployment before redundancy.',
  reviewDate: '2006-10-31',
  assessedOn: '2006-02-01',
  reason: EIA_REASON,
});
assessEquality(PROGRAMME_OFFICE, P.modernising, {
  assessmentId: 'eia-mmp-modernising-policing-delivery-2006',
  screeningOutcome: 'full-assessment-required',
  impacts: impacts({ disability: 'negative', age: 'negative', race: 'positive' }),
  evidence:
    'Service Review report (2005) section C: "a poorly designed service may not be accessible to all members of society"; station ' +
    'front counter usage survey.',
  mitigation:
    'Shop fronts and new bases meet accessibility standards; front counter closures consulted on borough by borough.',
  reviewDate: '2006-12-31',
  assessedOn: '2006-02-08',
  reason: EIA_REASON,
});
assessEquality(PROGRAMME_OFFICE, P.publicProtection, {
  assessmentId: 'eia-mmp-public-protection-2006',
  screeningOutcome: 'full-assessment-required',
  impacts: impacts({
    sex: 'positive',
    age: 'positive',
    disability: 'positive',
    'sexual-orientation': 'positive',
  }),
  evidence: 'MAPPA caseload and domestic violence victim profile.',
  reviewDate: '2007-03-31',
  assessedOn: '2006-02-10',
  reason: EIA_REASON,
});

// ---------------------------------------------------------------------------------------
// 5. Business cases (illustrative): SOC for the 2006/07 focus proposals and others;
//    one returned and resubmitted; Safer Neighbourhoods goes on to an OBC.
// ---------------------------------------------------------------------------------------

const BC_REASON =
  'Illustrative: business case contents, figures and dates are assumed (Service Review report (2005) §43: "detailed business cases will follow").';

submitBusinessCase(TIM_GODWIN.actor, P.saferNeighbourhoods, {
  stage: 'SOC',
  sections: {
    strategic:
      'Delivers all three outcomes the proposal supports; a Safer Neighbourhood team on every ward by the end of 2006/07 (Service Review report (2005) §21, §41).',
    economic:
      'Options: status quo (phased roll-out over three years), accelerated roll-out to every ward in 2006/07, and a hybrid; the accelerated option maximises reassurance and intelligence benefits.',
    commercial:
      'PCSO recruitment through existing MPS frameworks; shop-front premises through the Property Services estates strategy.',
    financial:
      'The investment lines are the additional cost of accelerating the roll-out: an additional £32m in 2006/07 (Service Review ' +
      'report (2005) §41), on top of the redirected Territorial Policing resources and external funding (Service Review report (2005) §21).',
    management:
      'Led by AC Tim Godwin through the Territorial Policing business group; quarterly reporting to the MPA Oversight Committee.',
  },
  investment: [
    { financialYear: '2006/07', amountPence: pounds(32 * MILLION) },
    { financialYear: '2007/08', amountPence: pounds(18 * MILLION) },
  ],
  wholeLifeCostPence: pounds(95 * MILLION),
  anticipatedBenefits: [
    { description: 'A Safer Neighbourhood team on every ward in London', amountPence: null },
    {
      description:
        'Improved community intelligence, including in the fight against terrorism (Service Review report (2005) §21)',
      amountPence: null,
    },
  ],
  submittedBy: 'Tim Godwin',
  submittedOn: '2006-01-16',
  reason: `${BC_REASON} The £32m for 2006/07 is the additional cost of accelerating the roll-out (Service Review report (2005) §41), not the whole cost; the 2007/08 line and the whole-life cost are assumed.`,
});
submitBusinessCase(ANDY_HAYMAN.actor, P.counterTerrorism, {
  stage: 'SOC',
  sections: {
    strategic:
      'Strengthens and reshapes counter-terrorism capability after 7 and 21 July 2005 (Service Review report (2005) §22).',
    economic:
      'Options: realignment within Specialist Operations alone; realignment plus Home Office growth funding.',
    commercial: 'Specialist equipment through Home Office national frameworks.',
    financial:
      'Growth largely dependent on the Home Office counter-terrorism funding bid (Service Review report (2005) §40).',
    management: 'Led by AC Andy Hayman through Specialist Operations.',
  },
  investment: [
    { financialYear: '2006/07', amountPence: pounds(24 * MILLION) },
    { financialYear: '2007/08', amountPence: pounds(26 * MILLION) },
  ],
  wholeLifeCostPence: pounds(75 * MILLION),
  anticipatedBenefits: [
    { description: 'Increased counter-terrorism investigative capacity', amountPence: null },
  ],
  submittedBy: 'Andy Hayman',
  submittedOn: '2006-01-16',
  reason: BC_REASON,
});
submitBusinessCase(ALAN_BROWN.actor, P.intelligence, {
  stage: 'SOC',
  sections: {
    strategic:
      'A force intelligence bureau gives operational officers information when and where they need it (Service Review report (2005) §28).',
    economic:
      'Options: enhance borough intelligence units; a single force intelligence bureau; a hybrid hub-and-spoke model.',
    commercial:
      'System procurement under the IT strategy; no outsourcing of intelligence functions.',
    financial:
      'Capital for systems in 2006/07; revenue offset by removing duplicated borough processes.',
    management: 'Led by AC Alan Brown; dependent on the covert assets co-ordination work.',
  },
  investment: [
    { financialYear: '2006/07', amountPence: pounds(6_500_000) },
    { financialYear: '2007/08', amountPence: pounds(4_000_000) },
  ],
  wholeLifeCostPence: pounds(17_250_000),
  anticipatedBenefits: [
    {
      description: 'Reduced bureaucracy and duplication in intelligence handling',
      amountPence: pounds(1_200_000),
    },
  ],
  submittedBy: 'Alan Brown',
  submittedOn: '2006-01-16',
  reason: BC_REASON,
});
submitBusinessCase(MARTIN_TIPLADY.actor, P.sharedServices, {
  stage: 'SOC',
  sections: {
    strategic:
      'Transactional finance and HR services delivered once, consistently, across business groups (Service Review report (2005) §24).',
    economic: 'Preferred option: two in-house shared service centres, finance first, then HR.',
    commercial: 'In-house delivery; ERP configuration from the existing supplier.',
    financial: 'Savings of £8m a year once both centres are live.',
    management:
      'Led by Martin Tiplady, Director of Human Resources, with the Director of Resources.',
  },
  investment: [
    { financialYear: '2006/07', amountPence: pounds(5 * MILLION) },
    { financialYear: '2007/08', amountPence: pounds(3 * MILLION) },
  ],
  wholeLifeCostPence: pounds(11 * MILLION),
  anticipatedBenefits: [
    { description: 'Cashable savings in transactional services', amountPence: pounds(8 * MILLION) },
  ],
  submittedBy: 'Martin Tiplady',
  submittedOn: '2006-01-16',
  reason: BC_REASON,
});

approveBusinessCase(OVERSIGHT, P.saferNeighbourhoods, {
  version: 1,
  meeting: 'MPA Oversight Committee, 3 February 2006',
  decisionDate: '2006-02-03',
  reason: `${BC_REASON} The meeting is 2006/07 plan report §10; the approval is assumed.`,
});
approveBusinessCase(OVERSIGHT, P.counterTerrorism, {
  version: 1,
  conditions: ['Growth beyond the realignment only if the Home Office bid succeeds'],
  meeting: 'MPA Oversight Committee, 3 February 2006',
  decisionDate: '2006-02-03',
  reason: `${BC_REASON} The meeting is 2006/07 plan report §10; the approval is assumed.`,
});
approveBusinessCase(OVERSIGHT, P.intelligence, {
  version: 1,
  meeting: 'MPA Oversight Committee, 3 February 2006',
  decisionDate: '2006-02-03',
  reason: `${BC_REASON} The meeting is 2006/07 plan report §10; the approval is assumed.`,
});
returnBusinessCase(OVERSIGHT, P.sharedServices, {
  version: 1,
  comments:
    'The economic case should compare the in-house centres with outsourcing and the status quo, and the £8m savings should be phased by financial year.',
  meeting: 'MPA Oversight Committee, 3 February 2006',
  decisionDate: '2006-02-03',
  reason: `${BC_REASON} The meeting is 2006/07 plan report §10; the return is assumed.`,
});
submitBusinessCase(MARTIN_TIPLADY.actor, P.sharedServices, {
  stage: 'SOC',
  sections: {
    strategic:
      'Transactional finance and HR services delivered once, consistently, across business groups (Service Review report (2005) §24).',
    economic:
      'Options appraised: status quo, outsourcing, two in-house shared service centres. In-house centres give the best value over five years once transition risk is priced.',
    commercial:
      'In-house delivery; ERP configuration from the existing supplier; outsourcing market tested and rejected.',
    financial: 'Savings phased: £2.5m in 2006/07, £6m in 2007/08, £8m a year from 2008/09.',
    management:
      'Led by Martin Tiplady, Director of Human Resources, with the Director of Resources.',
  },
  investment: [
    { financialYear: '2006/07', amountPence: pounds(5 * MILLION) },
    { financialYear: '2007/08', amountPence: pounds(3 * MILLION) },
  ],
  wholeLifeCostPence: pounds(11 * MILLION),
  anticipatedBenefits: [
    {
      description: 'Cashable savings in transactional services, 2006/07',
      amountPence: pounds(2_500_000),
    },
    {
      description: 'Cashable savings in transactional services, 2007/08',
      amountPence: pounds(6 * MILLION),
    },
    {
      description: 'Cashable savings in transactional services, full year from 2008/09',
      amountPence: pounds(8 * MILLION),
    },
  ],
  submittedBy: 'Martin Tiplady',
  submittedOn: '2006-02-20',
  reason: `${BC_REASON} Version 2 answers the Oversight Committee's comments of 3 February 2006.`,
});
submitBusinessCase(TIM_GODWIN.actor, P.investigatingCrime, {
  stage: 'SOC',
  sections: {
    strategic:
      'Meets government standards and helps bring offenders to justice (Service Review report (2005) §23).',
    economic:
      'Custody clusters and civilian investigators release officer time; options compared borough by borough.',
    commercial:
      'NSPIS case and custody systems through the national programme; custody nursing contracted.',
    financial:
      'Custody cluster capital through the accelerated estates strategy (Service Review report (2005) §30).',
    management: 'Led by AC Tim Godwin; a central TP crime management unit assures standards.',
  },
  investment: [
    { financialYear: '2006/07', amountPence: pounds(12 * MILLION) },
    { financialYear: '2007/08', amountPence: pounds(15 * MILLION) },
    { financialYear: '2008/09', amountPence: pounds(9 * MILLION) },
  ],
  wholeLifeCostPence: pounds(48 * MILLION),
  anticipatedBenefits: [
    {
      description: 'Police officer hours released from custody and case preparation',
      amountPence: null,
    },
  ],
  submittedBy: 'Tim Godwin',
  submittedOn: '2006-02-20',
  reason: BC_REASON,
});
submitBusinessCase(STEPHEN_RIMMER.actor, P.modernising, {
  stage: 'SOC',
  sections: {
    strategic:
      'Workforce modernisation, an accelerated estates strategy and interoperable data systems (Service Review report (2005) §30).',
    economic:
      'Disposal of old, inaccessible stations offsets the cost of shop fronts and deployment bases (Service Review report (2005) §20).',
    commercial:
      'Estates disposals and leases through Property Services; IT through existing suppliers.',
    financial: 'Net capital after disposals, phased over three years.',
    management:
      'Co-ordinated by Stephen Rimmer across the IT, estates and HR strategies (Service Review report (2005) §43).',
  },
  investment: [
    { financialYear: '2006/07', amountPence: pounds(20 * MILLION) },
    { financialYear: '2007/08', amountPence: pounds(25 * MILLION) },
    { financialYear: '2008/09', amountPence: pounds(15 * MILLION) },
  ],
  wholeLifeCostPence: pounds(72 * MILLION),
  anticipatedBenefits: [
    {
      description:
        'Lower estate running costs from disposing of stations unsuitable for modern policing',
      amountPence: pounds(4 * MILLION),
    },
  ],
  submittedBy: 'Stephen Rimmer',
  submittedOn: '2006-02-20',
  reason: BC_REASON,
});
for (const [proposalId, version, conditions] of [
  [P.sharedServices, 2, []],
  [P.investigatingCrime, 1, []],
  [P.modernising, 1, ['Station disposals reported to the MPA Finance Committee before sale']],
] as [string, number, string[]][]) {
  approveBusinessCase(OVERSIGHT, proposalId, {
    version,
    conditions,
    meeting: 'MPA Oversight Committee, 9 March 2006',
    decisionDate: '2006-03-09',
    reason: `${BC_REASON} The meeting is 2006/07 plan report §13; the approval is assumed.`,
  });
}

// Safer Neighbourhoods: outline business case.
submitBusinessCase(TIM_GODWIN.actor, P.saferNeighbourhoods, {
  stage: 'OBC',
  sections: {
    strategic:
      'As the approved SOC: a Safer Neighbourhood team on every ward by the end of 2006/07.',
    economic:
      'Accelerated roll-out confirmed as the preferred option; PCSO-heavy team mix keeps cost per ward down.',
    commercial:
      'Shop-front leases for 120 teams through Property Services; vehicles through the fleet contract.',
    financial:
      'The additional cost of acceleration: £32m in 2006/07, which would require a precept above the Mayor’s 5.5% guidance ' +
      '(Service Review report (2005) §41); £18m in 2007/08.',
    management:
      'Borough roll-out plan in four tranches; monthly strength reports to Management Board.',
  },
  investment: [
    { financialYear: '2006/07', amountPence: pounds(32 * MILLION) },
    { financialYear: '2007/08', amountPence: pounds(18 * MILLION) },
  ],
  wholeLifeCostPence: pounds(96_500_000),
  anticipatedBenefits: [
    { description: 'A Safer Neighbourhood team on every ward in London', amountPence: null },
    { description: 'Higher public confidence in local policing', amountPence: null },
  ],
  submittedBy: 'Tim Godwin',
  submittedOn: '2006-05-15',
  reason: BC_REASON,
});
approveBusinessCase(OVERSIGHT, P.saferNeighbourhoods, {
  version: 2,
  conditions: ['Quarterly report to the Oversight Committee on PCSO strength by borough'],
  meeting: 'MPA Oversight Committee, 8 June 2006',
  decisionDate: '2006-06-08',
  reason: BC_REASON,
});

// The deferral of October 2005 is superseded once the budget is set.
recordDecision(PROGRAMME_OFFICE, MMP, {
  decisionId: 'mmp-2006-02-23-sn-acceleration',
  forum: 'Authority',
  decisionDate: '2006-02-23',
  subject: 'Accelerated roll-out of Safer Neighbourhood teams to all wards by the end of 2006/07',
  proposalId: P.saferNeighbourhoods,
  outcome: 'approve',
  rationale:
    'The 2006/07 budget provides for the accelerated roll-out; the Mayor indicated general support (Service Review report (2005) §41).',
  minuteReference: 'MPA 23/02/2006, report 7',
  evidence: [{ kind: 'business-case', ref: P.saferNeighbourhoods, version: 1 }],
  supersedesDecisionId: 'mmp-2005-10-10-sn-acceleration',
  reason:
    'Illustrative: the decision, its date and minute reference are assumed; it relies on the Safer ' +
    'Neighbourhoods SOC (version 1) and supersedes the deferral of 10 October 2005.',
});
for (const [n, decisionId, subject] of [
  [1, 'mmp-2006-02-23-corporate-strategy', 'The content and format of the MPA/MPS Corporate Strategy 2006/09'],
  [2, 'mmp-2006-02-23-policing-plan', 'The MPA/MPS Annual Policing Plan 2006/07 with the corporate objectives, measures and targets'],
] as const) {
  recordDecision(PROGRAMME_OFFICE, MMP, {
    decisionId,
    forum: 'Authority',
    decisionDate: '2006-02-23',
    subject,
    outcome: 'approve',
    rationale:
      n === 1
        ? 'The final strategy is essentially unchanged since last September and is re-presented for final approval (2006/07 plan report §1).'
        : 'The operational objectives and the initial priorities for the Met Modernisation Programme form the annual policing plan for 2006/07 (2006/07 plan report §2).',
    minuteReference: `MPA 23/02/2006, report 7, recommendation ${n}`,
    reason:
      `2006/07 plan report recommendation ${n} asks the Authority to agree it. Illustrative: the outcome of the meeting, its day ` +
      '(the date of report 7) and the minute reference are assumed.',
  });
}
recordDecision(PROGRAMME_OFFICE, MMP, {
  decisionId: 'mmp-2006-02-23-critical-focus-areas',
  forum: 'Authority',
  decisionDate: '2006-02-23',
  subject:
    'The critical focus areas for 2006/07 of the Met Modernisation Programme (2006/07 plan report recommendation 3)',
  outcome: 'approve',
  rationale:
    'Safer Neighbourhoods, C3i, Together, and intelligence, tasking and covert assets represent truly ' +
    'significant organisational change (2006/07 plan report §11).',
  minuteReference: 'MPA 23/02/2006, report 7, recommendation 3',
  reason:
    '2006/07 plan report recommendation 3 asks the Authority to agree the critical focus areas. Illustrative: the ' +
    'outcome of the meeting, its day (the date of report 7) and the minute reference are assumed.',
});

// ---------------------------------------------------------------------------------------
// 6. Delivery (illustrative start dates), a lead change, a delivery-confidence pair
// ---------------------------------------------------------------------------------------

for (const proposalId of [
  P.saferNeighbourhoods,
  P.counterTerrorism,
  P.intelligence,
  P.covertAssets,
  P.sharedServices,
  P.investigatingCrime,
  P.modernising,
]) {
  startDelivery(PROGRAMME_OFFICE, proposalId, {
    startedOn: '2006-04-01',
    reason:
      '2006/07 plan report §10-12: delivery during 2006/07. Illustrative: the start day (1 April 2006, the first day of 2006/07) is assumed.',
  });
}

// Self and independent ratings disagree; both are kept.
assessConfidence(TIM_GODWIN.actor, P.saferNeighbourhoods, {
  rating: 'amber-green',
  assessment: 'self',
  commentary:
    'Teams in place in 470 of 630 wards; PCSO recruitment on plan; every ward on track for March 2007.',
  assessedOn: '2006-09-29',
  assessorName: 'Tim Godwin',
  reason: 'Illustrative: rating, commentary and date assumed.',
});
assessConfidence(PROGRAMME_OFFICE, P.saferNeighbourhoods, {
  rating: 'amber-red',
  assessment: 'independent',
  commentary:
    'Outer-borough PCSO vacancies and shop-front leases that depend on the accelerated estates strategy put ' +
    'full coverage by March 2007 at risk; sergeant supervision ratios below plan in 14 boroughs.',
  assessedOn: '2006-10-06',
  assessorName: 'Independent assurance review team (commissioned by the MPA Oversight Committee)',
  reason: 'Illustrative: rating, commentary, reviewer and date assumed.',
});

// Stephen Rimmer's two-year secondment from October 2005 (Service Review report (2005) §45) ends: every role he held
// passes on the same day (his leads and the programme's direction); the history of who was accountable stays.
const SECONDMENT_ENDS =
  'Illustrative: Stephen Rimmer’s two-year Home Office secondment from October 2005 (Service Review report (2005) §45) ends; ' +
  'the reports name no successor and give no day, both are assumed.';
assignLead(PROGRAMME_OFFICE, P.modernising, {
  leadId: DIRECTOR_OF_RESOURCES.leadId,
  leadName: DIRECTOR_OF_RESOURCES.leadName,
  leadRole: DIRECTOR_OF_RESOURCES.leadRole,
  effectiveDate: '2007-10-01',
  reason: `${SECONDMENT_ENDS} The estates, IT and workforce strands pass to the Director of Resources.`,
});
assignLead(PROGRAMME_OFFICE, P.publicProtection, {
  leadId: SUCCESSOR_DIRECTOR.leadId,
  leadName: SUCCESSOR_DIRECTOR.leadName,
  leadRole: SUCCESSOR_DIRECTOR.leadRole,
  effectiveDate: '2007-10-01',
  reason: `${SECONDMENT_ENDS} The proposal passes to his successor as programme director.`,
});
appointDirector(PROGRAMME_OFFICE, MMP, {
  personId: SUCCESSOR_DIRECTOR.leadId,
  name: SUCCESSOR_DIRECTOR.leadName,
  effectiveDate: '2007-10-01',
  reason: SECONDMENT_ENDS,
});

// ---------------------------------------------------------------------------------------
// 7. Benefits: the £70m programme savings target (Service Review report (2005) §38) and illustrative proposal benefits
// ---------------------------------------------------------------------------------------

// A programme-level benefit belongs to no proposal, so no lead reports on it: the programme
// office records the Director of Resources' outturn figures.
const PROGRAMME_BENEFIT = { programmeId: MMP };
const SAVINGS_70M = 'mmp-savings-target-70m';

planBenefit(PROGRAMME_OFFICE, PROGRAMME_BENEFIT, {
  benefitId: SAVINGS_70M,
  description:
    'Savings targets from business groups of £70 million, set by the Management Board review of 5 September 2005 (before the programme existed) ' +
    'to reduce the 2006/07 budget shortfall (Service Review report (2005) §38)',
  observableOutcome:
    'The 2006/07 budget shortfall reduced (to £26m after this and other remedial action, Service Review report (2005) §38); money redirected to core policing functions (Service Review report (2005) §4).',
  measure: 'Cashable savings against the 2006/07 standstill budget',
  unit: 'GBP-pence',
  attribution:
    'Business group savings targets set by the Management Board review of 5 September 2005, tracked through budget monitoring by the Directorate of Resources (2006/07 plan report §15).',
  cashReleasing: true,
  quantitative: true,
  isDisbenefit: false,
  ownerId: DIRECTOR_OF_RESOURCES.leadId,
  ownerName: 'Directorate of Resources, with the Met Modernisation Programme',
  baseline: 0,
  target: pounds(70 * MILLION),
  fullYearValue: pounds(70 * MILLION),
  plannedOn: '2005-09-05',
  // The target is for 2006/07 alone: Appendix 3's £1m for 2007/08 is that year's savings proposals, not part of the £70m.
  schedule: [{ period: '2006/07', plannedValue: pounds(70 * MILLION) }],
  scheduleKind: 'per-period',
  reason:
    'Service Review report (2005) §38: a Management Board review on 5 September 2005 secured savings targets from business groups of ' +
    '£70 million for 2006/07 (Appendix 3: total savings proposals £70m in 2006/07). 2006/07 plan report §15: the Met Modernisation ' +
    'Programme and Directorate of Resources co-ordinate efficiency savings. Recorded as a programme-level benefit although it was ' +
    'set before the programme existed. Illustrative: the measure, and the Directorate of Resources as the owner of record, are assumed.',
});
realiseBenefit(PROGRAMME_OFFICE, PROGRAMME_BENEFIT, SAVINGS_70M, {
  period: '2006/07',
  actual: pounds(66_300_000),
  evidence: 'Revenue outturn 2006/07, report to the MPA Finance Committee',
  commentary: '£3.7m of business group savings slipped into 2007/08; the rest delivered.',
  forecastRemaining: pounds(3_700_000),
  reason: 'Illustrative: the 2006/07 outturn figure is assumed.',
});
reforecastBenefit(PROGRAMME_OFFICE, PROGRAMME_BENEFIT, SAVINGS_70M, {
  schedule: [
    { period: '2006/07', plannedValue: pounds(66_300_000) },
    { period: '2007/08', plannedValue: pounds(3_700_000) },
  ],
  reforecastOn: '2007-06-14',
  reason:
    'Illustrative: £3.7m of the 2006/07 savings moved into 2007/08, so the forecast still totals the £70m target; the date is assumed.',
});
realiseBenefit(PROGRAMME_OFFICE, PROGRAMME_BENEFIT, SAVINGS_70M, {
  period: '2007/08',
  actual: pounds(3_520_000),
  forecastRemaining: 0,
  evidence: 'Revenue outturn 2007/08, report to the MPA Finance Committee',
  commentary: 'Carried-forward savings delivered except £0.18m of overtime reductions: £69.82m of the £70m in all.',
  reason: 'Illustrative: the 2007/08 outturn figure is assumed.',
});

// Shared service centres: a cash-releasing benefit, realised, corrected and re-forecast.
const SSC = { proposalId: P.sharedServices };
const SSC_SAVINGS = 'mmp-ssc-transactional-savings';
planBenefit(PROGRAMME_OFFICE, SSC, {
  plannedOn: '2006-03-09', // with the business case the Oversight Committee approved that day
  benefitId: SSC_SAVINGS,
  description:
    'Cashable savings a year from delivering finance and HR transactional services through shared service centres (Illustrative)',
  observableOutcome:
    'Fewer posts in transactional finance and HR across business groups; budget released to priorities.',
  measure: 'Cashable savings a year against the 2005/06 transactional services baseline (the level reached in each year)',
  unit: 'GBP-pence',
  attribution:
    'Posts removed from business group establishments as each centre goes live, confirmed by the Directorate of Resources.',
  cashReleasing: true,
  quantitative: true,
  isDisbenefit: false,
  ownerId: MARTIN_TIPLADY.leadId,
  ownerName: 'Martin Tiplady',
  baseline: 0,
  target: pounds(8 * MILLION),
  fullYearValue: pounds(8 * MILLION),
  schedule: [
    { period: '2006/07', plannedValue: pounds(2_500_000) },
    { period: '2007/08', plannedValue: pounds(6 * MILLION) },
    { period: '2008/09', plannedValue: pounds(8 * MILLION) },
  ],
  // £2.5m in 2006/07, £6m in 2007/08, £8m a year from 2008/09: annual levels rising to the £8m target.
  scheduleKind: 'level',
  reason:
    'Illustrative: benefit profile from the approved SOC (version 2); figures and the day planned (with the approval) assumed.',
});
realiseBenefit(MARTIN_TIPLADY.actor, SSC, SSC_SAVINGS, {
  period: '2006/07',
  actual: pounds(1_800_000),
  forecastRemaining: pounds(6_200_000),
  evidence: 'Provisional 2006/07 outturn, Directorate of Resources',
  commentary: 'Finance centre live from October 2006; HR centre not yet live.',
  reason: 'Illustrative: figures assumed.',
});
correctRealisation(MARTIN_TIPLADY.actor, SSC, SSC_SAVINGS, {
  period: '2006/07',
  actual: pounds(1_650_000),
  reason:
    'Illustrative: the audited 2006/07 outturn is £150,000 lower than the provisional figure reported.',
});
reforecastBenefit(PROGRAMME_OFFICE, SSC, SSC_SAVINGS, {
  schedule: [
    { period: '2006/07', plannedValue: pounds(2_500_000) },
    { period: '2007/08', plannedValue: pounds(4_500_000) },
    { period: '2008/09', plannedValue: pounds(8 * MILLION) },
  ],
  reforecastOn: '2007-07-12',
  reason:
    'Illustrative: the HR shared service centre go-live slipped six months; the 2007/08 level re-phased, the £8m a year from 2008/09 kept; the date is assumed.',
});
realiseBenefit(MARTIN_TIPLADY.actor, SSC, SSC_SAVINGS, {
  period: '2007/08',
  actual: pounds(4_200_000),
  forecastRemaining: pounds(3_800_000),
  evidence: 'Revenue outturn 2007/08, Directorate of Resources',
  commentary: 'HR centre live from October 2007.',
  reason: 'Illustrative: figures assumed.',
});

// Safer Neighbourhoods: ward coverage, a non-cash quantitative benefit.
const SN = { proposalId: P.saferNeighbourhoods };
const SN_WARDS = 'mmp-sn-ward-coverage';
planBenefit(PROGRAMME_OFFICE, SN, {
  plannedOn: '2006-02-03', // with the business case the Oversight Committee approved that day
  benefitId: SN_WARDS,
  description: 'A Safer Neighbourhood team on every ward across London',
  observableOutcome:
    'Every ward has a named team; residents know how to contact it. 256 of the 630 wards had a team before the programme; the rest get one by the end of 2006/07.',
  // Counted as wards gaining a team in each year (not the year-end level), so the periods add up to the target.
  measure: 'Wards gaining a Safer Neighbourhood team at full strength in the year',
  unit: 'wards',
  attribution: 'Territorial Policing strength returns, ward by ward.',
  cashReleasing: false,
  quantitative: true,
  isDisbenefit: false,
  ownerId: TIM_GODWIN.leadId,
  ownerName: 'Tim Godwin',
  baseline: 0,
  target: 374,
  schedule: [
    { period: '2005/06', plannedValue: 144 },
    { period: '2006/07', plannedValue: 230 },
  ],
  reason:
    'Service Review report (2005) §21 and §41 set the aim (every ward by the end of 2006/07). Illustrative: ward counts and the day planned (with the SOC approval) assumed.',
});
realiseBenefit(TIM_GODWIN.actor, SN, SN_WARDS, {
  period: '2005/06',
  actual: 130,
  forecastRemaining: 244,
  evidence: 'TP strength return, 31 March 2006',
  commentary: '14 wards short of plan: outer-borough PCSO vacancies.',
  reason: 'Illustrative: figures assumed.',
});
realiseBenefit(TIM_GODWIN.actor, SN, SN_WARDS, {
  period: '2006/07',
  actual: 244,
  forecastRemaining: 0,
  evidence: 'TP strength return, 31 March 2007',
  commentary: 'Every ward has a team.',
  reason: 'Illustrative: figures assumed.',
});

// Investigating crime: officer hours released.
const IC = { proposalId: P.investigatingCrime };
const IC_HOURS = 'mmp-ic-officer-hours-released';
planBenefit(PROGRAMME_OFFICE, IC, {
  plannedOn: '2006-03-09', // with the business case the Oversight Committee approved that day
  benefitId: IC_HOURS,
  description: 'Police officer hours released from custody and case preparation',
  observableOutcome:
    'Officers spend more time on patrol and investigation; custody handled by detention officers and case builders.',
  measure: 'Officer hours released in the year',
  unit: 'officer-hours',
  attribution: 'Duty-time sampling on custody cluster boroughs compared with the 2005/06 baseline.',
  cashReleasing: false,
  quantitative: true,
  isDisbenefit: false,
  ownerId: TIM_GODWIN.leadId,
  ownerName: 'Tim Godwin',
  baseline: 0,
  // The two years' total; 400,000 a year at full effect.
  target: 550_000,
  fullYearValue: 400_000,
  schedule: [
    { period: '2006/07', plannedValue: 150_000 },
    { period: '2007/08', plannedValue: 400_000 },
  ],
  reason: 'Illustrative: benefit profile from the approved SOC; figures and the day planned (with the approval) assumed.',
});
realiseBenefit(TIM_GODWIN.actor, IC, IC_HOURS, {
  period: '2006/07',
  actual: 121_000,
  forecastRemaining: 429_000,
  evidence: 'Duty-time sampling, Q4 2006/07',
  commentary: 'Designated detention officers in post on 22 boroughs.',
  reason: 'Illustrative: figures assumed.',
});
realiseBenefit(TIM_GODWIN.actor, IC, IC_HOURS, {
  period: '2007/08',
  actual: 352_000,
  forecastRemaining: 0,
  evidence: 'Duty-time sampling, Q4 2007/08',
  reason: 'Illustrative: figures assumed.',
});

// Modernising policing delivery: a dis-benefit.
const MPD = { proposalId: P.modernising };
const MPD_COUNTERS = 'mmp-mpd-front-counters-closed';
planBenefit(PROGRAMME_OFFICE, MPD, {
  plannedOn: '2006-03-09', // with the business case the Oversight Committee approved that day
  benefitId: MPD_COUNTERS,
  description:
    'Fewer traditional station front counters as old, inaccessible stations close (Service Review report (2005) §20)',
  observableOutcome:
    'Some residents travel further to a front counter; contact moves to shop fronts and Metcall.',
  measure: 'Station front counters closed since April 2006 (running total at each year end)',
  unit: 'front counters',
  attribution: 'Property Services disposals register.',
  cashReleasing: false,
  quantitative: true,
  isDisbenefit: true,
  ownerId: DIRECTOR_OF_RESOURCES.leadId,
  ownerName: 'Director of Resources',
  baseline: 0,
  target: 20,
  schedule: [
    { period: '2006/07', plannedValue: 6 },
    { period: '2007/08', plannedValue: 14 },
    { period: '2008/09', plannedValue: 20 },
  ],
  scheduleKind: 'running-total',
  reason:
    'Service Review report (2005) §20 describes the move out of old stations. Illustrative: the dis-benefit profile, its owner ' +
    '(Property Services sits with the Director of Resources), figures and the day planned are assumed.',
});
// Reported after Stephen Rimmer's secondment ended, so by the proposal's lead by then.
realiseBenefit(DIRECTOR_OF_RESOURCES.actor, MPD, MPD_COUNTERS, {
  period: '2006/07',
  actual: 4,
  forecastRemaining: 16,
  evidence: 'Property Services disposals register, March 2007',
  reason: 'Illustrative: figures assumed.',
});

// ---------------------------------------------------------------------------------------
// 8. Delivery plan: milestones on the critical path (illustrative), one slipped
// ---------------------------------------------------------------------------------------

const MS_REASON =
  'Illustrative: milestone, dates and dependencies assumed (Service Review report (2005) §43: a critical path gives "the rate and sequence of change").';
const milestones: Omit<PlanMilestone['data'], 'programmeId'>[] = [
  {
    milestoneId: 'ms-sn-soc-approved',
    proposalId: P.saferNeighbourhoods,
    title: 'Safer Neighbourhoods strategic outline case approved',
    baselineDate: '2006-02-03',
  },
  {
    milestoneId: 'ms-estates-strategy-accelerated',
    proposalId: P.modernising,
    title: 'Accelerated Property Services estates strategy agreed',
    baselineDate: '2006-06-30',
  },
  {
    milestoneId: 'ms-ssc-finance-live',
    proposalId: P.sharedServices,
    title: 'Finance shared service centre live',
    baselineDate: '2006-10-02',
  },
  {
    milestoneId: 'ms-ssc-hr-live',
    proposalId: P.sharedServices,
    title: 'HR shared service centre live',
    baselineDate: '2007-04-02',
    predecessorIds: ['ms-ssc-finance-live'],
  },
  {
    milestoneId: 'ms-sn-shop-fronts-first',
    proposalId: P.saferNeighbourhoods,
    title: 'First Safer Neighbourhood shop-front bases open',
    baselineDate: '2006-10-31',
    predecessorIds: ['ms-estates-strategy-accelerated'],
  },
  {
    milestoneId: 'ms-sn-pcso-recruitment',
    proposalId: P.saferNeighbourhoods,
    title: 'PCSO recruitment for every-ward coverage complete',
    baselineDate: '2006-12-29',
    predecessorIds: ['ms-sn-soc-approved'],
  },
  {
    milestoneId: 'ms-sn-every-ward',
    proposalId: P.saferNeighbourhoods,
    title: 'A Safer Neighbourhood team on every ward in London',
    baselineDate: '2007-03-31',
    predecessorIds: ['ms-sn-pcso-recruitment', 'ms-sn-shop-fronts-first'],
  },
  {
    milestoneId: 'ms-custody-cluster-designs',
    proposalId: P.investigatingCrime,
    title: 'Custody cluster designs agreed',
    baselineDate: '2006-09-29',
    predecessorIds: ['ms-estates-strategy-accelerated'],
  },
  {
    milestoneId: 'ms-custody-cluster-first',
    proposalId: P.investigatingCrime,
    title: 'First borough custody cluster open',
    baselineDate: '2007-06-29',
    predecessorIds: ['ms-custody-cluster-designs'],
  },
  {
    milestoneId: 'ms-intel-bureau-design',
    proposalId: P.intelligence,
    title: 'Force intelligence bureau design approved',
    baselineDate: '2006-09-29',
  },
  {
    milestoneId: 'ms-intel-bureau-live',
    proposalId: P.intelligence,
    title: 'Force intelligence bureau operational',
    baselineDate: '2007-09-28',
    predecessorIds: ['ms-intel-bureau-design'],
  },
  {
    milestoneId: 'ms-covert-assets-coordination',
    proposalId: P.covertAssets,
    title: 'Central co-ordination of covert assets in place',
    baselineDate: '2007-03-30',
    predecessorIds: ['ms-intel-bureau-design'],
  },
  {
    milestoneId: 'ms-ct-realignment',
    proposalId: P.counterTerrorism,
    title: 'Specialist Operations counter-terrorism realignment complete',
    baselineDate: '2006-12-29',
  },
  {
    milestoneId: 'ms-olympics-resilience-scoping',
    proposalId: P.olympics,
    title: 'Olympics resilience scoping, budget and contingency plan',
    baselineDate: '2006-12-15',
  },
];
for (const milestone of milestones) {
  planMilestone(PROGRAMME_OFFICE, MMP, { ...milestone, plannedOn: '2006-01-16', reason: MS_REASON });
}

const achieved: [string, string][] = [
  ['ms-sn-soc-approved', '2006-02-03'],
  ['ms-estates-strategy-accelerated', '2006-06-30'],
  ['ms-custody-cluster-designs', '2006-09-29'],
  ['ms-intel-bureau-design', '2006-09-29'],
  ['ms-ssc-finance-live', '2006-10-02'],
  ['ms-sn-shop-fronts-first', '2006-10-31'],
  ['ms-sn-pcso-recruitment', '2006-12-22'],
  ['ms-ct-realignment', '2006-12-29'],
  ['ms-sn-every-ward', '2007-03-30'],
];
for (const [milestoneId, achievedOn] of achieved) {
  achieveMilestone(PROGRAMME_OFFICE, MMP, {
    milestoneId,
    achievedOn,
    reason: 'Illustrative: achievement date assumed.',
  });
}
rescheduleMilestone(PROGRAMME_OFFICE, MMP, {
  milestoneId: 'ms-ssc-hr-live',
  forecastDate: '2007-10-01',
  rescheduledOn: '2007-04-02',
  reason:
    'Illustrative: cleansing HR records before migration took longer than planned; go-live moved six months, after the consultation with staff associations; the dates are assumed.',
});
achieveMilestone(PROGRAMME_OFFICE, MMP, {
  milestoneId: 'ms-ssc-hr-live',
  achievedOn: '2007-10-01',
  reason: 'Illustrative: achievement date assumed.',
});

// ---------------------------------------------------------------------------------------
// 9. Risk register: the risks of Service Review report (2005) section C, the budget position and dependencies
// ---------------------------------------------------------------------------------------

const RISK_SCORES =
  'Illustrative: likelihood, impact, owner, proximity, actions and the day raised (the date of the report) assumed.';

raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-risk-consultation-breadth',
  kind: 'threat',
  category: 'risk',
  title: 'Pace of change limits consultation',
  cause: 'A wide-ranging change programme delivered within the timescales being discussed',
  event:
    'Failure to consult and involve a wide enough breadth of people to understand the impact of what is proposed',
  effect: 'Disproportionate outcomes driven by poorly considered ideas',
  ownerName: 'Martin Tiplady, Director of Human Resources',
  likelihood: 4,
  impact: 4,
  proximity: 'During 2005/06 consultation and design',
  response: 'reduce',
  actions: [
    'Consultation strategy for the co-ordinated planning programme (Service Review report (2005) §46)',
    'Equality impact assessment per proposal',
  ],
  residualLikelihood: 2,
  residualImpact: 4,
  raisedOn: '2005-09-29',
  reason: `Service Review report (2005) section C: entered in the risk register "to ensure they are managed from the outset". ${RISK_SCORES}`,
});
raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-risk-service-accessibility',
  kind: 'threat',
  category: 'risk',
  title: 'A poorly designed service is not accessible to all',
  cause: 'Service changes designed without the needs of all communities in view',
  event: 'A redesigned service is not accessible to all members of society',
  effect: 'Some groups lose access to policing services; confidence falls',
  ownerName: 'DAC Rose Fitzpatrick (Citizen Focus)',
  likelihood: 3,
  impact: 4,
  proximity: 'As each proposal is designed',
  response: 'reduce',
  actions: ['Accessibility criteria in every business case'],
  residualLikelihood: 2,
  residualImpact: 3,
  raisedOn: '2005-09-29',
  reason: `Service Review report (2005) section C. ${RISK_SCORES}`,
});
raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-risk-expectations',
  kind: 'threat',
  category: 'risk',
  title: 'Expectations for improvement exceed what can be delivered',
  cause: 'High aims for a more citizen-focused service',
  event: 'Public and staff expectations for improvement exceed what can be delivered',
  effect: 'Disappointment and lower confidence despite real improvement',
  ownerName: 'Met Modernisation Programme director',
  likelihood: 3,
  impact: 3,
  proximity: '2006/07',
  response: 'reduce',
  actions: [
    'Phased implementation communicated with the critical path (Service Review report (2005) §43)',
  ],
  residualLikelihood: 2,
  residualImpact: 3,
  raisedOn: '2005-09-29',
  reason: `Service Review report (2005) section C. ${RISK_SCORES}`,
});
raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-risk-citizen-definition',
  kind: 'threat',
  category: 'risk',
  title: 'The definition of "citizen" excludes vulnerable groups',
  cause: 'The definition of citizen may be subject to debate',
  event: 'Vulnerable groups are left out of citizen-focused service design',
  effect: 'Unequal service to the people most in need of protection',
  ownerName: 'DAC Rose Fitzpatrick (Citizen Focus)',
  likelihood: 2,
  impact: 4,
  proximity: '2006/07',
  response: 'avoid',
  actions: ['Stakeholder analysis in the Citizen Focus strategy (2006/07 plan report section C)'],
  residualLikelihood: 1,
  residualImpact: 4,
  raisedOn: '2005-09-29',
  reason: `Service Review report (2005) section C. ${RISK_SCORES}`,
});
raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-risk-budget-shortfall-2006-07',
  kind: 'threat',
  category: 'risk',
  title: 'Budget shortfall for 2006/07',
  cause:
    'The July 2005 events caused a significant overspend; a difficult 2006/07 settlement is anticipated (Service Review report (2005) §4)',
  event:
    'A £26m shortfall remains after £70m of savings targets (Service Review report (2005) §38)',
  effect: 'Investment in the programme cannot be afforded; proposals delayed',
  ownerName: 'Deputy Commissioner',
  likelihood: 4,
  impact: 5,
  proximity: 'Before the 2006/07 budget is set (February 2006)',
  response: 'reduce',
  actions: [
    'Deputy Commissioner’s review of commitments and overspending budgets (Service Review report (2005) §39)',
    'Draft budget to the joint Finance/PPRC on 10 October 2005 (Service Review report (2005) §47)',
  ],
  residualLikelihood: 3,
  residualImpact: 4,
  raisedOn: '2005-09-29',
  reason: `Service Review report (2005) §38-39 and §47. ${RISK_SCORES}`,
});
raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-dep-home-office-ct-funding',
  proposalId: P.counterTerrorism,
  kind: 'threat',
  category: 'dependency',
  title: 'Home Office funding for counter-terrorism growth',
  cause: 'Counter terrorism is a principal area of growth (Service Review report (2005) §40)',
  event: 'The bid to the Home Office for increased counter-terrorism funding is not met in full',
  effect: 'Growth must be contained within the MPS budget or capability growth scaled back',
  ownerName: 'AC Andy Hayman',
  likelihood: 3,
  impact: 5,
  proximity: 'Home Office settlement for 2006/07',
  response: 'reduce',
  actions: ['Bid with the Home Office (Service Review report (2005) §40, §47)'],
  residualLikelihood: 2,
  residualImpact: 4,
  raisedOn: '2005-09-29',
  reason: `Service Review report (2005) §40. ${RISK_SCORES}`,
});
raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-dep-precept-sn-acceleration',
  proposalId: P.saferNeighbourhoods,
  kind: 'threat',
  category: 'dependency',
  title: 'Precept for the accelerated Safer Neighbourhoods roll-out',
  cause:
    'Accelerating the roll-out to all wards by the end of 2006/07 needs an additional £32m (Service Review report (2005) §41)',
  event: 'A precept above the Mayor’s 5.5% guidance is not agreed',
  effect: 'Roll-out reverts to the slower, phased timetable',
  ownerName: 'AC Tim Godwin',
  likelihood: 3,
  impact: 4,
  proximity: 'Mayor’s budget, February 2006',
  response: 'reduce',
  actions: [
    'Discussions with the GLA on the financial implications (Service Review report (2005) §41)',
  ],
  residualLikelihood: 2,
  residualImpact: 4,
  raisedOn: '2005-09-29',
  reason: `Service Review report (2005) §41. ${RISK_SCORES}`,
});
raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-opp-olympics-2012',
  proposalId: P.olympics,
  kind: 'opportunity',
  category: 'risk',
  title: 'The 2012 Games bring lasting investment in London resilience',
  cause: 'London was awarded the 2012 Olympics in July 2005 (Service Review report (2005) §31)',
  event: 'Games security funding builds capability that outlasts the Games',
  effect: 'Stronger capital city policing and counter-terrorism capability after 2012',
  ownerName: 'AC Stephen House',
  likelihood: 3,
  impact: 3,
  proximity: '2008/09 onwards',
  response: 'exploit',
  actions: [
    'Scope resilience requirements with budgetary and contingency planning (Service Review report (2005) §31)',
  ],
  residualLikelihood: 4,
  residualImpact: 3,
  raisedOn: '2005-09-29',
  reason: `Service Review report (2005) §31. ${RISK_SCORES}`,
});
raiseRisk(PROGRAMME_OFFICE, MMP, {
  riskId: 'mmp-risk-ssc-hr-migration',
  proposalId: P.sharedServices,
  kind: 'threat',
  category: 'risk',
  title: 'HR records not ready for migration to the shared service centre',
  cause: 'HR records held inconsistently across business groups',
  event: 'Data cleansing takes longer than planned',
  effect: 'HR centre go-live and its savings slip',
  ownerName: 'Martin Tiplady, Director of Human Resources',
  likelihood: 3,
  impact: 3,
  proximity: 'Before HR go-live (April 2007)',
  response: 'reduce',
  actions: ['Data cleansing team in each business group'],
  residualLikelihood: 2,
  residualImpact: 3,
  raisedOn: '2006-04-03',
  reason: 'Illustrative: the whole risk, its scores and its date are assumed.',
});

reassessRisk(PROGRAMME_OFFICE, 'mmp-risk-budget-shortfall-2006-07', {
  likelihood: 3,
  impact: 5,
  residualLikelihood: 2,
  residualImpact: 4,
  reassessedOn: '2005-10-10',
  reason:
    'Illustrative: the draft 2006/07 budget submission to the joint Finance/PPRC on 10 October 2005 (Service Review report (2005) §47) is assumed to identify further savings; likelihood lowered.',
});
closeRisk(PROGRAMME_OFFICE, 'mmp-risk-budget-shortfall-2006-07', {
  closedOn: '2006-02-23',
  reason: 'Illustrative: the 2006/07 budget is assumed set with the shortfall closed; the day (the Authority meeting of report 7) is assumed.',
});
closeRisk(PROGRAMME_OFFICE, 'mmp-dep-precept-sn-acceleration', {
  closedOn: '2006-02-23',
  reason: 'Illustrative: the 2006/07 budget is assumed to provide for the accelerated roll-out; the day is assumed.',
});
reassessRisk(PROGRAMME_OFFICE, 'mmp-risk-ssc-hr-migration', {
  likelihood: 5,
  impact: 3,
  residualLikelihood: 4,
  residualImpact: 3,
  reassessedOn: '2007-01-15',
  reason:
    'Illustrative: cleansing is behind in three business groups; the April 2007 go-live is now unlikely. Scores and date assumed.',
});
closeRisk(PROGRAMME_OFFICE, 'mmp-risk-ssc-hr-migration', {
  closedOn: '2007-10-31',
  reason: 'Illustrative: the HR shared service centre went live on 1 October 2007 and is stable; the dates are assumed.',
});
reassessRisk(PROGRAMME_OFFICE, 'mmp-risk-consultation-breadth', {
  likelihood: 2,
  impact: 4,
  residualLikelihood: 1,
  residualImpact: 4,
  reassessedOn: '2006-02-10',
  reason:
    'Illustrative: formal consultation closed and initial equality impact assessments made (2006/07 plan report section C); scores and date assumed.',
});

// ---------------------------------------------------------------------------------------
// 10. A second programme: the MPA Strategic Framework (SF2009)
// ---------------------------------------------------------------------------------------

establishProgramme(MPA_OFFICE, {
  programmeId: MPA_SF,
  name: 'MPA Strategic Framework 2009-12',
  mission:
    'Support the Authority in its oversight and scrutiny of the MPS and ensure delivery of the Policing London Business Plan and other key priorities',
  description:
    'Agreed in principle at the members’ away day of 31 October 2008: three key strategic outcomes over the next three years and eight major programmes of work, outlined to members on 19 January 2009 (Strategic Framework report (2009) §1-4).',
  source: { document: SF2009, paragraph: '1, 3-4' },
  reason: 'Strategic Framework report (2009) summary and §1-4.',
});

const SF_OUTCOMES = {
  crime: 'reduction-in-crime-and-criminality',
  confidence: 'increased-confidence-in-policing',
  value: 'better-value-for-money',
} as const;
for (const [outcomeId, title] of [
  [SF_OUTCOMES.crime, 'Reduction in crime and criminality'],
  [SF_OUTCOMES.confidence, 'Increased confidence in policing'],
  [SF_OUTCOMES.value, 'Better value for money'],
] as const) {
  defineOutcome(MPA_OFFICE, MPA_SF, {
    outcomeId,
    title,
    reason:
      'Strategic Framework report (2009) §1: one of the three key strategic outcomes the Authority will work to achieve over the next three years.',
  });
}

// Strategic Framework report (2009) §5-12: the eight work programmes. The report does not title them; titles summarise each paragraph.
const WORK_PROGRAMMES: {
  proposalId: string;
  title: string;
  aims: string;
  paragraph: string;
  outcomeIds: string[];
}[] = [
  {
    proposalId: 'mpa-sf-safer-streets',
    title: 'Safe streets for everyone',
    aims: 'Develop the Safer Neighbourhoods programme further with the MPS and scrutinise the deployment and ways of working of all MPS resources, including specials and volunteers.',
    paragraph: '5',
    outcomeIds: [SF_OUTCOMES.crime, SF_OUTCOMES.confidence],
  },
  {
    proposalId: 'mpa-sf-core-business',
    title: 'Delivery of core policing business',
    aims: 'Focus on specialist teams preventing and detecting serious and organised crime and terrorist activity, and on the deployment of resources to public order, hot spots and other specialist activity.',
    paragraph: '6',
    outcomeIds: [SF_OUTCOMES.crime],
  },
  {
    proposalId: 'mpa-sf-community-safety-partnerships',
    title: 'Community safety partnerships',
    aims: 'Focus the complex world of partnership on a common agenda that delivers long-term solutions, in particular on serious youth violence, violence against women and hate crime.',
    paragraph: '7',
    outcomeIds: [SF_OUTCOMES.crime, SF_OUTCOMES.confidence],
  },
  {
    proposalId: 'mpa-sf-community-engagement',
    title: 'Community engagement and accountability',
    aims: 'Develop the mechanisms by which the public can access information and make local leaders accountable, and improve police engagement structures across all London boroughs.',
    paragraph: '8',
    outcomeIds: [SF_OUTCOMES.confidence],
  },
  {
    proposalId: 'mpa-sf-olympics-2012',
    title: '2012 Olympic and Paralympic Games',
    aims: 'A safe, secure and resilient Games alongside day-to-day policing, working with all partners to ensure the safety and security of London at all times.',
    paragraph: '9',
    outcomeIds: [SF_OUTCOMES.crime, SF_OUTCOMES.confidence],
  },
  {
    proposalId: 'mpa-sf-people',
    title: 'People: HR strategy and the Race and Faith Inquiry',
    aims: 'Scrutinise the MPS HR strategy so that all personnel are well led, motivated and rewarded; take forward the outcomes of the Race and Faith Inquiry so the organisation is truly representative of the communities it serves.',
    paragraph: '10',
    outcomeIds: [SF_OUTCOMES.confidence, SF_OUTCOMES.value],
  },
  {
    proposalId: 'mpa-sf-resources',
    title: 'Maximising the use of resources',
    aims: 'Programmes of work with the MPS that maximise the use of all resources, including finance, IT, estates and procurement.',
    paragraph: '11',
    outcomeIds: [SF_OUTCOMES.value],
  },
  {
    proposalId: 'mpa-sf-minimum-standards',
    title: 'Minimum standards and performance improvement',
    aims: 'Minimum standards adopted across the organisation, with partners, through a simple system that drives improvement in performance.',
    paragraph: '12',
    outcomeIds: [SF_OUTCOMES.value, SF_OUTCOMES.confidence],
  },
];
for (const wp of WORK_PROGRAMMES) {
  registerProposal(MPA_OFFICE, MPA_SF, {
    proposalId: wp.proposalId,
    title: wp.title,
    aims: wp.aims,
    source: { document: SF2009, paragraph: wp.paragraph },
    outcomeIds: wp.outcomeIds,
    priorityIds: [],
    reason:
      `Strategic Framework report (2009) §${wp.paragraph}: one of the eight proposed work programmes (§3-4), still being refined for the ` +
      "Authority's final approval. Illustrative: the title and the outcomes it supports are the seed's reading of the paragraph.",
  });
}

recordDecision(MPA_OFFICE, MPA_SF, {
  decisionId: 'mpa-sf-2008-10-31-away-day',
  forum: 'Authority',
  decisionDate: '2008-10-31',
  subject:
    'Members at an away day (not a formal Authority meeting): develop a strategic framework to support the Authority’s oversight and scrutiny of the MPS',
  outcome: 'approve',
  rationale:
    'At an away day members "discussed and agreed" that the Authority should develop a strategic framework, with three key strategic outcomes for the next three years (Strategic Framework report (2009) summary and §1).',
  minuteReference: 'None: members’ away day, 31 October 2008 (a workshop, not a formal meeting)',
  reason:
    'Strategic Framework report (2009) summary and §1. Illustrative: an away day is not a forum the product knows; recorded under ' +
    'the Authority as the agreement of its members, not a formal Authority decision; the year (2008) is inferred from the report of February 2009.',
});
recordDecision(MPA_COMMITTEE_SERVICES, MPA_SF, {
  decisionId: 'mpa-sf-2009-02-05-support-development',
  forum: 'Committee',
  decisionDate: '2009-02-05',
  subject: 'Support the development of the strategic framework and note the progress to date',
  outcome: 'approve-with-conditions',
  rationale:
    'The eight work programmes all contribute to the three key outcomes (Strategic Framework report (2009) §3).',
  conditions: [
    'Refined proposals brought back to the Authority for further discussion at the end of February 2009 (§13)',
  ],
  minuteReference: 'Strategic and Operational Policing Committee 05/02/2009, report 9',
  reason:
    'Strategic Framework report (2009) recommendation and §13. Illustrative: the outcome of the meeting, its day (the date of the report) and the minute reference are assumed.',
});

/** The seed, in the order it must be sent. */
export const SEED_REQUESTS: readonly SeedRequest[] = Object.freeze([...requests, ...OVERSIGHT_SEED_REQUESTS, ...PLAN_SEED_REQUESTS]);

/** Manages the users and roles of the demo (and nothing else). */
const USER_ADMINISTRATOR: SeedActor = {
  id: 'mpa-user-administrator',
  role: 'administrator',
  name: 'MPA user administrator',
};

/**
 * The demo users, at least one per role: every actor of the seed (each lead the reports
 * name, the two programme offices, the oversight committee) and a user administrator.
 * Created only by the seed, through POST /users, with generated passwords.
 */
export const DEMO_USERS: readonly SeedActor[] = Object.freeze([
  PROGRAMME_OFFICE,
  MPA_OFFICE,
  OVERSIGHT,
  MPA_COMMITTEE_SERVICES,
  ...[
    TIM_GODWIN,
    ANDY_HAYMAN,
    MARTIN_TIPLADY,
    RICHARD_BRYAN,
    STEPHEN_RIMMER,
    TARIQUE_GHAFFUR,
    ALAN_BROWN,
    STEPHEN_HOUSE,
    DIRECTOR_OF_RESOURCES,
  ].map((l) => l.actor),
  USER_ADMINISTRATOR,
]);
