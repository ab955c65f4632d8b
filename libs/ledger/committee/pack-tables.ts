import type { CommitteePack } from './committee-pack';
import type { MattersArising } from './matters-arising';

export type Cell = string | number | null;

export interface PackColumn {
  key: string;
  header: string;
  /** Relative width in the PDF (points at A4 landscape scale). */
  width: number;
  /** Money in pence: shown as pounds in the PDF, kept in pence in CSV/XLSX. */
  money?: boolean;
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

/** The pack as tables, in the order the committee reads them: one source for PDF, CSV and XLSX. */
export function packTables(pack: CommitteePack): PackTable[] {
  const s = pack.summary;
  const m = pack.mattersArising;
  const actionRow = (section: string) => (x: MattersArising['actionsDue'][number]) => ({
    section,
    id: x.actionId,
    title: x.condition ? `${x.title} (condition: ${x.condition})` : x.title,
    owner: x.ownerName,
    due: x.dueOn,
    status: x.status,
    detail: x.evidence ?? (x.closedOn ? `closed ${x.closedOn}` : null),
  });
  return [
    {
      name: 'matters-arising',
      title: 'Matters arising: actions, issues and reports since the previous meeting',
      columns: [
        { key: 'section', header: 'Section', width: 90 },
        { key: 'id', header: 'Id', width: 90 },
        { key: 'title', header: 'What', width: 230 },
        { key: 'owner', header: 'Owner / forum', width: 100 },
        { key: 'due', header: 'Due', width: 60 },
        { key: 'status', header: 'Status', width: 60 },
        { key: 'detail', header: 'Evidence / received', width: 130 },
      ],
      rows: [
        ...m.actionsDue.map(actionRow('action due')),
        ...m.actionsDoneSinceLastMeeting.map(actionRow('action done')),
        ...m.actionsOverdue.map(actionRow('action overdue')),
        ...m.issuesOpen.map((i) => ({ section: 'issue open', id: i.issueId, title: i.title, owner: i.ownerName, due: null, status: i.severity, detail: i.escalatedTo.length ? `escalated to ${i.escalatedTo.join(', ')}` : null })),
        ...m.reports.map((r) => ({ section: 'report', id: r.dutyId, title: r.title, owner: r.forumName, due: r.dueOn, status: r.state, detail: r.paper ? `${r.paper} (received ${r.receivedOn})` : null })),
      ],
    },
    {
      name: 'summary',
      title: 'The programme as at the meeting',
      columns: [
        { key: 'measure', header: 'Measure', width: 300 },
        { key: 'value', header: 'Value', width: 200 },
      ],
      rows: [
        ...Object.entries(s.proposalsByStatus).map(([status, n]) => ({ measure: `Proposals ${status}`, value: n })),
        { measure: 'Strategic outcomes no live proposal supports', value: s.uncoveredOutcomes.length ? s.uncoveredOutcomes.join(', ') : 'none' },
        ...s.investmentByFinancialYear.map((y) => ({ measure: `Investment ${y.financialYear}: approved (pence)`, value: y.approvedPence })),
        ...s.investmentByFinancialYear.map((y) => ({ measure: `Investment ${y.financialYear}: awaiting approval (pence)`, value: y.pendingPence })),
        // The target first, so planned, forecast and realised read against it.
        { measure: 'Cash-releasing benefits: target (pence)', value: s.benefits.cashReleasing.targetPence },
        { measure: 'Cash-releasing benefits: planned (pence)', value: s.benefits.cashReleasing.plannedPence },
        { measure: 'Cash-releasing benefits: forecast (pence)', value: s.benefits.cashReleasing.forecastPence },
        { measure: 'Cash-releasing benefits: realised (pence)', value: s.benefits.cashReleasing.realisedPence },
        { measure: 'Milestones: total', value: s.milestones.total },
        { measure: 'Milestones: achieved', value: s.milestones.achieved },
        { measure: 'Milestones: slipped', value: s.milestones.slipped },
        { measure: 'Critical path', value: s.milestones.criticalPath.join(' > ') || 'none' },
        ...Object.entries(s.deliveryConfidence.independent).map(([rating, n]) => ({ measure: `Independent delivery confidence ${rating}`, value: n })),
      ],
    },
    {
      name: 'changes',
      title: 'Changes since the previous meeting: who recorded what, and why',
      columns: [
        { key: 'position', header: 'Position', width: 42 },
        { key: 'recordedAt', header: 'Recorded at (UTC)', width: 105 },
        { key: 'actor', header: 'By', width: 110 },
        { key: 'type', header: 'Event', width: 130 },
        { key: 'sentence', header: 'What', width: 230 },
        { key: 'reason', header: 'Why', width: 145 },
      ],
      rows: pack.changes.events.map((e) => ({
        position: e.position,
        recordedAt: e.recordedAt,
        actor: `${e.actorName ?? e.actorId} (${e.actorRole})`,
        type: e.type,
        sentence: e.sentence,
        reason: e.reason,
      })),
    },
    {
      name: 'changed-items',
      title: 'Items added, changed or removed since the previous meeting',
      columns: [
        { key: 'collection', header: 'Kind', width: 90 },
        { key: 'id', header: 'Id', width: 180 },
        { key: 'change', header: 'Change', width: 70 },
        { key: 'fields', header: 'Fields changed', width: 420 },
      ],
      rows: pack.changes.items.map((i) => ({ collection: i.collection, id: i.id, change: i.change, fields: i.fields.join(', ') })),
    },
    {
      name: 'business-cases',
      title: 'Business cases awaiting scrutiny',
      columns: [
        { key: 'proposalId', header: 'Proposal', width: 110 },
        { key: 'proposalTitle', header: 'Title', width: 230 },
        { key: 'stage', header: 'Stage', width: 50 },
        { key: 'version', header: 'Version', width: 50 },
        { key: 'submittedOn', header: 'Submitted', width: 75 },
        { key: 'submittedBy', header: 'By', width: 120 },
        { key: 'wholeLifeCostPence', header: 'Whole-life cost', width: 110, money: true },
      ],
      rows: pack.businessCasesAwaitingScrutiny.map((b) => ({ ...b })),
    },
    {
      name: 'benefits',
      title: 'Benefits: planned, forecast and realised, with variance to date',
      columns: [
        { key: 'benefitId', header: 'Benefit', width: 90 },
        { key: 'description', header: 'Description', width: 190 },
        { key: 'unit', header: 'Unit', width: 70 },
        { key: 'target', header: 'Target', width: 80 },
        { key: 'plannedTotal', header: 'Planned', width: 80 },
        { key: 'forecastTotal', header: 'Forecast', width: 80 },
        { key: 'realisedToDate', header: 'Realised', width: 80 },
        { key: 'varianceToDate', header: 'Variance to date', width: 90 },
      ],
      rows: pack.benefits.map((b) => ({
        benefitId: b.benefitId,
        description: `${b.description}${b.isDisbenefit ? ' (disbenefit)' : ''}${b.cashReleasing ? ' (cash-releasing)' : ''}`,
        unit: b.unit,
        target: b.target,
        plannedTotal: b.plannedTotal,
        forecastTotal: b.forecastTotal,
        realisedToDate: b.realisedToDate,
        varianceToDate: b.varianceToDate,
      })),
    },
    {
      name: 'risks',
      title: `Open risks scoring ${pack.riskThreshold} or more`,
      columns: [
        { key: 'riskId', header: 'Risk', width: 90 },
        { key: 'title', header: 'Title', width: 220 },
        { key: 'score', header: 'Score', width: 45 },
        { key: 'likelihood', header: 'L', width: 30 },
        { key: 'impact', header: 'I', width: 30 },
        { key: 'residualScore', header: 'Residual', width: 55 },
        { key: 'ownerName', header: 'Owner', width: 110 },
        { key: 'response', header: 'Response', width: 70 },
        { key: 'proximity', header: 'Proximity', width: 100 },
      ],
      rows: pack.risks.map((r) => ({ ...r })),
    },
    {
      name: 'milestones-slipped',
      title: 'Milestones slipped against their baseline',
      columns: [
        { key: 'milestoneId', header: 'Milestone', width: 90 },
        { key: 'title', header: 'Title', width: 200 },
        { key: 'baselineDate', header: 'Baseline', width: 75 },
        { key: 'forecastDate', header: 'Forecast', width: 75 },
        { key: 'actualDate', header: 'Achieved', width: 75 },
        { key: 'slippageDays', header: 'Days late', width: 60 },
        { key: 'latestReason', header: 'Latest reason', width: 175 },
      ],
      rows: pack.milestonesSlipped.map((m) => ({ ...m })),
    },
    {
      name: 'decisions',
      title: 'Decisions taken in the period',
      columns: [
        { key: 'decisionDate', header: 'Date', width: 70 },
        { key: 'forum', header: 'Forum', width: 90 },
        { key: 'subject', header: 'Subject', width: 200 },
        { key: 'outcome', header: 'Outcome', width: 100 },
        { key: 'minuteReference', header: 'Minute', width: 80 },
        { key: 'rationale', header: 'Rationale', width: 210 },
      ],
      rows: pack.decisions.map((d) => ({ ...d })),
    },
  ].map((t) => ({ ...t, rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.key, (r as Record<string, Cell>)[c.key] ?? null]))) }));
}

export const PACK_TABLE_NAMES = ['matters-arising', 'summary', 'changes', 'changed-items', 'business-cases', 'benefits', 'risks', 'milestones-slipped', 'decisions'] as const;
