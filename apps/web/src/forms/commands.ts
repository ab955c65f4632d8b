// Every command a signed-in role may issue, as data: the fields of its form, the
// route it posts to, who may issue it and when it makes sense. CommandForm renders
// these; the API stays the judge (its 400/409/412 answers are shown on the form).
// Each form is checked against its route's request body in the generated schema: a field
// name, a default or a path parameter the API does not have fails to compile.
import type { CommandBody, CommandPath, PathParams, Role, SessionUser } from '../api/client';
import type { Benefit, BusinessCase, Milestone, ProgrammeSnapshot, ProposalDetail, Risk, UserListItem } from '../api/types';
import { today } from '../format';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'date'
  | 'select'
  | 'multiselect'
  | 'number'
  | 'money'
  | 'lines'
  | 'checkbox'
  | 'password'
  | 'rows'
  | 'group';

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

/** A field as CommandForm renders it. */
export interface FieldShape {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  description?: string;
  options?: Option[] | ((target: CommandTarget) => Option[]);
  /** rows and groups: their sub-fields */
  fields?: FieldShape[];
  /** leave out of the body when empty */
  optional?: boolean;
  /** render as a fixed value, not editable (e.g. "self" for a lead's own rating) */
  readOnlyFor?: Role[];
  placeholder?: string;
  /** a benefit's value: money when the benefit's unit is pence, a plain number otherwise */
  measure?: boolean;
}

/** A list's item, or the object itself: what a rows or group field's sub-fields fill. */
type Part<T> = NonNullable<T> extends readonly (infer Item)[] ? NonNullable<Item> : NonNullable<T>;

/** A field of a body: its name is one of the body's properties, its sub-fields those of the part it fills. */
export type FieldSpec<Body> = {
  [Name in keyof Body & string]: Omit<FieldShape, 'name' | 'fields'> & {
    name: Name;
    fields?: Part<Body[Name]> extends object ? FieldSpec<Part<Body[Name]>>[] : never;
  };
}[keyof Body & string];

export interface CommandTarget {
  programmeId: string;
  programme?: ProgrammeSnapshot;
  proposal?: ProposalDetail;
  benefit?: Benefit;
  milestone?: Milestone;
  risk?: Risk;
  businessCase?: BusinessCase;
  period?: string;
  /** users scope: the account an administrator acts on */
  account?: Pick<UserListItem, 'username' | 'role' | 'personId' | 'active'>;
  user: SessionUser;
}

export type Scope = 'programme' | 'proposal' | 'business-case' | 'benefit' | 'realisation' | 'milestone' | 'risk' | 'users';

/** A route of the API's document and the target's values for its path parameters. */
export type Route<P extends CommandPath> = P extends CommandPath ? { path: P; params: PathParams<P> } : never;

/** A command's form, typed by its route: its fields, defaults and fixed values are its body's. */
interface CommandSpec<P extends CommandPath> {
  id: string;
  title: string;
  event: string;
  scope: Scope;
  roles: Role[];
  /** a lead may issue it only on a proposal they currently lead */
  leadMustLead?: boolean;
  // NoInfer: the route alone says which command this is; the rest is checked against it.
  fields: NoInfer<FieldSpec<CommandBody<P>>>[];
  method?: 'POST' | 'PUT';
  route(target: CommandTarget): Route<P>;
  /** the version to send as If-Match (the proposal's, where the page knows it) */
  ifMatch?(target: CommandTarget): number | undefined;
  available?(target: CommandTarget): boolean;
  defaults?(target: CommandTarget): NoInfer<{ [Name in keyof CommandBody<P>]?: unknown }>;
  /** fields whose value is fixed for some roles */
  fixed?(target: CommandTarget): NoInfer<Partial<CommandBody<P>>>;
  submitLabel?: string;
}

/** Any command, as CommandForm and the pages handle it. */
export interface CommandDef extends Omit<CommandSpec<CommandPath>, 'fields' | 'route' | 'defaults' | 'fixed'> {
  fields: FieldShape[];
  route(target: CommandTarget): { path: CommandPath; params: Record<string, string | number> };
  defaults?(target: CommandTarget): Record<string, unknown>;
  fixed?(target: CommandTarget): Record<string, unknown>;
}

/**
 * A command whose route the compiler infers from `route` (its parameter typed, so the route is
 * read before the rest), and checks the rest against.
 */
export function defineCommand<P extends CommandPath>(spec: CommandSpec<P>): CommandDef {
  return spec as unknown as CommandDef;
}

const FORUMS: Option[] = [
  { value: 'Authority', label: 'Authority' },
  { value: 'Committee', label: 'Committee' },
  { value: 'ManagementBoard', label: 'Management Board' },
];
/** The forums a role records (the API's FORUM_RULE): the office the Authority's and the Board's, the committee its own. */
const forumOptions = (t: CommandTarget): Option[] =>
  FORUMS.filter((f) => (t.user.role === 'oversight-committee' ? f.value === 'Committee' : f.value !== 'Committee'));
