import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { EventStore, LogPosition, StoredEvent } from '@ledger/platform/event-store';
import { canonicalJson, chainedFields, leafIndexesOf, merkleConsistencyProof, merkleInclusionPaths, rawEventRowOf, recordSignedHead, type ChainPoint, type ConsistencyProof, type LogKey, type SignedTreeHead, type Sql } from '@ledger/audit';
import { comparePositions, EVERY_EVENT, waitForProjection } from '@ledger/platform/projection';
import { buildProgrammeSnapshot, diffSnapshots, eventsInEffectOn, foldProgrammeRows, programmeEventsUntil, type ProgrammeSnapshot } from '@ledger/programme-views';
import { matterEvents, mattersArising, type MattersArising, type PackMatter } from './matters-arising';
import { packFunding, packPerformance, type PackFunding, type PackPerformance } from './pack-plan';
export const DEFAULT_RISK_THRESHOLD = 15;
/** The projections a pack reads besides the events: the chain (its head), the audit history (its sentences), the Merkle log (its proofs). */
export const PACK_PROJECTIONS = ['audit-chain', 'audit-history', 'audit-merkle'] as const;
/** Both read every event. */
const PACK_PROJECTION_READS = PACK_PROJECTIONS.map((name) => ({ name, handles: EVERY_EVENT }));

export interface CommitteePackRequest {
  programmeId: string;
  /** The meeting: a date (YYYY-MM-DD, meaning the end of that day, UTC) or an ISO 8601 moment. */
  meeting: string;
  /** The previous meeting, same form; absent = since the programme began. */
  previous?: string;
  /** Open risks scoring at least this appear in the pack (default 15: "red" on a 5×5 matrix). */
  riskThreshold?: number;
  /**
   * Build from the log up to this chain position (a head printed in an earlier pack).
   * Default: the head as at the meeting — the last event recorded up to it.
   */
  head?: number;
  /** How long to wait for the chain and audit history to reach the head (ms). */
  waitMs?: number;
  /**
   * `recorded` (default): the programme as the ledger held it at the meeting. `business`: as
   * the record (up to the head; default: the chain's head now) tells it on the meeting's day,
   * by the dates the events speak of — for history recorded after the fact (see business-dates.ts).
   */
  basis?: 'recorded' | 'business';
}

export class PackError extends Error {
  constructor(
    readonly code: 'PROGRAMME_NOT_FOUND' | 'CHAIN_POSITION_UNKNOWN' | 'CHAIN_NOT_CAUGHT_UP' | 'MEETING_BEFORE_PREVIOUS' | 'MEETING_NOT_A_DAY',
    message: string,
  ) {
    super(message);
  }
}

