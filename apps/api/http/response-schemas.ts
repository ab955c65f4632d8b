/**
 * The read side's answers as OpenAPI schemas (components/schemas), so a generated client
 * gets types and a schema-driven tester can check bodies. They follow the read models'
 * row types of the slices in libs/ledger (ProposalRow, BenefitRow …); the fuzz test validates
 * every answer against them, so a drift fails it.
 */
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const date: Schema = { type: 'string', description: 'A calendar date, YYYY-MM-DD.' };
const time: Schema = { type: 'string', format: 'date-time' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const pence: Schema = { type: 'integer', description: 'Money in pence.' };
const nullable = (s: Schema): Schema => (s.$ref ? { allOf: [s], nullable: true } : { ...s, nullable: true });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const free: Schema = { type: 'object', additionalProperties: true };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
/** An object whose listed properties are all present unless named optional. */
const obj = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});
const page = (item: Schema): Schema =>
  obj({ items: arr(item), nextCursor: nullable({ type: 'string', description: 'Pass as `cursor` for the next page; null on the last.' }) });

const source = obj({ document: str, paragraph: nullable(str) });
const scheduled = obj({ period: str, plannedValue: num });
const rating = obj({ rating: str, commentary: str, assessedOn: date, assessorName: str });
const chainPoint = obj({ position: int, hash: str, events: int });

const ProgrammeRow = obj(
  {
    programmeId: str,
    name: str,
    mission: str,
    description: nullable(str),
    source,
    establishedAt: time,
    priorities: arr(obj({ priorityId: str, title: str, description: nullable(str) }, ['description'])),
    outcomes: arr(obj({ outcomeId: str, title: str, description: nullable(str) }, ['description'])),
    director: nullable(obj({ personId: str, name: str, effectiveDate: date })),
    directorHistory: arr(obj({ personId: str, name: str, effectiveDate: date, reason: nullable(str) }, ['reason'])),
  },
  ['description', 'director', 'directorHistory'],
);

const BusinessCaseVersion = obj(
  {
    stage: { type: 'string', enum: ['SOC', 'OBC', 'FBC'] },
    version: int,
    submittedOn: date,
    submittedBy: str,
    sections: { type: 'object', additionalProperties: { type: 'string' }, description: 'The five cases: strategic, economic, commercial, financial, management.' },
    investment: arr(obj({ financialYear: str, amountPence: pence })),
    wholeLifeCostPence: pence,
    anticipatedBenefits: arr(obj({ description: str, amountPence: nullable(pence) })),
    status: { type: 'string', enum: ['awaiting-scrutiny', 'approved', 'returned'] },
    scrutiny: nullable(obj({ outcome: str, meeting: str, decisionDate: date, conditions: arr(str), comments: nullable(str) }, ['conditions', 'comments'])),
  },
  ['scrutiny'],
);

const ProposalRow = obj(
  {
    proposalId: str,
    programmeId: str,
    title: str,
    aims: str,
    source,
    outcomeIds: arr(str),
    priorityIds: arr(str),
    status: { type: 'string', description: 'registered, in-consultation, agreed, not-taken-forward, deferred, in-delivery, closed' },
    registeredAt: time,
    consultation: nullable(free),
    agreement: nullable(obj({ forum: str, decisionDate: date, meeting: str, minuteReference: str, conditions: arr(str) }, ['conditions'])),
    notTakenForward: nullable(obj({ reasonCode: str, rationale: str, decisionDate: date })),
    deferral: nullable(obj({ decisionDate: date, until: nullable(date), reasonCode: str, rationale: str }, ['until'])),
    reopenings: arr(free),
    lead: nullable(obj({ leadId: str, leadName: str, leadRole: str, since: date })),
    leadHistory: arr(obj({ leadId: str, leadName: str, leadRole: str, from: date, to: nullable(date), reason: nullable(str), recordedBy: str }, ['reason', 'recordedBy'])),
    equalityImpactAssessments: arr(free),
    deliveryConfidence: obj({ self: nullable(rating), independent: nullable(rating) }),
    deliveryConfidenceHistory: arr({ allOf: [rating, obj({ assessment: { type: 'string', enum: ['self', 'independent'] } })] }),
    businessCases: arr(BusinessCaseVersion),
    decisions: arr(free),
    deliveryStartedOn: nullable(date),
    closure: nullable(obj({ closedOn: date, reason: str })),
  },
  ['consultation', 'notTakenForward', 'deferral', 'reopenings', 'equalityImpactAssessments', 'deliveryConfidenceHistory', 'decisions', 'deliveryStartedOn', 'closure'],
);