const IMPACT: Option[] = ['neutral', 'positive', 'negative'].map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) }));
const RATINGS: Option[] = [
  { value: 'green', label: 'Green' },
  { value: 'amber-green', label: 'Amber/green' },
  { value: 'amber', label: 'Amber' },
  { value: 'amber-red', label: 'Amber/red' },
  { value: 'red', label: 'Red' },
];
const PROTECTED = [
  ['age', 'Age'],
  ['disability', 'Disability'],
  ['gender-reassignment', 'Gender reassignment'],
  ['marriage-and-civil-partnership', 'Marriage and civil partnership'],
  ['pregnancy-and-maternity', 'Pregnancy and maternity'],
  ['race', 'Race'],
  ['religion-or-belief', 'Religion or belief'],
  ['sex', 'Sex'],
  ['sexual-orientation', 'Sexual orientation'],
] as const;

const ROLE_OPTIONS: Option[] = [
  { value: 'programme-office', label: 'Programme office' },
  { value: 'lead', label: 'Lead' },
  { value: 'oversight-committee', label: 'Oversight committee' },
  { value: 'administrator', label: 'Administrator' },
];

/** A field of any body that has this property. */
type FieldNamed<Name extends string> = Omit<FieldShape, 'name' | 'fields'> & { name: Name };

const reason = (label = 'Reason for the record'): FieldNamed<'reason'> => ({ name: 'reason', label, type: 'textarea', optional: true });
/** The day it happened, where the event has no date of its own: the committee's view of a day goes by it. */
const onDay = <Name extends string>(name: Name, label: string): FieldNamed<Name> => ({
  name,
  label,
  type: 'date',
  optional: true,
  description: 'The day it happened, if not today’s record: what the committee sees “in effect on” a day goes by it',
});

/** Why a proposal is not taken forward, or deferred (DOMAIN.md's reason codes). */
const reasonCode = (): FieldNamed<'reasonCode'> => ({
  name: 'reasonCode',
  label: 'Reason code',
  type: 'select',
  required: true,
  options: [
    { value: 'too-bureaucratic', label: 'Too bureaucratic' },
    { value: 'better-elsewhere', label: 'Better taken forward elsewhere' },
    { value: 'unfair-impact-on-staff', label: 'Unfair impact on staff' },
    { value: 'other', label: 'Other' },
  ],
});
const requiredReason = (label = 'Reason'): FieldNamed<'reason'> => ({ name: 'reason', label, type: 'textarea', required: true });
const id = <Name extends string>(name: Name, label: string): FieldNamed<Name> => ({
  name,
  label,
  type: 'text',
  optional: true,
  description: 'Letters, digits, dots, dashes; left empty, one is made up',
});

const outcomeOptions = (t: CommandTarget): Option[] =>
  (t.programme?.programme.outcomes ?? []).map((o) => ({ value: o.outcomeId, label: o.title }));
const priorityOptions = (t: CommandTarget): Option[] =>
  (t.programme?.programme.priorities ?? []).map((p) => ({ value: p.priorityId, label: p.title }));
const proposalOptions = (t: CommandTarget): Option[] =>
  (t.programme?.proposals ?? []).map((p) => ({ value: p.proposalId, label: p.title }));
const milestoneOptions = (t: CommandTarget): Option[] =>
  (t.programme?.milestones ?? [])
    .filter((m) => m.milestoneId !== t.milestone?.milestoneId)
    .map((m) => ({ value: m.milestoneId, label: m.title }));
const periodOptions = (t: CommandTarget): Option[] =>
  (t.benefit?.currentSchedule ?? []).map((s) => ({ value: s.period, label: s.period }));
/** Periods to report: one already reported is corrected instead, so it cannot be chosen here. */
const unreportedPeriodOptions = (t: CommandTarget): Option[] =>
  periodOptions(t).map((o) =>
    t.benefit?.realisations.some((r) => r.period === o.value) ? { ...o, label: `${o.label} (reported: correct it on the proposal page)`, disabled: true } : o,
  );

const proposalVersion = (t: CommandTarget) => t.proposal?.version;
const status = (t: CommandTarget) => t.proposal?.status;
const undecided = (t: CommandTarget) => ['registered', 'in-consultation'].includes(status(t) ?? '');
const agreedOrDelivering = (t: CommandTarget) => ['agreed', 'in-delivery'].includes(status(t) ?? '');

type PlanBenefit = CommandBody<'/proposals/{proposalId}/benefits'>;

const scheduleRows = (valueLabel: string, money: boolean): FieldSpec<Pick<PlanBenefit, 'schedule'>> => ({
  name: 'schedule',
  label: 'Realisation schedule by period',
  type: 'rows',
  required: true,
  description: 'A financial year such as 2006/07 or a quarter such as 2006-Q3',
  fields: [
    { name: 'period', label: 'Period', type: 'text', required: true, placeholder: '2006/07' },
    { name: 'plannedValue', label: valueLabel, type: money ? 'money' : 'number', required: true, measure: true },
  ],
});

