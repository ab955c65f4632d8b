import type { CommitteePack } from './committee-pack';
import type { MattersArising } from './matters-arising';
import { eventLabel, labelOf, plainCodes, ratingLabel, unitLabel } from './pack-labels';
import { PENCE_UNIT } from '@ledger/benefit';

export type Cell = string | number | null;

export interface PackColumn {
  key: string;
  header: string;
  /** Relative width in the PDF (points at A4 landscape scale). */
  width: number;
  /** Money in pounds (a number, pence / 100): written with 2 decimals in CSV, shortened in the PDF ("£1.5m"). */
  pounds?: boolean;
  /** false: for spreadsheets only (ids, amounts in pence), not printed in the PDF. */
  pdf?: boolean;
}

export interface PackTable {
  /** Machine name: CSV section, XLSX sheet, `table=` parameter. */
  name: string;
  title: string;
  columns: PackColumn[];
  rows: Record<string, Cell>[];
}

/** The pack's identity: what it is for, and the chain head it was built from. */
export function packHeader(pack: CommitteePack): [string, Cell][] {
  return [
    ['programme', pack.programme.programmeId],
    ['programme name', pack.programme.name],
    ['meeting', pack.meeting.date],
    // Only on business-time packs, so recorded-time packs keep their bytes.
    ...(pack.basis === 'business' ? ([['basis', 'business: in effect on the meeting day, by the dates the events record']] as [string, Cell][]) : []),
    ['meeting as at', pack.meeting.asAt],
    ['previous meeting', pack.previousMeeting?.date ?? null],
    ['previous meeting as at', pack.previousMeeting?.asAt ?? null],
    ['risk threshold', pack.riskThreshold],
    ['chain head position', pack.chainHead.position],
    ['chain head hash', pack.chainHead.hash],
    ['chain head events', pack.chainHead.events],
    ['events folded', pack.eventsFolded],
    ['pack digest (sha-256)', pack.digest],
  ];
}

/** Whether a cell holds pounds: a pounds column, a money benefit's amounts, a money measure of the summary. */
export function isPounds(table: PackTable, column: PackColumn, row: Record<string, Cell>): boolean {
  if (typeof row[column.key] !== 'number') return false;
  if (column.pounds) return true;
  if (table.name === 'benefits') return row.unit === unitLabel(PENCE_UNIT) && !column.key.endsWith('Pence');
  return table.name === 'summary' && column.key === 'value' && row.pence !== null;
}

/** Pence as pounds for a spreadsheet: a number, exact to the penny. */
const toPounds = (pence: number) => pence / 100;

/** Names for the ids the pack holds, from the pack itself (its rows, and the events it proves). */
function titlesOf(pack: CommitteePack): Map<string, string> {
  const titles = new Map<string, string>();
  for (const i of pack.log?.inclusion ?? []) {
    const d = i.event.data as Record<string, unknown>;
    const title = typeof d.title === 'string' ? d.title : typeof d.description === 'string' ? d.description : null;
    if (!title) continue;
    if (i.event.type === 'ProposalRegistered') titles.set(`proposals:${String(d.proposalId)}`, title);
    if (i.event.type === 'MilestonePlanned') titles.set(`milestones:${String(d.milestoneId)}`, title);
    if (i.event.type === 'RiskRaised') titles.set(`risks:${String(d.riskId)}`, title);
    if (i.event.type === 'BenefitPlanned') titles.set(`benefits:${String(d.benefitId)}`, title);
  }
  for (const b of pack.businessCasesAwaitingScrutiny) titles.set(`proposals:${b.proposalId}`, b.proposalTitle);
  for (const m of pack.milestonesSlipped) titles.set(`milestones:${m.milestoneId}`, m.title);
  for (const r of pack.risks) titles.set(`risks:${r.riskId}`, r.title);
  for (const b of pack.benefits) titles.set(`benefits:${b.benefitId}`, b.description);
  for (const d of pack.decisions) titles.set(`decisions:${d.decisionId}`, d.subject);
  titles.set(`programme:${pack.programme.programmeId}`, pack.programme.name);
  return titles;
}

/** The sentence of what happened, without the reason the "Why" column gives (nor who recorded it, when the "By" column says). */
function whatHappened(sentence: string | null, reason: string | null, by?: string): string | null {
  if (!sentence) return sentence;
  const suffix = `, reason: ${reason}`;
  let what = reason && sentence.endsWith(suffix) ? sentence.slice(0, -suffix.length) : sentence;
  for (const recorded of by ? [`, recorded by ${by}`, ` by ${by}`] : []) if (what.endsWith(recorded)) what = what.slice(0, -recorded.length);
  return what;
}

