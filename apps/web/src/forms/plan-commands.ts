// The plan's commands as forms (issue 19): priorities defined, reworded and retired; objectives
// with their accountable member; indicators, targets and actuals; the funding lines. Rendered by
// CommandForm like every other command, and typed against the same generated routes.
import type { PerformanceIndicator, Plan } from '../api/types';
import { today } from '../format';
import { defineCommand, reason, requiredReason, type CommandDef, type CommandTarget, type FieldNamed, type Option } from './commands';

/** A ledger id the API requires: the person typing it names the record. */
const ledgerId = <Name extends string>(name: Name, label: string, example: string): FieldNamed<Name> => ({
  name,
  label,
  type: 'text',
  required: true,
  description: `Letters, digits, dots and dashes, e.g. ${example}`,
});

const day = <Name extends string>(name: Name, label: string): FieldNamed<Name> => ({ name, label, type: 'date', required: true });

/**
 * The person fields of the plan's forms, in one place: the directory id and the name as the
 * record shows it. (A people picker replaces these two inputs where the directory is offered.)
 */
const accountableField = (label: string): FieldNamed<'accountable'> & { fields: FieldNamed<'personId' | 'name'>[] } => ({
  name: 'accountable',
  label,
  type: 'group',
  required: true,
  fields: [
    { name: 'personId', label: 'Person', type: 'person', required: true, description: 'Pick the Management Board member from the people directory', fills: { name: 'name' } },
    { name: 'name', label: 'Name', type: 'text', required: true },
  ],
});