const benefitFields = (money: boolean): FieldSpec<PlanBenefit>[] => [
  id('benefitId', 'Benefit id'),
  { name: 'description', label: 'Description', type: 'textarea', required: true },
  { name: 'observableOutcome', label: 'Observable outcome', type: 'textarea', required: true },
  { name: 'measure', label: 'Measure', type: 'text', required: true },
  { name: 'unit', label: 'Unit', type: 'text', required: true, description: 'GBP-pence for money; otherwise e.g. wards, officer-hours' },
  { name: 'attribution', label: 'How it is attributed and measured', type: 'textarea', required: true },
  { name: 'cashReleasing', label: 'Cash-releasing', type: 'checkbox' },
  { name: 'quantitative', label: 'Quantitative', type: 'checkbox' },
  { name: 'isDisbenefit', label: 'Dis-benefit', type: 'checkbox' },
  { name: 'ownerId', label: 'Owner (person id)', type: 'text', required: true },
  { name: 'ownerName', label: 'Owner name', type: 'text', required: true },
  { name: 'baseline', label: 'Baseline', type: money ? 'money' : 'number', required: true, measure: true },
  { name: 'target', label: 'Target', type: money ? 'money' : 'number', required: true, measure: true },
  { name: 'fullYearValue', label: 'Full-year value', type: money ? 'money' : 'number', optional: true, measure: true },
  scheduleRows('Planned value', money),
  onDay('plannedOn', 'Planned on'),
  reason(),
];

const benefitDefaults = (t: CommandTarget) => ({
  unit: 'GBP-pence',
  cashReleasing: true,
  quantitative: true,
  isDisbenefit: false,
  ownerId: t.proposal?.lead?.leadId ?? t.user.personId ?? '',
  ownerName: t.proposal?.lead?.leadName ?? t.user.name,
  schedule: [{ period: '', plannedValue: '' }],
});

/** A benefit's route: under its proposal, or the programme's for a programme-level benefit. */
function benefitRoute<Suffix extends '/realisations' | '/reforecasts' | '/realisations/{period}/corrections'>(t: CommandTarget, suffix: Suffix) {
  const benefitId = t.benefit?.benefitId ?? '';
  const period = t.period ?? '';
  return t.benefit?.proposalId
    ? { path: `/proposals/{proposalId}/benefits/{benefitId}${suffix}` as const, params: { proposalId: t.benefit.proposalId, benefitId, period } }
    : { path: `/programmes/{programmeId}/benefits/{benefitId}${suffix}` as const, params: { programmeId: t.programmeId, benefitId, period } };
}