/**
 * The proposal a deciding event names, read from its audit sentence when the pack holds no title
 * for it (the proposal was registered before the period): the sentence opens with the title.
 */
const SUBJECT_IN_SENTENCE: Record<string, RegExp> = {
  ProposalAgreed: /^(.*) agreed by the /,
  BusinessCaseApproved: / business case v\d+ for (.*) approved at /,
  BusinessCaseReturned: / business case v\d+ for (.*) returned with comments at /,
};

const DECIDING_EVENTS: Record<string, string> = { ProposalAgreed: 'Agreed', BusinessCaseApproved: 'Business case approved', BusinessCaseReturned: 'Business case returned' };

/**
 * Decisions taken in the period: those recorded in the decision log, and the agreements and
 * business-case approvals and returns among the period's changes (their forum, date and minute
 * from the event the pack proves, when it holds the log).
 */
function decisionRows(pack: CommitteePack, titles: Map<string, string>): Record<string, Cell>[] {
  const dataAt = new Map((pack.log?.inclusion ?? []).map((i) => [i.position, i.event.data as Record<string, unknown>]));
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const inPeriod = (date: string) => (pack.previousMeeting === null || date > pack.previousMeeting.date) && date <= pack.meeting.date;
  const recorded = pack.decisions.map((d) => ({
    decisionDate: d.decisionDate,
    forum: labelOf('forum', d.forum),
    subject: d.subject,
    outcome: labelOf('decisionOutcome', d.outcome),
    minuteReference: d.minuteReference,
    rationale: d.rationale,
  }));
  const taken = pack.changes.events.flatMap((e) => {
    const outcome = DECIDING_EVENTS[e.type];
    if (!outcome) return [];
    const d = dataAt.get(e.position) ?? {};
    const date = text(d.decisionDate) ?? e.recordedAt.slice(0, 10);
    if (!inPeriod(date)) return [];
    const proposal =
      titles.get(`proposals:${String(d.proposalId ?? e.streamId.replace(/^proposal-/, ''))}`) ??
      (e.sentence ? SUBJECT_IN_SENTENCE[e.type].exec(e.sentence)?.[1] : undefined) ??
      whatHappened(e.sentence, e.reason);
    const stage = text(d.stage);
    const conditions = Array.isArray(d.conditions) && d.conditions.length ? `Conditions: ${d.conditions.join('; ')}` : null;
    return [
      {
        decisionDate: date,
        forum: text(d.forum) ? labelOf('forum', String(d.forum)) : text(d.meeting),
        subject: e.type === 'ProposalAgreed' || !stage ? proposal : `${labelOf('businessCaseStage', stage)}: ${proposal}`,
        outcome,
        minuteReference: text(d.minuteReference),
        rationale: text(d.comments) ?? e.reason ?? conditions,
      },
    ];
  });
  return [...recorded, ...taken].sort((a, b) => cmp(a.decisionDate, b.decisionDate) || cmp(String(a.subject), String(b.subject)));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const KIND_ORDER = ['resource', 'requirement', 'savings'];

/** Each year's lines (resources, requirement, savings), then its gap, in pounds with the citation. */
function fundingRows(pack: CommitteePack): Record<string, Cell>[] {
  const funding = pack.funding;
  if (!funding) return [];
  return funding.years.flatMap((y) => [
    ...funding.lines
      .filter((l) => l.year === y.year)
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || cmp(a.lineId, b.lineId))
      .map((l) => ({
        year: l.year,
        kind: labelOf('fundingLineKind', l.kind),
        source: l.source === null ? null : labelOf('fundingSource', l.source),
        label: l.label,
        lineId: l.lineId,
        amount: toPounds(l.amountPence),
        amountPence: l.amountPence,
        proposalId: l.proposalId,
        citation: l.citation,
      })),
    { year: y.year, kind: 'Gap', source: null, label: `Resources less requirement, ${y.year}`, lineId: null, amount: toPounds(y.gapPence), amountPence: y.gapPence, proposalId: null, citation: 'Derived from the lines above' },
  ]);
}