/** The financial years of a plan, first to last: "2006/07" … */
export function planYears(plan: Pick<Plan, 'firstYear' | 'lastYear'>): string[] {
  const out: string[] = [];
  for (let y = Number(plan.firstYear.slice(0, 4)); y <= Number(plan.lastYear.slice(0, 4)); y++) out.push(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  return out;
}

const yearOptions = (t: CommandTarget): Option[] => (t.plan ? planYears(t.plan) : []).map((y) => ({ value: y, label: y }));
const TIERS: Option[] = [
  { value: 'londoners', label: 'A priority for Londoners' },
  { value: 'excellence', label: 'A priority for excellence' },
];
const inForce = (t: CommandTarget) => (t.plan?.priorities ?? []).filter((p) => p.status === 'in-force');
const priorityOptions = (t: CommandTarget): Option[] => inForce(t).map((p) => ({ value: p.priorityId, label: p.title }));

/** The periods with an actual reported, and those still to report, from the indicator's series. */
const reported = (i: PerformanceIndicator | undefined) => (i?.series ?? []).filter((s) => s.actual !== null).map((s) => s.period);
const unreportedOptions = (t: CommandTarget): Option[] =>
  yearOptions(t).map((o) => (reported(t.indicator).includes(o.value) ? { ...o, label: `${o.label} (reported: correct it instead)`, disabled: true } : o));

const objectivePath = (t: CommandTarget) => ({ objectiveId: t.objective?.objectiveId ?? '', indicatorId: t.indicator?.indicatorId ?? '' });

export const PLAN_COMMANDS: CommandDef[] = [
  // ── the plan's priorities ─────────────────────────────────
  defineCommand({
    id: 'define-priority',
    title: 'Define a priority',
    event: 'PriorityDefined',
    scope: 'plan',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/plans/{planId}/priorities', params: { planId: t.plan?.planId ?? '' } }),
    fields: [
      ledgerId('priorityId', 'Priority id', 'counter-terrorism'),
      { name: 'tier', label: 'Tier', type: 'select', required: true, options: TIERS },
      { name: 'title', label: 'Wording', type: 'textarea', required: true },
      day('definedOn', 'Defined on'),
      reason(),
    ],
    defaults: () => ({ tier: 'londoners', definedOn: today() }),
  }),
  defineCommand({
    id: 'reword-priority',
    title: 'Reword the priority',
    event: 'PriorityReworded',
    scope: 'priority',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/plans/{planId}/priorities/{priorityId}/rewordings', params: { planId: t.plan?.planId ?? '', priorityId: t.priority?.priorityId ?? '' } }),
    available: (t) => t.priority?.status === 'in-force',
    fields: [{ name: 'title', label: 'New wording', type: 'textarea', required: true }, requiredReason('Why the wording changes'), day('rewordedOn', 'Reworded on')],
    defaults: (t) => ({ title: t.priority?.title ?? '', rewordedOn: today() }),
  }),
  defineCommand({
    id: 'retire-priority',
    title: 'Retire or merge the priority',
    event: 'PriorityRetired',
    scope: 'priority',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/plans/{planId}/priorities/{priorityId}/retirement', params: { planId: t.plan?.planId ?? '', priorityId: t.priority?.priorityId ?? '' } }),
    available: (t) => t.priority?.status === 'in-force',
    fields: [
      {
        name: 'mergedInto',
        label: 'Merged into',
        type: 'select',
        description: 'Leave at — to retire it outright',
        options: (t) => priorityOptions(t).filter((o) => o.value !== t.priority?.priorityId),
      },
      requiredReason('Why it is retired or merged'),
      day('retiredOn', 'Retired on'),
    ],
    defaults: () => ({ retiredOn: today() }),
  }),
  // ── objectives ────────────────────────────────────────────
  defineCommand({
    id: 'define-objective',
    title: 'Define an objective',
    event: 'ObjectiveDefined',
    scope: 'plan',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/plans/{planId}/objectives', params: { planId: t.plan?.planId ?? '' } }),
    available: (t) => inForce(t).length > 0,
    fields: [
      ledgerId('objectiveId', 'Objective id', 'reduce-burglary'),
      { name: 'priorityId', label: 'Under the priority', type: 'select', required: true, options: priorityOptions },
      { name: 'title', label: 'Objective', type: 'textarea', required: true },
      accountableField('Management Board member accountable'),
      { name: 'criticalFocus', label: 'A critical focus area of the plan', type: 'checkbox' },
      day('definedOn', 'Defined on'),
      reason(),
    ],
    defaults: (t) => ({ priorityId: t.priority?.priorityId ?? '', accountable: { personId: '', name: '' }, criticalFocus: false, definedOn: today() }),
  }),
  defineCommand({
    id: 'assign-accountability',
    title: 'Change who is accountable',
    event: 'AccountabilityAssigned',
    scope: 'objective',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/objectives/{objectiveId}/accountability', params: { objectiveId: t.objective?.objectiveId ?? '' } }),
    fields: [accountableField('Now accountable'), requiredReason('Why accountability moves'), day('assignedOn', 'From')],
    defaults: () => ({ accountable: { personId: '', name: '' }, assignedOn: today() }),
  }),
  defineCommand({
    id: 'define-indicator',
    title: 'Define an indicator',
    event: 'IndicatorDefined',
    scope: 'objective',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/objectives/{objectiveId}/indicators', params: { objectiveId: t.objective?.objectiveId ?? '' } }),
    fields: [
      ledgerId('indicatorId', 'Indicator id', 'burglaries'),
      { name: 'title', label: 'Indicator', type: 'text', required: true },
      { name: 'unit', label: 'Unit', type: 'text', required: true, placeholder: '%', description: 'e.g. %, offences, days' },
      {
        name: 'direction',
        label: 'Direction',
        type: 'select',
        required: true,
        options: [
          { value: 'higher-is-better', label: 'Higher is better' },
          { value: 'lower-is-better', label: 'Lower is better' },
        ],
      },
      {
        name: 'baseline',
        label: 'Baseline (optional)',
        type: 'group',
        optional: true,
        fields: [
          { name: 'value', label: 'Baseline value', type: 'number' },
          { name: 'period', label: 'Baseline year', type: 'text', placeholder: '2005/06' },
        ],
      },
      { name: 'dataSource', label: 'Data source', type: 'text', required: true },
      { name: 'tolerance', label: 'Tolerance', type: 'number', required: true, description: 'How far short of target, in the unit, still counts as on track' },
      day('definedOn', 'Defined on'),
      reason(),
    ],
    defaults: () => ({ direction: 'higher-is-better', baseline: { value: '', period: '' }, tolerance: '0', definedOn: today() }),
  }),
  // ── targets and actuals ───────────────────────────────────
  defineCommand({
    id: 'set-target',
    title: 'Set a target',
    event: 'TargetSet',
    scope: 'indicator',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/objectives/{objectiveId}/indicators/{indicatorId}/targets', params: objectivePath(t) }),
    fields: [
      { name: 'period', label: 'Year', type: 'select', required: true, options: yearOptions },
      { name: 'value', label: 'Target', type: 'number', required: true },
      reason('Reason (needed when a target changes)'),
    ],
    defaults: (t) => ({ period: t.period ?? yearOptions(t)[0]?.value }),
  }),
  defineCommand({
    id: 'report-actual',
    title: 'Report the actual',
    event: 'ActualReported',
    scope: 'indicator',
    roles: ['programme-office', 'lead'],
    accountableOnly: true,
    route: (t: CommandTarget) => ({ path: '/objectives/{objectiveId}/indicators/{indicatorId}/actuals', params: objectivePath(t) }),
    available: (t) => unreportedOptions(t).some((o) => !o.disabled),
    fields: [
      { name: 'period', label: 'Year', type: 'select', required: true, options: unreportedOptions },
      { name: 'value', label: 'Actual', type: 'number', required: true },
      day('reportedOn', 'Reported on'),
      reason(),
    ],
    defaults: (t) => ({ period: unreportedOptions(t).find((o) => !o.disabled && (!t.period || o.value === t.period))?.value, reportedOn: today() }),
  }),
  defineCommand({
    id: 'correct-actual',
    title: 'Correct the actual',
    event: 'ActualCorrected',
    scope: 'indicator',
    roles: ['programme-office', 'lead'],
    accountableOnly: true,
    route: (t: CommandTarget) => ({ path: '/objectives/{objectiveId}/indicators/{indicatorId}/corrections', params: objectivePath(t) }),
    available: (t) => reported(t.indicator).length > 0,
    fields: [
      { name: 'period', label: 'Year', type: 'select', required: true, options: (t) => reported(t.indicator).map((p) => ({ value: p, label: p })) },
      { name: 'value', label: 'Corrected actual', type: 'number', required: true },
      requiredReason('Why the figure is corrected'),
      day('correctedOn', 'Corrected on'),
    ],
    defaults: (t) => ({ period: reported(t.indicator).at(-1), correctedOn: today() }),
  }),
  // ── the money ─────────────────────────────────────────────
  defineCommand({
    id: 'record-funding-line',
    title: 'Record a funding line',
    event: 'FundingLineRecorded',
    scope: 'funding',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/funding-lines', params: { programmeId: t.programmeId } }),
    fields: [
      ledgerId('lineId', 'Line id', 'precept-2006-07'),
      { name: 'year', label: 'Financial year', type: 'text', required: true, placeholder: '2006/07' },
      {
        name: 'kind',
        label: 'Kind',
        type: 'select',
        required: true,
        options: [
          { value: 'resource', label: 'Resource (funds the plan)' },
          { value: 'requirement', label: 'Requirement (what it must meet)' },
          { value: 'savings', label: 'Savings' },
        ],
      },
      {
        name: 'source',
        label: 'Source (resources only)',
        type: 'select',
        options: [
          { value: 'precept', label: 'Precept' },
          { value: 'grant', label: 'Grant' },
          { value: 'home-office-bid', label: 'Home Office bid' },
          { value: 'reserves', label: 'Reserves' },
          { value: 'external', label: 'External' },
        ],
      },
      { name: 'label', label: 'Label', type: 'text', required: true },
      { name: 'amountPence', label: 'Amount (£)', type: 'money', required: true },
      {
        name: 'proposalId',
        label: 'Funds the proposal',
        type: 'select',
        description: 'Leave at — for the programme as a whole',
        options: (t) => (t.programme?.proposals ?? []).map((p) => ({ value: p.proposalId, label: p.title })),
      },
      reason(),
    ],
    defaults: () => ({ kind: 'resource' }),
  }),
  defineCommand({
    id: 'revise-funding-line',
    title: 'Revise the amount',
    event: 'FundingLineRevised',
    scope: 'funding-line',
    roles: ['programme-office'],
    route: (t: CommandTarget) => ({ path: '/programmes/{programmeId}/funding-lines/{lineId}/revisions', params: { programmeId: t.programmeId, lineId: t.fundingLine?.lineId ?? '' } }),
    fields: [{ name: 'amountPence', label: 'New amount (£)', type: 'money', required: true }, requiredReason('Why the amount changes')],
    defaults: (t) => ({ amountPence: t.fundingLine?.amountPence }),
  }),
];
