/** The programme's answers: its row, the snapshot (now, as at, in effect on), the list and the changes. */
import { type Schema, str, date, time, int, num, bool, pence, nullable, arr, free, ref, obj, source, id, financialYear } from '@ledger/platform/http-schema';

export const ProgrammeRowSchema: Schema = obj(
  {
    programmeId: id,
    name: str,
    mission: str,
    description: nullable(str),
    source,
    establishedAt: time,
    priorities: arr(
      obj({ priorityId: id, title: str, description: nullable(str) }, ['description']),
    ),
    outcomes: arr(obj({ outcomeId: id, title: str, description: nullable(str) }, ['description'])),
    director: nullable(obj({ personId: id, name: str, effectiveDate: date })),
    directorHistory: arr(
      obj({ personId: id, name: str, effectiveDate: date, reason: nullable(str) }, ['reason']),
    ),
  },
  ['description', 'director', 'directorHistory'],
);

const benefitTotals: Schema = obj({
  count: int,
  targetPence: num,
  plannedPence: num,
  forecastPence: num,
  realisedPence: num,
});

export const ProgrammeSnapshotSchema: Schema = obj({
  programme: ref('ProgrammeRow'),
  proposalsByStatus: {
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Proposals per status.',
  },
  outcomeCoverage: arr(obj({ outcomeId: id, title: str, proposals: arr(free), covered: bool })),
  uncoveredOutcomes: arr(str),
  objectiveCoverage: {
    ...arr(
      obj({
        objectiveId: id,
        title: str,
        planId: id,
        priorityId: id,
        accountableName: str,
        proposals: arr(obj({ proposalId: id, title: str })),
        benefits: arr(obj({ benefitId: id, description: str })),
        covered: bool,
        offTrackIndicators: arr(obj({ indicatorId: id, title: str, period: financialYear, target: num, actual: num })),
      }),
    ),
    description: "The plan objectives, which live proposals serve each and which benefits contribute to it, and its off-track indicators (each rated in its latest year with an actual).",
  },
  investmentByFinancialYear: arr(
    obj({ financialYear: financialYear, approvedPence: pence, pendingPence: pence }),
  ),
  benefitsSummary: obj({
    cashReleasing: benefitTotals,
    nonCashReleasing: benefitTotals,
    otherMeasures: int,
    disbenefits: int,
    cashReleasingByPeriod: arr(obj({ period: str, planned: num, forecast: num, realised: num })),
  }),
  deliveryConfidence: obj({
    self: {
      type: 'object',
      additionalProperties: { type: 'integer' },
      description: 'Live proposals per rating, and unrated.',
    },
    independent: { type: 'object', additionalProperties: { type: 'integer' } },
  }),
  milestonesSummary: obj({ total: int, achieved: int, slipped: int, criticalPath: arr(str) }),
  topRisks: arr(obj({ riskId: id, title: str, score: int, residualScore: int, ownerName: str })),
  proposals: arr(ref('ProposalRow')),
  benefits: arr(ref('BenefitRow')),
  milestones: arr(ref('MilestoneRow')),
  risks: arr(ref('RiskRow')),
  decisions: arr(ref('DecisionRow')),
});

export const ProgrammeListSchema: Schema = obj({
  items: arr(obj({ programmeId: id, name: str, mission: str })),
});

export const ProgrammeAsAtSchema: Schema = obj({
  asAt: {
    type: 'string',
    format: 'date-time',
    description: 'The recording moment: what the ledger held then.',
  },
  on: nullable({ ...date, description: 'The calendar day asked for (business time), or null.' }),
  eventsFolded: {
    type: 'integer',
    description: 'Events recorded up to the moment that the snapshot is folded from.',
  },
  lastPosition: int,
  snapshot: ref('ProgrammeSnapshot'),
});

export const ProgrammeChangesSchema: Schema = obj(
  {
    programmeId: id,
    from: time,
    to: time,
    changes: {
      ...free,
      description:
        "Per kind of item: the programme's field changes (field: from → to), and for proposals, benefits … the items added, changed and removed.",
    },
    events: arr(
      obj({
        position: int,
        recordedAt: time,
        type: str,
        streamId: str,
        actor: obj({ id: str, role: str, name: str }, ['name']),
        reason: nullable(str),
        sentence: nullable(str),
      }),
    ),
  },
);