/** A calendar day, YYYY-MM-DD (a meeting may also be given as a moment). */
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A bare calendar date is the end of that day (UTC): "as at the meeting on 23 March" includes the 23rd. */
export function meetingMoment(value: string): Date {
  return isDay(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}

/** The calendar date (UTC) of a meeting parameter. */
const calendarDate = (value: string) => (isDay(value) ? value : meetingMoment(value).toISOString().slice(0, 10));

export interface PackChangeEvent {
  position: number;
  recordedAt: string;
  type: string;
  streamId: string;
  actorId: string;
  actorName: string | null;
  actorRole: string;
  reason: string | null;
  sentence: string | null;
}

export interface PackChangedItem {
  collection: string;
  id: string;
  change: 'added' | 'changed' | 'removed';
  fields: string[];
}

/**
 * Everything the committee reads for one meeting, as plain data: the same for the
 * same meeting and chain head, byte for byte in canonical JSON (no "generated at").
 */
export interface CommitteePack {
  kind: 'committee-pack';
  formatVersion: 1;
  /** Present only on a business-time pack (see CommitteePackRequest.basis). */
  basis?: 'business';
  programme: { programmeId: string; name: string; mission: string };
  meeting: { date: string; asAt: string };
  previousMeeting: { date: string; asAt: string } | null;
  riskThreshold: number;
  /** The pack opens with them: actions due, done since the last meeting and overdue; open issues; reports due. */
  mattersArising: MattersArising;
  /** The chain head the pack was built from: verify it with `cli verify --position P --hash H`. */
  chainHead: ChainPoint;
  /** Programme events folded for the meeting (recorded up to it, and within the chain up to the head). */
  eventsFolded: number;
  summary: {
    proposalsByStatus: Record<string, number>;
    uncoveredOutcomes: string[];
    investmentByFinancialYear: ProgrammeSnapshot['investmentByFinancialYear'];
    benefits: ProgrammeSnapshot['benefitsSummary'];
    deliveryConfidence: ProgrammeSnapshot['deliveryConfidence'];
    /** With the critical path's titles, in its order: the committee reads titles, not ids. */
    milestones: ProgrammeSnapshot['milestonesSummary'] & { criticalPathTitles: string[] };
  };
  changes: {
    /** Who recorded what since the previous meeting, and why (commit order). */
    events: PackChangeEvent[];
    /** What differs between the programme at the previous meeting and at this one. */
    items: PackChangedItem[];
  };
  businessCasesAwaitingScrutiny: {
    proposalId: string;
    proposalTitle: string;
    stage: string;
    version: number;
    submittedOn: string;
    submittedBy: string;
    wholeLifeCostPence: number;
  }[];
  benefits: {
    benefitId: string;
    description: string;
    proposalId: string | null;
    unit: string;
    cashReleasing: boolean;
    isDisbenefit: boolean;
    target: number;
    plannedTotal: number;
    forecastTotal: number;
    realisedToDate: number;
    varianceToDate: number;
  }[];
  risks: {
    riskId: string;
    title: string;
    proposalId: string | null;
    category: string;
    score: number;
    likelihood: number;
    impact: number;
    residualScore: number;
    ownerName: string;
    proximity: string;
    response: string;
  }[];
  milestonesSlipped: {
    milestoneId: string;
    title: string;
    proposalId: string | null;
    baselineDate: string;
    forecastDate: string;
    actualDate: string | null;
    slippageDays: number;
    latestReason: string | null;
  }[];
  decisions: {
    decisionId: string;
    decisionDate: string;
    forum: string;
    subject: string;
    outcome: string;
    proposalId: string | null;
    minuteReference: string | null;
    rationale: string;
    supersedesDecisionId: string | null;
  }[];
  /**
   * The plan the programme serves, as at the meeting: each plan's objectives and indicators,
   * actual against target for the meeting's year, off track first, with who is accountable.
   * Absent when the programme had no plan then (so packs of such programmes keep their bytes).
   */
  performance?: PackPerformance[];
  /** The medium-term financial plan's lines and the gap by year, with citations; absent when there are none. */
  funding?: PackFunding;
  /** The Merkle log's proofs (when the pack was built with the log key): check them with tools/verify-pack. */
  log?: PackLog;
  /** SHA-256 of the canonical JSON of everything above: two packs with the same digest say the same. */
  digest: string;
}

/** An event the pack lists, proven to be in the tree of the pack's signed head. */
export interface PackInclusion {
  position: number;
  leafIndex: number;
  /** Set when the event recorded a decision the pack lists. */
  decisionId?: string;
  /** Set when the event is one a matter arising the pack lists was built from. */
  matter?: PackMatter;
  /** The event as stored: its leaf is SHA-256(0x00 || canonical JSON of this). */
  event: ReturnType<typeof chainedFields>;
  /** The RFC 9162 audit path, hex, leaf to root. */
  path: string[];
}

export interface PackLog {
  /** RFC 9162 (SHA-256, leaf 0x00, node 0x01) over every event in commit order; leaf i is link i+1 of the chain. */
  tree: 'rfc9162-sha256';
  /** The head the pack was built from, signed with the log key (its public key is in it: compare the fingerprint with /.well-known/ledger-log-key). */
  signedHead: SignedTreeHead;
  /** The previous meeting's head (the tree as at it), and the proof that this head extends it. */
  consistency: ConsistencyProof | null;
  /** Each change, decision and matter arising listed (its events), proven in the tree of the signed head (leaf order). */
  inclusion: PackInclusion[];
}

interface HeadRow {
  seq: string | null;
  hash: string | null;
  global_position: string;
  transaction_id: string;
}

/**
 * The chain head as at a moment: the link of the last event (in commit order)
 * recorded up to then. Returns the event's log position even when the chain has
 * not linked it yet (`point` is then null). The event comes from the store, its link
 * from the chain table.
 */
export async function chainHeadAt(
  db: DataSource,
  store: EventStore,
  at: Date,
): Promise<{ key: LogPosition; point: ChainPoint | null } | null> {
  const key = await store.lastPositionAt(at);
  if (!key) return null;
  const [row]: { seq: string; hash: string }[] = await db.query(`SELECT seq::text, hash FROM audit_chain WHERE global_position = $1`, [
    key.globalPosition,
  ]);
  return { key, point: row ? { position: key.globalPosition, hash: row.hash, events: Number(row.seq) } : null };
}

async function chainLinkAt(db: DataSource, position: number): Promise<{ key: LogPosition; point: ChainPoint } | null> {
  const [row]: HeadRow[] = await db.query(
    `SELECT global_position::text, transaction_id::text, seq::text, hash FROM audit_chain WHERE global_position = $1`,
    [position],
  );
  return row
    ? { key: { transactionId: row.transaction_id, globalPosition: position }, point: { position, hash: row.hash!, events: Number(row.seq) } }
    : null;
}

const EMPTY_HEAD: ChainPoint = { position: 0, hash: '0'.repeat(64), events: 0 };

/** Builds the pack's data: the programme as at the meeting, restricted to the log up to the chain head. */
export async function buildCommitteePack(db: DataSource, store: EventStore, request: CommitteePackRequest, logKey?: LogKey): Promise<CommitteePack> {
  const meetingAt = meetingMoment(request.meeting);
  const previousAt = request.previous ? meetingMoment(request.previous) : null;
  if (previousAt && previousAt.getTime() >= meetingAt.getTime()) {
    throw new PackError('MEETING_BEFORE_PREVIOUS', `The previous meeting (${request.previous}) must come before this one (${request.meeting})`);
  }
  const threshold = request.riskThreshold ?? DEFAULT_RISK_THRESHOLD;
  const business = request.basis === 'business';
  if (business && !(isDay(request.meeting) && (request.previous === undefined || isDay(request.previous)))) {
    throw new PackError('MEETING_NOT_A_DAY', 'With basis=business the meeting (and the previous one) must be calendar days, YYYY-MM-DD');
  }

  // 1. The head: given, or the last event recorded up to the meeting.
  let head: { key: LogPosition; point: ChainPoint } | null;
  if (request.head !== undefined) {
    head = request.head === 0 ? null : await chainLinkAt(db, request.head);
    if (request.head !== 0 && !head) {
      throw new PackError('CHAIN_POSITION_UNKNOWN', `The audit chain has no link at position ${request.head}`);
    }
  } else {
    // Business time reads everything recorded so far about the day: the head is the chain's now.
    const at = await chainHeadAt(db, store, business ? new Date() : meetingAt);
    if (at && !at.point) {
      // The chain projection has not linked the meeting's last event yet: wait for it, briefly.
      await waitForProjection(db, store, at.key, PACK_PROJECTION_READS.slice(0, 1), request.waitMs ?? 5000);
      const linked = await chainLinkAt(db, at.key.globalPosition);
      if (!linked) throw new PackError('CHAIN_NOT_CAUGHT_UP', `The audit chain has not reached position ${at.key.globalPosition} yet; try again shortly`);
      head = linked;
    } else {
      head = at && at.point ? { key: at.key, point: at.point } : null;
    }
  }
  // The sentences come from the audit history: it must have reached the head too.
  if (head && !(await waitForProjection(db, store, head.key, PACK_PROJECTION_READS, request.waitMs ?? 5000))) {
    throw new PackError('CHAIN_NOT_CAUGHT_UP', `The audit history has not reached position ${head.key.globalPosition} yet; try again shortly`);
  }

  // 2. The events: the programme's, recorded up to the meeting, and within the chain up to the head.
  const within = (e: StoredEvent) => head !== null && comparePositions(e, head.key) <= 0;
  const recorded = (await programmeEventsUntil(db, store, request.programmeId, business ? undefined : meetingAt)).filter(within);
  const upToMeeting = business ? eventsInEffectOn(recorded, request.meeting).events : recorded;
  const rows = foldProgrammeRows(upToMeeting, request.programmeId);
  if (!rows) {
    throw new PackError('PROGRAMME_NOT_FOUND', business ? `Programme ${request.programmeId} was not in effect on ${request.meeting}` : `Programme ${request.programmeId} did not exist at ${meetingAt.toISOString()}`);
  }
  const snapshot = buildProgrammeSnapshot(rows);
  const upToPrevious = !previousAt
    ? []
    : business
      ? eventsInEffectOn(recorded, request.previous!).events
      : upToMeeting.filter((e) => e.recordedAt.getTime() <= previousAt.getTime());
  const beforeRows = previousAt ? foldProgrammeRows(upToPrevious, request.programmeId) : null;
  const before = beforeRows && buildProgrammeSnapshot(beforeRows);

  // 3. Changes since the previous meeting: the events behind them (who, why), and the items that differ.
  const earlier = new Set(upToPrevious.map((e) => e.globalPosition));
  const behind = upToMeeting.filter((e) => !earlier.has(e.globalPosition));
  const sentences: { global_position: string; sentence: string }[] = behind.length
    ? await db.query(`SELECT global_position, sentence FROM audit_history WHERE global_position = ANY($1)`, [behind.map((e) => e.globalPosition)])
    : [];
  const sentenceAt = new Map(sentences.map((s) => [Number(s.global_position), s.sentence]));
  const diff = diffSnapshots(before, snapshot);
  const items: PackChangedItem[] = [];
  if (diff.programme.length > 0) items.push({ collection: 'programme', id: snapshot.programme.programmeId, change: 'changed', fields: diff.programme.map((f) => f.field) });
  for (const collection of ['proposals', 'benefits', 'milestones', 'risks', 'decisions'] as const) {
    const c = diff[collection];
    for (const a of c.added) items.push({ collection, id: a.id, change: 'added', fields: [] });
    for (const ch of c.changed) items.push({ collection, id: ch.id, change: 'changed', fields: ch.changes.map((f) => f.field) });
    for (const r of c.removed) items.push({ collection, id: r.id, change: 'removed', fields: [] });
  }
  items.sort((a, b) => cmp(a.collection, b.collection) || cmp(a.id, b.id) || cmp(a.change, b.change));

  const meetingDate = calendarDate(request.meeting);
  const previousDate = request.previous ? calendarDate(request.previous) : null;
  const performance = packPerformance(upToMeeting, request.programmeId, meetingDate, snapshot.proposals);
  const funding = packFunding(upToMeeting, request.programmeId);
  const body: Omit<CommitteePack, 'digest'> & { log?: PackLog } = {
    kind: 'committee-pack',
    formatVersion: 1,
    // Only on business-time packs: recorded-time packs keep their bytes (and digests).
    ...(business ? { basis: 'business' as const } : {}),
    programme: { programmeId: snapshot.programme.programmeId, name: snapshot.programme.name, mission: snapshot.programme.mission },
    meeting: { date: meetingDate, asAt: meetingAt.toISOString() },
    previousMeeting: previousAt ? { date: previousDate!, asAt: previousAt.toISOString() } : null,
    riskThreshold: threshold,
    mattersArising: mattersArising(upToMeeting, request.programmeId, meetingDate, previousDate),
    chainHead: head?.point ?? EMPTY_HEAD,
    eventsFolded: upToMeeting.length,
    summary: {
      proposalsByStatus: sortedRecord(snapshot.proposalsByStatus),
      uncoveredOutcomes: [...snapshot.uncoveredOutcomes].sort(),
      investmentByFinancialYear: snapshot.investmentByFinancialYear,
      benefits: snapshot.benefitsSummary,
      deliveryConfidence: snapshot.deliveryConfidence,
      milestones: {
        ...snapshot.milestonesSummary,
        criticalPathTitles: snapshot.milestonesSummary.criticalPath.map((id) => snapshot.milestones.find((m) => m.milestoneId === id)?.title ?? id),
      },
    },
    changes: {
      events: behind.map((e) => ({
        position: e.globalPosition,
        recordedAt: e.recordedAt.toISOString(),
        type: e.type,
        streamId: e.streamId,
        actorId: e.metadata.actor?.id ?? 'unknown',
        actorName: e.metadata.actor?.name ?? null,
        actorRole: e.metadata.actor?.role ?? 'unknown',
        reason: e.metadata.reason ?? (e.data as { reason?: string }).reason ?? null,
        sentence: sentenceAt.get(e.globalPosition) ?? null,
      })),
      items,
    },
    businessCasesAwaitingScrutiny: snapshot.proposals
      .flatMap((p) =>
        p.businessCases
          .filter((bc) => bc.status === 'awaiting-scrutiny')
          .map((bc) => ({
            proposalId: p.proposalId,
            proposalTitle: p.title,
            stage: bc.stage,
            version: bc.version,
            submittedOn: bc.submittedOn,
            submittedBy: bc.submittedBy,
            wholeLifeCostPence: bc.wholeLifeCostPence,
          })),
      )
      .sort((a, b) => cmp(a.submittedOn, b.submittedOn) || cmp(a.proposalId, b.proposalId) || a.version - b.version),
    benefits: snapshot.benefits.map((b) => ({
      benefitId: b.benefitId,
      description: b.description,
      proposalId: b.proposalId,
      unit: b.unit,
      cashReleasing: b.cashReleasing,
      isDisbenefit: b.isDisbenefit,
      target: b.target,
      plannedTotal: b.plannedTotal,
      forecastTotal: b.forecastTotal,
      realisedToDate: b.realisedToDate,
      varianceToDate: b.varianceToDate,
    })),
    risks: snapshot.risks
      .filter((r) => r.status === 'open' && r.score >= threshold)
      .map((r) => ({
        riskId: r.riskId,
        title: r.title,
        proposalId: r.proposalId ?? null,
        category: r.category,
        score: r.score,
        likelihood: r.likelihood,
        impact: r.impact,
        residualScore: r.residualScore,
        ownerName: r.ownerName,
        proximity: r.proximity,
        response: r.response,
      })),
    milestonesSlipped: snapshot.milestones
      .filter((m) => m.slippageDays > 0)
      .sort((a, b) => b.slippageDays - a.slippageDays || cmp(a.milestoneId, b.milestoneId))
      .map((m) => ({
        milestoneId: m.milestoneId,
        title: m.title,
        proposalId: m.proposalId,
        baselineDate: m.baselineDate,
        forecastDate: m.forecastDate,
        actualDate: m.actualDate,
        slippageDays: m.slippageDays,
        latestReason: m.reschedules.length > 0 ? m.reschedules[m.reschedules.length - 1].reason : null,
      })),
    decisions: snapshot.decisions
      .filter((d) => (previousDate === null || d.decisionDate > previousDate) && d.decisionDate <= meetingDate)
      .map((d) => ({
        decisionId: d.decisionId,
        decisionDate: d.decisionDate,
        forum: d.forum,
        subject: d.subject,
        outcome: d.outcome,
        proposalId: d.proposalId,
        minuteReference: d.minuteReference,
        rationale: d.rationale,
        supersedesDecisionId: d.supersedesDecisionId,
      })),
    ...(performance.length > 0 ? { performance } : {}),
    ...(funding ? { funding } : {}),
  };
  if (logKey && head) {
    const decisionIds = new Set(body.decisions.map((d) => d.decisionId));
    const decisionEvents = upToMeeting.filter((e) => e.type === 'DecisionRecorded' && decisionIds.has((e.data as { decisionId: string }).decisionId));
    const matters = matterEvents(upToMeeting, body.mattersArising);
    const matterAt = new Map(matters.map((m) => [m.event.globalPosition, m.matter]));
    body.log = await packLog(db, store, logKey, head.point.events, previousAt, [...behind, ...decisionEvents, ...matters.map((m) => m.event)], matterAt);
  }
  return { ...body, digest: packDigest(body) };
}

/**
 * The pack's proofs: its head signed (recorded once per tree size, so the same pack prints
 * the same signature), the consistency proof from the previous meeting's head, and an
 * inclusion proof for each listed event (changes, decisions, the events of each matter
 * arising) — all deterministic for a given tree size.
 */
async function packLog(
  db: DataSource,
  store: EventStore,
  key: LogKey,
  treeSize: number,
  previousAt: Date | null,
  listed: StoredEvent[],
  matterAt: Map<number, PackMatter>,
): Promise<PackLog> {
  const sql: Sql = (text, params) => db.query(text, params);
  const signedHead = await recordSignedHead(sql, key, treeSize);
  let consistency: ConsistencyProof | null = null;
  if (previousAt) {
    const previous = await chainHeadAt(db, store, previousAt);
    const fromSize = previous?.point?.events ?? 0;
    if (fromSize > 0 && fromSize <= treeSize) consistency = await merkleConsistencyProof(sql, fromSize, treeSize);
  }
  const byPosition = new Map(listed.map((e) => [e.globalPosition, e]));
  const events = [...byPosition.values()];
  const raw = await store.readRawAt(events.map((e) => ({ transactionId: e.transactionId, globalPosition: e.globalPosition })));
  const rawAt = new Map(raw.map((r) => [r.globalPosition, r]));
  const leafIndexAt = await leafIndexesOf(sql, events.map((e) => e.globalPosition));
  const proven = events
    .map((event) => ({ event, leafIndex: leafIndexAt.get(event.globalPosition) }))
    .filter((l): l is { event: StoredEvent; leafIndex: number } => l.leafIndex !== undefined && l.leafIndex < treeSize);
  proven.sort((a, b) => a.leafIndex - b.leafIndex);
  // Every path in one read of the nodes they need.
  const paths = await merkleInclusionPaths(
    sql,
    proven.map((l) => l.leafIndex),
    treeSize,
  );
  const inclusion: PackInclusion[] = proven.map(({ event, leafIndex }, i) => {
    const stored = rawAt.get(event.globalPosition);
    if (!stored) throw new Error(`committee pack: event at position ${event.globalPosition} is not in the event store`);
    return {
      position: event.globalPosition,
      leafIndex,
      ...(event.type === 'DecisionRecorded' ? { decisionId: (event.data as { decisionId: string }).decisionId } : {}),
      ...(matterAt.has(event.globalPosition) ? { matter: matterAt.get(event.globalPosition) } : {}),
      event: chainedFields(rawEventRowOf(stored)),
      path: paths[i],
    };
  });
  return { tree: 'rfc9162-sha256', signedHead, consistency, inclusion };
}

/** SHA-256 of the pack's canonical JSON (without the digest itself). */
export function packDigest(body: Omit<CommitteePack, 'digest'> | CommitteePack): string {
  const { digest: _digest, ...rest } = body as CommitteePack;
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

/** The pack as JSON: canonical (sorted keys), so that equal packs are equal bytes. */
export function packJson(pack: CommitteePack): string {
  return canonicalJson(pack);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => cmp(a, b)));
}