/** The pack as tables, in the order the committee reads them: one source for PDF, CSV and XLSX. */
export function packTables(pack: CommitteePack): PackTable[] {
  const s = pack.summary;
  const m = pack.mattersArising;
  const titles = titlesOf(pack);
  const titleOf = (collection: string, id: string) => titles.get(`${collection}:${id}`) ?? id;
  const actionRow = (section: string) => (x: MattersArising['actionsDue'][number]) => ({
    section,
    id: x.actionId,
    // A condition raised by itself is titled with its own words: say them once.
    title: x.condition && x.condition !== x.title ? `${x.title} (condition: ${x.condition})` : x.title,
    owner: x.ownerName,
    due: x.dueOn,
    status: x.status,
    detail: x.evidence ?? (x.closedOn ? `closed ${x.closedOn}` : null),
  });
  const money = (measure: string, pence: number) => ({ measure, value: toPounds(pence), pence });
  const isMoney = (unit: string) => unit === PENCE_UNIT;
  const amount = (unit: string, value: number) => (isMoney(unit) ? toPounds(value) : value);
  const pence = (unit: string, value: number) => (isMoney(unit) ? value : null);
  return [
    {
      name: 'matters-arising',
      title: 'Matters arising: actions, issues and reports since the previous meeting',
      columns: [
        { key: 'section', header: 'Section', width: 90 },
        { key: 'id', header: 'Id', width: 90, pdf: false },
        { key: 'title', header: 'What', width: 260 },
        { key: 'owner', header: 'Owner / forum', width: 110 },
        { key: 'due', header: 'Due', width: 60 },
        { key: 'status', header: 'Status', width: 60 },
        { key: 'detail', header: 'Evidence / received', width: 150 },
      ],
      rows: [
        ...m.actionsDue.map(actionRow('Action due')),
        ...m.actionsDoneSinceLastMeeting.map(actionRow('Action done')),
        ...m.actionsOverdue.map(actionRow('Action overdue')),
        ...m.issuesOpen.map((i) => ({ section: 'Issue open', id: i.issueId, title: i.title, owner: i.ownerName, due: null, status: labelOf('issueSeverity', i.severity), detail: i.escalatedTo.length ? `escalated to ${i.escalatedTo.join(', ')}` : null })),
        ...m.reports.map((r) => ({ section: 'Report', id: r.dutyId, title: r.title, owner: r.forumName, due: r.dueOn, status: r.state, detail: r.paper ? `${r.paper} (received ${r.receivedOn})` : null })),
      ].map((r) => ({ ...r, status: r.status === null ? null : String(r.status).charAt(0).toUpperCase() + String(r.status).slice(1) })),
    },
    {
      name: 'summary',
      title: 'The programme as at the meeting',
      columns: [
        { key: 'measure', header: 'Measure', width: 300 },
        { key: 'value', header: 'Value', width: 200 },
        { key: 'pence', header: 'Pence', width: 100, pdf: false },
      ],
      rows: [
        ...Object.entries(s.proposalsByStatus).map(([status, n]) => ({ measure: `Proposals: ${labelOf('proposalStatus', status).toLowerCase()}`, value: n })),
        { measure: 'Strategic outcomes no live proposal supports', value: s.uncoveredOutcomes.length ? s.uncoveredOutcomes.join(', ') : 'none' },
        ...s.investmentByFinancialYear.map((y) => money(`Investment ${y.financialYear}: approved (£)`, y.approvedPence)),
        ...s.investmentByFinancialYear.map((y) => money(`Investment ${y.financialYear}: awaiting approval (£)`, y.pendingPence)),
        // The target first, so planned, forecast and realised read against it.
        money('Cash-releasing benefits: target (£)', s.benefits.cashReleasing.targetPence),
        money('Cash-releasing benefits: planned (£)', s.benefits.cashReleasing.plannedPence),
        money('Cash-releasing benefits: forecast (£)', s.benefits.cashReleasing.forecastPence),
        money('Cash-releasing benefits: realised (£)', s.benefits.cashReleasing.realisedPence),
        { measure: 'Milestones: total', value: s.milestones.total },
        { measure: 'Milestones: achieved', value: s.milestones.achieved },
        { measure: 'Milestones: slipped', value: s.milestones.slipped },
        { measure: 'Critical path', value: s.milestones.criticalPathTitles.join(' > ') || 'none' },
        ...Object.entries(s.deliveryConfidence.independent).map(([rating, n]) => ({ measure: `Independent delivery confidence: ${ratingLabel(rating)}`, value: n })),
      ],
    },
    {
      name: 'performance',
      title: 'Performance against the plan: actual against target for the year, off track first, with who is accountable',
      columns: [
        { key: 'plan', header: 'Plan (year)', width: 90 },
        { key: 'priority', header: 'Priority', width: 100 },
        { key: 'objectiveId', header: 'Objective id', width: 80, pdf: false },
        { key: 'objective', header: 'Objective', width: 130 },
        { key: 'indicatorId', header: 'Indicator id', width: 80, pdf: false },
        { key: 'indicator', header: 'Indicator', width: 130 },
        { key: 'unit', header: 'Unit', width: 55 },
        { key: 'target', header: 'Target', width: 50 },
        { key: 'actual', header: 'Actual', width: 50 },
        { key: 'tolerance', header: 'Tolerance', width: 50, pdf: false },
        { key: 'status', header: 'Status', width: 55 },
        { key: 'accountable', header: 'Accountable', width: 95 },
        { key: 'servedBy', header: 'Proposals serving it', width: 110 },
      ],
      rows: (pack.performance ?? []).flatMap((plan) =>
        plan.indicators.map((i) => ({
          plan: `${plan.title} (${plan.period})`,
          priority: i.priority,
          objectiveId: i.objectiveId,
          objective: `${i.objective}${i.criticalFocus ? ' (critical focus)' : ''}`,
          indicatorId: i.indicatorId,
          indicator: i.indicator,
          unit: `${i.unit} (${labelOf('indicatorDirection', i.direction).toLowerCase()})`,
          target: i.target,
          actual: i.actual,
          tolerance: i.tolerance,
          status: labelOf('indicatorStatus', i.status),
          accountable: i.accountable,
          servedBy: i.servedBy.length ? i.servedBy.join('; ') : 'none',
        })),
      ),
    },
    {
      name: 'funding',
      title: 'Funding: the medium-term financial plan by year, and the gap (resources less requirement)',
      columns: [
        { key: 'year', header: 'Year', width: 50 },
        { key: 'kind', header: 'Kind', width: 75 },
        { key: 'source', header: 'Source', width: 80 },
        { key: 'label', header: 'Line', width: 170 },
        { key: 'lineId', header: 'Line id', width: 90, pdf: false },
        { key: 'amount', header: 'Amount (£)', width: 70, pounds: true },
        { key: 'amountPence', header: 'Amount (pence)', width: 90, pdf: false },
        { key: 'proposalId', header: 'Proposal', width: 90, pdf: false },
        { key: 'citation', header: 'Source of the figure', width: 260 },
      ],
      rows: fundingRows(pack),
    },
    {
      name: 'changes',
      title: 'Changes since the previous meeting: who recorded what, and why',
      columns: [
        { key: 'position', header: 'Position', width: 42 },
        { key: 'recordedAt', header: 'Recorded at (UTC)', width: 105 },
        { key: 'actor', header: 'By', width: 110 },
        { key: 'type', header: 'Event', width: 110 },
        { key: 'sentence', header: 'What', width: 250 },
        { key: 'reason', header: 'Why', width: 145 },
      ],
      rows: pack.changes.events.map((e) => ({
        position: e.position,
        recordedAt: e.recordedAt,
        actor: `${e.actorName ?? e.actorId} (${labelOf('role', e.actorRole)})`,
        type: eventLabel(e.type),
        // The audit sentence names the recorder as "Name (role-code)".
        sentence: plainCodes(whatHappened(e.sentence, e.reason, `${e.actorName ?? e.actorId}${e.actorRole !== 'unknown' ? ` (${e.actorRole})` : ''}`) ?? '') || null,
        reason: e.reason,
      })),
    },
    {
      name: 'changed-items',
      title: 'Items added, changed or removed since the previous meeting',
      columns: [
        { key: 'collection', header: 'Kind', width: 90 },
        { key: 'id', header: 'Id', width: 120, pdf: false },
        { key: 'title', header: 'Item', width: 240 },
        { key: 'change', header: 'Change', width: 70 },
        { key: 'fields', header: 'Fields changed', width: 360 },
      ],
      rows: pack.changes.items.map((i) => ({ collection: i.collection, id: i.id, title: titleOf(i.collection, i.id), change: i.change, fields: i.fields.join(', ') })),
    },
    {
      name: 'business-cases',
      title: 'Business cases awaiting scrutiny',
      columns: [
        { key: 'proposalId', header: 'Proposal', width: 110, pdf: false },
        { key: 'proposalTitle', header: 'Proposal', width: 260 },
        { key: 'stage', header: 'Stage', width: 120 },
        { key: 'version', header: 'Version', width: 50 },
        { key: 'submittedOn', header: 'Submitted', width: 75 },
        { key: 'submittedBy', header: 'By', width: 120 },
        { key: 'wholeLifeCost', header: 'Whole-life cost (£)', width: 110, pounds: true },
        { key: 'wholeLifeCostPence', header: 'Whole-life cost (pence)', width: 110, pdf: false },
      ],
      rows: pack.businessCasesAwaitingScrutiny.map((b) => ({ ...b, stage: labelOf('businessCaseStage', b.stage), wholeLifeCost: toPounds(b.wholeLifeCostPence) })),
    },
    {
      name: 'benefits',
      title: 'Benefits: planned, forecast and realised, with variance to date',
      columns: [
        { key: 'benefitId', header: 'Benefit', width: 90, pdf: false },
        { key: 'description', header: 'Benefit', width: 250 },
        { key: 'unit', header: 'Unit', width: 70 },
        { key: 'target', header: 'Target', width: 80 },
        { key: 'plannedTotal', header: 'Planned', width: 80 },
        { key: 'forecastTotal', header: 'Forecast', width: 80 },
        { key: 'realisedToDate', header: 'Realised', width: 80 },
        { key: 'varianceToDate', header: 'Variance to date', width: 90 },
        { key: 'targetPence', header: 'Target (pence)', width: 80, pdf: false },
        { key: 'plannedTotalPence', header: 'Planned (pence)', width: 80, pdf: false },
        { key: 'forecastTotalPence', header: 'Forecast (pence)', width: 80, pdf: false },
        { key: 'realisedToDatePence', header: 'Realised (pence)', width: 80, pdf: false },
        { key: 'varianceToDatePence', header: 'Variance to date (pence)', width: 90, pdf: false },
      ],
      rows: pack.benefits.map((b) => ({
        benefitId: b.benefitId,
        description: `${b.description}${b.isDisbenefit ? ' (disbenefit)' : ''}${b.cashReleasing ? ' (cash-releasing)' : ''}`,
        unit: unitLabel(b.unit),
        target: amount(b.unit, b.target),
        plannedTotal: amount(b.unit, b.plannedTotal),
        forecastTotal: amount(b.unit, b.forecastTotal),
        realisedToDate: amount(b.unit, b.realisedToDate),
        varianceToDate: amount(b.unit, b.varianceToDate),
        targetPence: pence(b.unit, b.target),
        plannedTotalPence: pence(b.unit, b.plannedTotal),
        forecastTotalPence: pence(b.unit, b.forecastTotal),
        realisedToDatePence: pence(b.unit, b.realisedToDate),
        varianceToDatePence: pence(b.unit, b.varianceToDate),
      })),
    },
    {
      name: 'risks',
      title: `Open risks scoring ${pack.riskThreshold} or more`,
      columns: [
        { key: 'riskId', header: 'Risk', width: 90, pdf: false },
        { key: 'title', header: 'Risk', width: 260 },
        { key: 'score', header: 'Score', width: 45 },
        { key: 'likelihood', header: 'Likelihood', width: 55 },
        { key: 'impact', header: 'Impact', width: 45 },
        { key: 'residualScore', header: 'Residual', width: 55 },
        { key: 'ownerName', header: 'Owner', width: 110 },
        { key: 'response', header: 'Response', width: 70 },
        { key: 'proximity', header: 'Proximity', width: 100 },
      ],
      rows: pack.risks.map((r) => ({ ...r, response: labelOf('riskResponse', r.response) })),
    },
    {
      name: 'milestones-slipped',
      title: 'Milestones slipped against their baseline',
      columns: [
        { key: 'milestoneId', header: 'Milestone', width: 90, pdf: false },
        { key: 'title', header: 'Milestone', width: 220 },
        { key: 'baselineDate', header: 'Baseline', width: 75 },
        { key: 'forecastDate', header: 'Forecast', width: 75 },
        { key: 'actualDate', header: 'Achieved', width: 75 },
        { key: 'slippageDays', header: 'Days late', width: 60 },
        { key: 'latestReason', header: 'Latest reason', width: 200 },
      ],
      rows: pack.milestonesSlipped.map((ms) => ({ ...ms })),
    },
    {
      name: 'decisions',
      title: 'Decisions taken in the period',
      columns: [
        { key: 'decisionDate', header: 'Date', width: 70 },
        { key: 'forum', header: 'Forum', width: 110 },
        { key: 'subject', header: 'Subject', width: 200 },
        { key: 'outcome', header: 'Outcome', width: 110 },
        { key: 'minuteReference', header: 'Minute', width: 80 },
        { key: 'rationale', header: 'Why', width: 190 },
      ],
      rows: decisionRows(pack, titles),
    },
  ].map((t) => ({ ...t, rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.key, (r as Record<string, Cell>)[c.key] ?? null]))) }));
}

export const PACK_TABLE_NAMES = ['matters-arising', 'summary', 'performance', 'funding', 'changes', 'changed-items', 'business-cases', 'benefits', 'risks', 'milestones-slipped', 'decisions'] as const;