const BenefitRow = obj(
  {
    benefitId: str,
    proposalId: nullable(str),
    programmeId: str,
    description: str,
    measure: str,
    unit: { type: 'string', description: "GBP-pence for money, else the measure's unit (wards, officer-hours …)" },
    cashReleasing: bool,
    isDisbenefit: bool,
    baseline: num,
    target: num,
    cumulativeRealised: num,
    scheduleKind: { type: 'string', enum: ['per-period', 'running-total', 'level'], description: "How the schedule reads: 'per-period' amounts add up to the target, a 'running-total' or a 'level' reaches it with its last value." },
    realisedToDate: { ...num, description: "Realised against the target: the sum of the periods ('per-period'), else the latest period's value." },
    baselineSchedule: arr(scheduled),
    currentSchedule: arr(scheduled),
    realisations: arr(obj({ period: str, actual: num, forecastRemaining: nullable(num), evidence: str, commentary: nullable(str) }, ['forecastRemaining', 'commentary'])),
  },
  ['proposalId', 'scheduleKind', 'realisedToDate'],
);

const MilestoneRow = obj(
  {
    milestoneId: str,
    programmeId: str,
    proposalId: nullable(str),
    title: str,
    baselineDate: date,
    forecastDate: date,
    actualDate: nullable(date),
    predecessorIds: arr(str),
  },
  ['proposalId'],
);

const RiskRow = obj(
  {
    riskId: str,
    title: str,
    likelihood: { type: 'integer', minimum: 1, maximum: 5 },
    impact: { type: 'integer', minimum: 1, maximum: 5 },
    status: { type: 'string', enum: ['open', 'closed'] },
  },
);

const DecisionRow = obj(
  {
    decisionId: str,
    programmeId: str,
    proposalId: nullable(str),
    forum: str,
    decisionDate: date,
    subject: str,
    outcome: str,
    rationale: str,
    conditions: arr(str),
    evidence: arr(obj({ kind: str, ref: str, version: nullable({ oneOf: [int, str] }) }, ['version'])),
    supersedesDecisionId: nullable(str),
    supersededBy: nullable(str),
  },
  ['proposalId', 'conditions', 'evidence', 'supersedesDecisionId', 'supersededBy'],
);

const benefitTotals = obj({ count: int, targetPence: num, plannedPence: num, forecastPence: num, realisedPence: num });

const ProgrammeSnapshot = obj({
  programme: ref('ProgrammeRow'),
  proposalsByStatus: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Proposals per status.' },
  outcomeCoverage: arr(obj({ outcomeId: str, title: str, proposals: arr(free), covered: bool })),
  uncoveredOutcomes: arr(str),
  investmentByFinancialYear: arr(obj({ financialYear: str, approvedPence: pence, pendingPence: pence })),
  benefitsSummary: obj({
    cashReleasing: benefitTotals,
    nonCashReleasing: benefitTotals,
    otherMeasures: int,
    disbenefits: int,
    cashReleasingByPeriod: arr(obj({ period: str, planned: num, forecast: num, realised: num })),
  }),
  deliveryConfidence: obj({
    self: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Live proposals per rating, and unrated.' },
    independent: { type: 'object', additionalProperties: { type: 'integer' } },
  }),
  milestonesSummary: obj({ total: int, achieved: int, slipped: int, criticalPath: arr(str) }, ['criticalPath']),
  topRisks: arr(obj({ riskId: str, title: str, score: int, residualScore: int })),
  proposals: arr(ref('ProposalRow')),
  benefits: arr(ref('BenefitRow')),
  milestones: arr(ref('MilestoneRow')),
  risks: arr(ref('RiskRow')),
  decisions: arr(ref('DecisionRow')),
});

const AuditEntry = obj(
  {
    position: int,
    recordedAt: time,
    effectiveDate: nullable({ type: 'string', format: 'date-time', description: 'The date the event speaks of, where it names one.' }),
    eventType: str,
    streamId: str,
    streamVersion: int,
    actorId: str,
    actorRole: str,
    actorName: nullable(str),
    reason: nullable(str),
    programmeId: nullable(str),
    proposalId: nullable(str),
    sentence: { type: 'string', description: 'What happened, in words.' },
  },
  ['actorName', 'programmeId', 'proposalId'],
);