export const COMMANDS: CommandDef[] = [
  // ── programme ──────────────────────────────────────────────
  defineCommand({
    id: 'define-strategic-priority',
    title: 'Define a strategic priority',
    event: 'StrategicPriorityDefined',
    scope: 'programme',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/strategic-priorities', params: { programmeId: t.programmeId } }),
    fields: [id('priorityId', 'Priority id'), { name: 'title', label: 'Title', type: 'text', required: true }, { name: 'description', label: 'Description', type: 'textarea', optional: true }, reason()],
  }),
  defineCommand({
    id: 'define-strategic-outcome',
    title: 'Define a strategic outcome',
    event: 'StrategicOutcomeDefined',
    scope: 'programme',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/strategic-outcomes', params: { programmeId: t.programmeId } }),
    fields: [id('outcomeId', 'Outcome id'), { name: 'title', label: 'Title', type: 'text', required: true }, { name: 'description', label: 'Description', type: 'textarea', optional: true }, reason()],
  }),
  defineCommand({
    id: 'appoint-programme-director',
    title: 'Appoint the programme director',
    event: 'ProgrammeDirectorAppointed',
    scope: 'programme',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/director-appointments', params: { programmeId: t.programmeId } }),
    fields: [
      { name: 'personId', label: 'Person id', type: 'text', required: true },
      { name: 'name', label: 'Name', type: 'text', required: true },
      { name: 'effectiveDate', label: 'Effective from', type: 'date', required: true },
      reason(),
    ],
  }),
  defineCommand({
    id: 'register-proposal',
    title: 'Register a proposal',
    event: 'ProposalRegistered',
    scope: 'programme',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/proposals', params: { programmeId: t.programmeId } }),
    fields: [
      id('proposalId', 'Proposal id'),
      { name: 'title', label: 'Title', type: 'text', required: true },
      { name: 'aims', label: 'Aims', type: 'textarea', required: true },
      {
        name: 'source',
        label: 'Source',
        type: 'group',
        fields: [
          { name: 'document', label: 'Source document', type: 'text', required: true, placeholder: 'Service Review 2005' },
          { name: 'paragraph', label: 'Paragraph', type: 'text', optional: true },
        ],
      },
      { name: 'outcomeIds', label: 'Strategic outcomes it supports', type: 'multiselect', required: true, options: outcomeOptions },
      { name: 'priorityIds', label: 'Strategic priorities it supports', type: 'multiselect', required: true, options: priorityOptions },
      reason(),
    ],
    defaults: () => ({ source: { document: '', paragraph: '' }, outcomeIds: [], priorityIds: [] }),
  }),
  defineCommand({
    id: 'plan-programme-benefit',
    title: 'Plan a programme-level benefit',
    event: 'BenefitPlanned',
    scope: 'programme',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/benefits', params: { programmeId: t.programmeId } }),
    fields: benefitFields(true),
    defaults: benefitDefaults,
  }),
  defineCommand({
    id: 'plan-milestone',
    title: 'Plan a milestone',
    event: 'MilestonePlanned',
    scope: 'programme',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/milestones', params: { programmeId: t.programmeId } }),
    fields: [
      id('milestoneId', 'Milestone id'),
      { name: 'title', label: 'Title', type: 'text', required: true },
      { name: 'proposalId', label: 'Proposal', type: 'select', optional: true, options: proposalOptions },
      { name: 'baselineDate', label: 'Baseline date', type: 'date', required: true },
      { name: 'predecessorIds', label: 'Predecessors (critical path)', type: 'multiselect', options: milestoneOptions },
      onDay('plannedOn', 'Planned on'),
      reason(),
    ],
    defaults: (t) => ({ proposalId: t.proposal?.proposalId ?? '', predecessorIds: [] }),
  }),
  defineCommand({
    id: 'raise-risk',
    title: 'Raise a risk',
    event: 'RiskRaised',
    scope: 'programme',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/risks', params: { programmeId: t.programmeId } }),
    fields: [
      id('riskId', 'Risk id'),
      { name: 'proposalId', label: 'Proposal', type: 'select', optional: true, options: proposalOptions },
      { name: 'kind', label: 'Kind', type: 'select', required: true, options: [{ value: 'threat', label: 'Threat' }, { value: 'opportunity', label: 'Opportunity' }] },
      {
        name: 'category',
        label: 'Category',
        type: 'select',
        required: true,
        options: ['risk', 'issue', 'assumption', 'dependency'].map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) })),
      },
      { name: 'title', label: 'Title', type: 'text', required: true },
      { name: 'cause', label: 'Cause', type: 'textarea', required: true },
      { name: 'event', label: 'Event', type: 'textarea', required: true },
      { name: 'effect', label: 'Effect', type: 'textarea', required: true },
      { name: 'ownerName', label: 'Owner', type: 'text', required: true },
      { name: 'likelihood', label: 'Likelihood (1–5)', type: 'number', required: true },
      { name: 'impact', label: 'Impact (1–5)', type: 'number', required: true },
      { name: 'residualLikelihood', label: 'Residual likelihood (1–5)', type: 'number', required: true },
      { name: 'residualImpact', label: 'Residual impact (1–5)', type: 'number', required: true },
      { name: 'proximity', label: 'Proximity', type: 'text', required: true },
      {
        name: 'response',
        label: 'Response',
        type: 'select',
        required: true,
        options: ['avoid', 'reduce', 'transfer', 'accept', 'exploit', 'share', 'enhance'].map((v) => ({ value: v, label: v[0].toUpperCase() + v.slice(1) })),
      },
      { name: 'actions', label: 'Actions (one a line)', type: 'lines' },
      { name: 'raisedOn', label: 'Raised on', type: 'date', required: true },
      reason(),
    ],
    defaults: (t) => ({ proposalId: t.proposal?.proposalId ?? '', kind: 'threat', category: 'risk', response: 'reduce', raisedOn: today() }),
  }),
  defineCommand({
    id: 'record-decision',
    title: 'Record a decision',
    event: 'DecisionRecorded',
    scope: 'programme',
    roles: ['programme-office', 'oversight-committee'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/decisions', params: { programmeId: t.programmeId } }),
    fields: [
      id('decisionId', 'Decision id'),
      { name: 'forum', label: 'Forum', type: 'select', required: true, options: forumOptions },
      { name: 'decisionDate', label: 'Decision date', type: 'date', required: true },
      { name: 'subject', label: 'Subject', type: 'text', required: true },
      { name: 'proposalId', label: 'Proposal', type: 'select', optional: true, options: proposalOptions },
      {
        name: 'outcome',
        label: 'Outcome',
        type: 'select',
        required: true,
        options: [
          { value: 'approve', label: 'Approve' },
          { value: 'approve-with-conditions', label: 'Approve with conditions' },
          { value: 'reject', label: 'Reject' },
          { value: 'defer', label: 'Defer' },
        ],
      },
      { name: 'rationale', label: 'Rationale', type: 'textarea', required: true },
      { name: 'conditions', label: 'Conditions (one a line)', type: 'lines' },
      { name: 'minuteReference', label: 'Minute reference', type: 'text', required: true },
      {
        name: 'evidence',
        label: 'Evidence relied on',
        type: 'rows',
        fields: [
          {
            name: 'kind',
            label: 'Kind',
            type: 'select',
            required: true,
            options: [
              { value: 'business-case', label: 'Business case' },
              { value: 'benefit-forecast', label: 'Benefit forecast' },
              { value: 'risk-score', label: 'Risk score' },
            ],
          },
          { name: 'ref', label: 'Reference (id)', type: 'text', required: true },
          { name: 'version', label: 'Version', type: 'number', required: true },
        ],
      },
      {
        name: 'supersedesDecisionId',
        label: 'Supersedes decision',
        type: 'select',
        optional: true,
        options: (t) => (t.programme?.decisions ?? []).filter((d) => !d.supersededBy).map((d) => ({ value: d.decisionId, label: `${d.decisionDate} — ${d.subject}` })),
      },
      reason(),
    ],
    defaults: (t) => ({ proposalId: t.proposal?.proposalId ?? '', forum: forumOptions(t)[0]?.value, outcome: 'approve', evidence: [], decisionDate: today() }),
  }),
  // ── proposal ───────────────────────────────────────────────
  defineCommand({
    id: 'open-consultation',
    title: 'Open a consultation',
    event: 'ConsultationOpened',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/consultation', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: (t) => status(t) === 'registered',
    fields: [
      { name: 'opensOn', label: 'Opens on', type: 'date', required: true },
      { name: 'closesOn', label: 'Closes on', type: 'date', required: true },
      { name: 'consultees', label: 'Consultees (one a line)', type: 'lines', required: true },
      { name: 'description', label: 'Description', type: 'textarea', required: true },
      reason(),
    ],
  }),
  defineCommand({
    id: 'close-consultation',
    title: 'Close the consultation',
    event: 'ConsultationClosed',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/consultation/closure', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: (t) => status(t) === 'in-consultation',
    fields: [
      { name: 'closedOn', label: 'Closed on', type: 'date', required: true },
      { name: 'summary', label: 'Summary of responses', type: 'textarea', required: true },
      reason(),
    ],
  }),
  defineCommand({
    id: 'agree-proposal',
    title: 'Agree the proposal',
    event: 'ProposalAgreed',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/agreement', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: undecided,
    fields: [
      { name: 'forum', label: 'Forum', type: 'select', required: true, options: forumOptions },
      { name: 'decisionDate', label: 'Decision date', type: 'date', required: true },
      { name: 'meeting', label: 'Meeting', type: 'text', required: true },
      { name: 'minuteReference', label: 'Minute reference', type: 'text', required: true },
      { name: 'conditions', label: 'Conditions (one a line)', type: 'lines' },
      reason(),
    ],
    defaults: () => ({ forum: 'Authority' }),
  }),
  defineCommand({
    id: 'not-take-forward',
    title: 'Record that it is not taken forward',
    event: 'ProposalNotTakenForward',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/not-taken-forward-decision', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: undecided,
    fields: [
      reasonCode(),
      { name: 'rationale', label: 'Rationale', type: 'textarea', required: true },
      { name: 'decisionDate', label: 'Decision date', type: 'date', required: true },
      reason(),
    ],
  }),
  defineCommand({
    id: 'defer-proposal',
    title: 'Defer the decision',
    event: 'ProposalDeferred',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/deferral', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: undecided,
    fields: [
      { name: 'decisionDate', label: 'Decision date', type: 'date', required: true },
      { name: 'until', label: 'Deferred until', type: 'date', optional: true },
      reasonCode(),
      { name: 'rationale', label: 'Rationale', type: 'textarea', required: true },
      reason(),
    ],
  }),
  defineCommand({
    id: 'reopen-proposal',
    title: 'Reopen the proposal',
    event: 'ProposalReopened',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/reopening', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: (t) => ['deferred', 'not-taken-forward'].includes(status(t) ?? ''),
    fields: [{ name: 'reopenedOn', label: 'Reopened on', type: 'date', required: true }, requiredReason()],
  }),
  defineCommand({
    id: 'assign-lead',
    title: 'Assign the lead',
    event: 'LeadAssigned',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/lead-assignments', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: agreedOrDelivering,
    fields: [
      { name: 'leadId', label: 'Lead (person id)', type: 'text', required: true, description: 'The person id of the lead’s user account' },
      { name: 'leadName', label: 'Lead name', type: 'text', required: true },
      { name: 'leadRole', label: 'Lead’s role', type: 'text', required: true },
      { name: 'effectiveDate', label: 'Effective from', type: 'date', required: true },
      { name: 'reason', label: 'Reason (required when the lead changes)', type: 'textarea', optional: true },
    ],
  }),
  defineCommand({
    id: 'start-delivery',
    title: 'Start delivery',
    event: 'ProposalDeliveryStarted',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/delivery-start', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: (t) => status(t) === 'agreed',
    fields: [{ name: 'startedOn', label: 'Started on', type: 'date', required: true }, reason()],
  }),
  defineCommand({
    id: 'close-proposal',
    title: 'Close the proposal',
    event: 'ProposalClosed',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/closure', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: agreedOrDelivering,
    fields: [{ name: 'closedOn', label: 'Closed on', type: 'date', required: true }, requiredReason()],
  }),
  defineCommand({
    id: 'assess-equality-impact',
    title: 'Record an equality impact assessment',
    event: 'EqualityImpactAssessed',
    scope: 'proposal',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/equality-impact-assessments', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: (t) => status(t) !== 'closed',
    fields: [
      id('assessmentId', 'Assessment id'),
      {
        name: 'screeningOutcome',
        label: 'Screening outcome',
        type: 'select',
        required: true,
        options: [
          { value: 'full-assessment-required', label: 'Full assessment required' },
          { value: 'no-significant-impact', label: 'No significant impact' },
        ],
      },
      {
        name: 'impacts',
        label: 'Impact per protected characteristic',
        type: 'group',
        fields: PROTECTED.map(([name, label]) => ({ name, label, type: 'select' as const, required: true, options: IMPACT })),
      },
      { name: 'evidence', label: 'Evidence', type: 'textarea', required: true },
      { name: 'mitigation', label: 'Mitigation', type: 'textarea', optional: true },
      { name: 'assessedOn', label: 'Assessed on', type: 'date', required: true },
      { name: 'reviewDate', label: 'Review date', type: 'date', required: true },
      reason(),
    ],
    defaults: () => ({
      screeningOutcome: 'full-assessment-required',
      impacts: Object.fromEntries(PROTECTED.map(([name]) => [name, 'neutral'])),
      assessedOn: today(),
    }),
  }),
  defineCommand({
    id: 'assess-delivery-confidence',
    title: 'Record a delivery confidence rating',
    event: 'DeliveryConfidenceAssessed',
    scope: 'proposal',
    roles: ['programme-office', 'lead', 'oversight-committee'],
    leadMustLead: true,
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/delivery-confidence-assessments', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    ifMatch: proposalVersion,
    available: agreedOrDelivering,
    fields: [
      // Only the lead gives the lead's own rating; the office and the committee record independent ones (DELIVERY_CONFIDENCE_RULE).
      { name: 'assessment', label: 'Whose rating', type: 'select', required: true, readOnlyFor: ['lead', 'oversight-committee', 'programme-office'], options: [{ value: 'self', label: 'The lead’s own (self)' }, { value: 'independent', label: 'Independent' }] },
      { name: 'rating', label: 'Rating', type: 'select', required: true, options: RATINGS },
      { name: 'commentary', label: 'Commentary', type: 'textarea', required: true },
      { name: 'assessedOn', label: 'Assessed on', type: 'date', required: true },
      { name: 'assessorName', label: 'Assessor', type: 'text', required: true },
      reason(),
    ],
    defaults: (t) => ({
      assessment: t.user.role === 'lead' ? 'self' : 'independent',
      assessedOn: today(),
      assessorName: t.user.name,
    }),
    fixed: (t) => ({ assessment: t.user.role === 'lead' ? ('self' as const) : ('independent' as const) }),
  }),
  defineCommand({
    id: 'submit-business-case',
    title: 'Submit a business case',
    event: 'BusinessCaseSubmitted',
    scope: 'proposal',
    roles: ['programme-office', 'lead'],
    leadMustLead: true,
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/business-cases', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    available: agreedOrDelivering,
    fields: [
      {
        name: 'stage',
        label: 'Stage',
        type: 'select',
        required: true,
        options: [
          { value: 'SOC', label: 'Strategic outline case (SOC)' },
          { value: 'OBC', label: 'Outline business case (OBC)' },
          { value: 'FBC', label: 'Full business case (FBC)' },
        ],
      },
      {
        name: 'sections',
        label: 'The five cases',
        type: 'group',
        fields: (['strategic', 'economic', 'commercial', 'financial', 'management'] as const).map((name) => ({
          name,
          label: `${name[0].toUpperCase()}${name.slice(1)} case`,
          type: 'textarea' as const,
          required: true,
        })),
      },
      {
        name: 'investment',
        label: 'Investment by financial year',
        type: 'rows',
        required: true,
        fields: [
          { name: 'financialYear', label: 'Financial year', type: 'text', required: true, placeholder: '2006/07' },
          { name: 'amountPence', label: 'Amount (£)', type: 'money', required: true },
        ],
      },
      { name: 'wholeLifeCostPence', label: 'Whole-life cost (£)', type: 'money', required: true },
      {
        name: 'anticipatedBenefits',
        label: 'Anticipated benefits',
        type: 'rows',
        fields: [
          { name: 'description', label: 'Description', type: 'text', required: true },
          { name: 'amountPence', label: 'Amount (£), if cashable', type: 'money', optional: true },
        ],
      },
      { name: 'submittedBy', label: 'Submitted by', type: 'text', required: true },
      { name: 'submittedOn', label: 'Submitted on', type: 'date', required: true },
      reason(),
    ],
    defaults: (t) => ({
      stage: t.proposal?.businessCases.some((b) => b.status === 'approved') ? 'OBC' : 'SOC',
      sections: { strategic: '', economic: '', commercial: '', financial: '', management: '' },
      investment: [{ financialYear: '', amountPence: '' }],
      anticipatedBenefits: [],
      submittedBy: t.user.name,
      submittedOn: today(),
    }),
  }),
  defineCommand({
    id: 'plan-benefit',
    title: 'Plan a benefit',
    event: 'BenefitPlanned',
    scope: 'proposal',
    roles: ['programme-office', 'lead'],
    leadMustLead: true,
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/benefits', params: { proposalId: t.proposal?.proposalId ?? '' } }),
    available: (t) => status(t) !== 'closed',
    fields: benefitFields(true),
    defaults: benefitDefaults,
  }),
  // ── business case scrutiny ─────────────────────────────────
  defineCommand({
    id: 'approve-business-case',
    title: 'Approve the business case',
    event: 'BusinessCaseApproved',
    scope: 'business-case',
    roles: ['oversight-committee'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/business-cases/{version}/approval', params: { proposalId: t.proposal?.proposalId ?? '', version: t.businessCase?.version ?? 0 } }),
    available: (t) => t.businessCase?.status === 'awaiting-scrutiny',
    fields: [
      { name: 'meeting', label: 'Meeting', type: 'text', required: true },
      { name: 'decisionDate', label: 'Decision date', type: 'date', required: true },
      { name: 'conditions', label: 'Conditions (one a line)', type: 'lines' },
      reason(),
    ],
    defaults: () => ({ decisionDate: today() }),
  }),
  defineCommand({
    id: 'return-business-case',
    title: 'Return the business case with comments',
    event: 'BusinessCaseReturned',
    scope: 'business-case',
    roles: ['oversight-committee'],
    route: (t: CommandTarget) => ({ path: '/proposals/{proposalId}/business-cases/{version}/return', params: { proposalId: t.proposal?.proposalId ?? '', version: t.businessCase?.version ?? 0 } }),
    available: (t) => t.businessCase?.status === 'awaiting-scrutiny',
    fields: [
      { name: 'comments', label: 'Comments', type: 'textarea', required: true },
      { name: 'meeting', label: 'Meeting', type: 'text', required: true },
      { name: 'decisionDate', label: 'Decision date', type: 'date', required: true },
      reason(),
    ],
    defaults: () => ({ decisionDate: today() }),
  }),
  // ── benefits ───────────────────────────────────────────────
  defineCommand({
    id: 'realise-benefit',
    title: 'Report a realised benefit',
    event: 'BenefitRealised',
    scope: 'benefit',
    roles: ['programme-office', 'lead'],
    leadMustLead: true,
    route: (t: CommandTarget) => benefitRoute(t, '/realisations'),
    // Every scheduled period reported: a correction or a re-forecast is what applies.
    available: (t) => unreportedPeriodOptions(t).some((o) => !o.disabled),
    fields: [
      { name: 'period', label: 'Period', type: 'select', required: true, options: unreportedPeriodOptions },
      { name: 'actual', label: 'Actual for the period', type: 'number', required: true, measure: true },
      { name: 'forecastRemaining', label: 'Forecast for the rest', type: 'number', optional: true, measure: true },
      { name: 'evidence', label: 'Evidence', type: 'textarea', required: true },
      { name: 'commentary', label: 'Commentary', type: 'textarea', optional: true },
      reason(),
    ],
    submitLabel: 'Report the benefit',
  }),
  defineCommand({
    id: 'reforecast-benefit',
    title: 'Re-forecast the benefit',
    event: 'BenefitReforecast',
    scope: 'benefit',
    roles: ['programme-office', 'lead'],
    leadMustLead: true,
    route: (t: CommandTarget) => benefitRoute(t, '/reforecasts'),
    fields: [scheduleRows('Planned value', false), onDay('reforecastOn', 'Re-forecast on'), requiredReason('Why the forecast changes')],
    defaults: (t) => ({ schedule: (t.benefit?.currentSchedule ?? []).map((s) => ({ period: s.period, plannedValue: s.plannedValue })) }),
  }),
  defineCommand({
    id: 'correct-realisation',
    title: 'Correct a reported realisation',
    event: 'BenefitRealisationCorrected',
    scope: 'realisation',
    roles: ['programme-office', 'lead'],
    leadMustLead: true,
    route: (t: CommandTarget) => benefitRoute(t, '/realisations/{period}/corrections'),
    fields: [{ name: 'actual', label: 'Corrected actual', type: 'number', required: true, measure: true }, requiredReason('Why it is corrected')],
  }),
  // ── milestones ─────────────────────────────────────────────
  defineCommand({
    id: 'reschedule-milestone',
    title: 'Reschedule the milestone',
    event: 'MilestoneRescheduled',
    scope: 'milestone',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/milestones/{milestoneId}/reschedules', params: { programmeId: t.programmeId, milestoneId: t.milestone?.milestoneId ?? '' } }),
    available: (t) => !t.milestone?.actualDate,
    fields: [{ name: 'forecastDate', label: 'New forecast date', type: 'date', required: true }, onDay('rescheduledOn', 'Rescheduled on'), requiredReason('Why it slips or moves')],
  }),
  defineCommand({
    id: 'achieve-milestone',
    title: 'Record the milestone achieved',
    event: 'MilestoneAchieved',
    scope: 'milestone',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/milestones/{milestoneId}/achievement', params: { programmeId: t.programmeId, milestoneId: t.milestone?.milestoneId ?? '' } }),
    available: (t) => !t.milestone?.actualDate,
    fields: [{ name: 'achievedOn', label: 'Achieved on', type: 'date', required: true }, reason()],
  }),
  defineCommand({
    id: 'change-milestone-predecessors',
    title: 'Change the predecessors',
    event: 'MilestoneDependenciesChanged',
    scope: 'milestone',
    roles: ['programme-office'],
    method: 'PUT',
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/milestones/{milestoneId}/predecessors', params: { programmeId: t.programmeId, milestoneId: t.milestone?.milestoneId ?? '' } }),
    fields: [{ name: 'predecessorIds', label: 'Predecessors', type: 'multiselect', options: milestoneOptions }, reason()],
    defaults: (t) => ({ predecessorIds: t.milestone?.predecessorIds ?? [] }),
  }),
  // ── risks ──────────────────────────────────────────────────
  defineCommand({
    id: 'reassess-risk',
    title: 'Re-rate the risk',
    event: 'RiskReassessed',
    scope: 'risk',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/risks/{riskId}/reassessments', params: { riskId: t.risk?.riskId ?? '' } }),
    available: (t) => t.risk?.status !== 'closed',
    fields: [
      { name: 'likelihood', label: 'Likelihood (1–5)', type: 'number', required: true },
      { name: 'impact', label: 'Impact (1–5)', type: 'number', required: true },
      { name: 'residualLikelihood', label: 'Residual likelihood (1–5)', type: 'number', required: true },
      { name: 'residualImpact', label: 'Residual impact (1–5)', type: 'number', required: true },
      { name: 'reassessedOn', label: 'Reassessed on', type: 'date', required: true },
      requiredReason(),
    ],
    defaults: (t) => ({
      likelihood: String(t.risk?.likelihood ?? ''),
      impact: String(t.risk?.impact ?? ''),
      residualLikelihood: String(t.risk?.residualLikelihood ?? ''),
      residualImpact: String(t.risk?.residualImpact ?? ''),
      reassessedOn: today(),
    }),
  }),
  defineCommand({
    id: 'close-risk',
    title: 'Close the risk',
    event: 'RiskClosed',
    scope: 'risk',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/risks/{riskId}/closure', params: { riskId: t.risk?.riskId ?? '' } }),
    available: (t) => t.risk?.status !== 'closed',
    fields: [{ name: 'closedOn', label: 'Closed on', type: 'date', required: true }, requiredReason()],
  }),
  // ── users (administrators) ─────────────────────────────────
  defineCommand({
    id: 'change-user-role',
    title: 'Change the role',
    event: 'UserRoleChanged',
    scope: 'users',
    roles: ['administrator'],
    route: (t: CommandTarget) => ({ path: '/users/{username}/role-changes', params: { username: t.account?.username ?? '' } }),
    available: (t) => !!t.account?.active,
    fields: [
      { name: 'role', label: 'Role', type: 'select', required: true, options: ROLE_OPTIONS },
      { name: 'personId', label: 'Person id', type: 'text', optional: true, description: 'For a lead: the id the proposals name. Left empty, the current one is kept.' },
      requiredReason('Why the role changes'),
    ],
    defaults: (t) => ({ role: t.account?.role, personId: t.account?.personId ?? '' }),
    submitLabel: 'Change the role',
  }),
  defineCommand({
    id: 'change-user-password',
    title: 'Set a new password',
    event: 'PasswordChanged',
    scope: 'users',
    roles: ['administrator'],
    route: (t: CommandTarget) => ({ path: '/users/{username}/password-changes', params: { username: t.account?.username ?? '' } }),
    available: (t) => !!t.account?.active,
    fields: [{ name: 'password', label: 'New password', type: 'password', required: true, description: 'At least 12 characters. Their sessions end.' }],
  }),
  defineCommand({
    id: 'deactivate-user',
    title: 'Deactivate',
    event: 'UserDeactivated',
    scope: 'users',
    roles: ['administrator'],
    route: (t: CommandTarget) => ({ path: '/users/{username}/deactivation', params: { username: t.account?.username ?? '' } }),
    available: (t) => !!t.account?.active,
    fields: [requiredReason('Why the account is deactivated')],
    submitLabel: 'Deactivate the account',
  }),
];

export function command(id: string): CommandDef {
  const found = COMMANDS.find((c) => c.id === id);
  if (!found) throw new Error(`No command ${id}`);
  return found;
}

/** Does this user lead the target's proposal (from the current LeadAssigned)? */
export function leadsProposal(user: SessionUser, proposalLeadId: string | null | undefined): boolean {
  return !!user.personId && !!proposalLeadId && proposalLeadId === user.personId;
}

/** The commands of a scope this user may issue on this target. */
export function commandsFor(scope: Scope, target: CommandTarget): CommandDef[] {
  return COMMANDS.filter((c) => {
    if (c.scope !== scope) return false;
    if (!c.roles.includes(target.user.role)) return false;
    if (target.user.role === 'lead') {
      if (!c.leadMustLead) return false;
      const leadId = target.proposal?.lead?.leadId ?? proposalLeadOf(target);
      if (!leadsProposal(target.user, leadId)) return false;
    }
    return c.available ? c.available(target) : true;
  });
}

function proposalLeadOf(target: CommandTarget): string | undefined {
  const proposalId = target.benefit?.proposalId ?? target.proposal?.proposalId;
  return target.programme?.proposals.find((p) => p.proposalId === proposalId)?.lead?.leadId;
}