export const RESPONSE_SCHEMAS: Record<string, Schema> = {
  ProgrammeRow,
  ProposalRow,
  BenefitRow,
  MilestoneRow,
  RiskRow,
  DecisionRow,
  ProgrammeSnapshot,
  AuditEntry,
  ProgrammeList: obj({ items: arr(obj({ programmeId: str, name: str, mission: str })) }),
  ProposalPage: page(
    obj(
      {
        proposalId: str,
        programmeId: str,
        title: str,
        status: str,
        lead: nullable(obj({ leadId: str, leadName: str, leadRole: str, since: date })),
        outcomeIds: arr(str),
        deliveryConfidence: obj({ self: nullable(rating), independent: nullable(rating) }),
        latestBusinessCase: nullable(ref('BusinessCaseVersion')),
      },
    ),
  ),
  BusinessCaseVersion,
  ProposalDetail: {
    allOf: [
      ref('ProposalRow'),
      obj({
        version: { type: 'integer', description: "The proposal stream's version: send it as If-Match." },
        benefits: arr({ allOf: [ref('BenefitRow'), obj({ varianceToDate: num }, ['varianceToDate'])] }),
        risks: arr(ref('RiskRow')),
        milestones: arr(ref('MilestoneRow')),
        timeline: arr(obj({ position: int, recordedAt: time, eventType: str, actorId: str, sentence: str })),
      }),
    ],
  },
  ProgrammeAsAt: obj({
    asAt: { type: 'string', format: 'date-time', description: 'The recording moment: what the ledger held then.' },
    on: nullable({ type: 'string', description: 'The calendar day asked for (business time), or null.' }),
    eventsFolded: { type: 'integer', description: 'Events recorded up to the moment that the snapshot is folded from.' },
    lastPosition: int,
    snapshot: ref('ProgrammeSnapshot'),
  }),
  ProgrammeChanges: obj(
    {
      programmeId: str,
      from: time,
      to: time,
      changes: { ...free, description: 'Per kind of item: the programme\'s field changes (field: from → to), and for proposals, benefits … the items added, changed and removed.' },
      events: arr(free),
    },
    ['events'],
  ),
  AuditPage: page(ref('AuditEntry')),
  ChainHead: obj({ position: int, hash: { type: 'string', description: 'SHA-256, hex.' }, events: int }),
  ChainVerification: obj(
    {
      ok: bool,
      checkedEvents: int,
      chainHead: nullable(chainPoint),
      verifiedThrough: nullable(chainPoint),
      firstBreak: nullable(obj({ position: int, link: nullable(int), kind: str, message: str }, ['link'])),
      notYetChained: int,
    },
    ['chainHead', 'verifiedThrough', 'notYetChained'],
  ),
  CommitteePack: obj(
    {
      kind: str,
      formatVersion: int,
      basis: { type: 'string', enum: ['business'], description: 'Only on a business-time pack (basis=business).' },
      programme: obj({ programmeId: str, name: str, mission: str }),
      meeting: obj({ date: date, asAt: time }),
      previousMeeting: nullable(free),
      chainHead: nullable(chainPoint),
      eventsFolded: int,
      riskThreshold: int,
      summary: free,
      changes: nullable(free),
      businessCasesAwaitingScrutiny: arr(free),
      benefits: arr(obj({ benefitId: str, description: str, unit: str, target: num, realisedToDate: num, varianceToDate: num })),
      risks: arr(obj({ riskId: str, title: str, score: int, residualScore: int })),
      milestonesSlipped: arr(obj({ milestoneId: str, title: str, baselineDate: date, forecastDate: date, slippageDays: int })),
      decisions: arr(obj({ decisionId: str, forum: str, decisionDate: date, subject: str, outcome: str })),
      digest: { type: 'string', description: 'SHA-256 of the canonical JSON of everything above: two packs with the same digest say the same.' },
    },
    ['basis', 'previousMeeting', 'changes'],
  ),
  UserList: obj({
    items: arr(
      obj(
        {
          userId: str,
          username: str,
          name: str,
          role: { type: 'string', enum: ['programme-office', 'lead', 'oversight-committee', 'administrator'] },
          personId: nullable(str),
          active: bool,
          registeredAt: time,
          deactivatedAt: nullable(time),
          lastSignedInAt: nullable(time),
        },
        ['personId', 'deactivatedAt', 'lastSignedInAt'],
      ),
    ),
  }),
};

/** `{ $ref }` to one of RESPONSE_SCHEMAS, for @ApiOkResponse. */
export function responseSchema(name: keyof typeof RESPONSE_SCHEMAS & string): { $ref: string } {
  if (!(name in RESPONSE_SCHEMAS)) throw new Error(`no response schema ${name}`);
  return { $ref: `#/components/schemas/${name}` };
}
