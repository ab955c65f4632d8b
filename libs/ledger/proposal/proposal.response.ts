/** The proposal's answers: its row, a page of the list, the detail with its benefits, risks, milestones and timeline. */
import { type Schema, str, date, time, int, num, nullable, arr, free, ref, obj, page, source, id, enumOf } from '@ledger/platform/http-schema';
import { FORUMS } from '@ledger/kernel';
import { PROPOSAL_STATUSES } from './proposal.decider';
import { DELIVERY_CONFIDENCE_ASSESSMENTS, DELIVERY_CONFIDENCE_RATINGS, NOT_TAKEN_FORWARD_REASONS } from './proposal.events';

const rating: Schema = obj({ rating: enumOf(DELIVERY_CONFIDENCE_RATINGS), commentary: str, assessedOn: date, assessorName: str });

export const ProposalRowSchema: Schema = obj(
  {
    proposalId: id,
    programmeId: id,
    title: str,
    aims: str,
    source,
    outcomeIds: arr(id),
    priorityIds: arr(id),
    status: enumOf(PROPOSAL_STATUSES),
    registeredAt: time,
    consultation: nullable(free),
    agreement: nullable(
      obj(
        {
          forum: enumOf(FORUMS),
          decisionDate: date,
          meeting: str,
          minuteReference: str,
          conditions: arr(str),
        },
        ['conditions'],
      ),
    ),
    notTakenForward: nullable(obj({ reasonCode: enumOf(NOT_TAKEN_FORWARD_REASONS), rationale: str, decisionDate: date })),
    deferral: nullable(
      obj({ decisionDate: date, until: nullable(date), reasonCode: enumOf(NOT_TAKEN_FORWARD_REASONS), rationale: str }, [
        'until',
      ]),
    ),
    reopenings: arr(free),
    lead: nullable(obj({ leadId: id, leadName: str, leadRole: str, since: date })),
    leadHistory: arr(
      obj(
        {
          leadId: id,
          leadName: str,
          leadRole: str,
          from: date,
          to: nullable(date),
          reason: nullable(str),
          recordedBy: str,
        },
        ['reason', 'recordedBy'],
      ),
    ),
    equalityImpactAssessments: arr(free),
    deliveryConfidence: obj({ self: nullable(rating), independent: nullable(rating) }),
    deliveryConfidenceHistory: arr({
      allOf: [rating, obj({ assessment: enumOf(DELIVERY_CONFIDENCE_ASSESSMENTS) })],
    }),
    businessCases: arr(ref('BusinessCaseVersion')),
    decisions: arr(free),
    deliveryStartedOn: nullable(date),
    closure: nullable(obj({ closedOn: date, reason: str })),
  },
  [
    'consultation',
    'notTakenForward',
    'deferral',
    'reopenings',
    'equalityImpactAssessments',
    'deliveryConfidenceHistory',
    'decisions',
    'deliveryStartedOn',
    'closure',
  ],
);

export const ProposalPageSchema: Schema = page(
  obj({
    proposalId: id,
    programmeId: id,
    title: str,
    status: enumOf(PROPOSAL_STATUSES),
    lead: nullable(obj({ leadId: id, leadName: str, leadRole: str, since: date })),
    outcomeIds: arr(id),
    deliveryConfidence: obj({ self: nullable(rating), independent: nullable(rating) }),
    latestBusinessCase: nullable(ref('BusinessCaseVersion')),
  }),
);

export const ProposalDetailSchema: Schema = {
  allOf: [
    ref('ProposalRow'),
    obj({
      version: {
        type: 'integer',
        description: "The proposal stream's version: send it as If-Match.",
      },
      benefits: arr({
        allOf: [ref('BenefitRow'), obj({ varianceToDate: num }, ['varianceToDate'])],
      }),
      risks: arr(ref('RiskRow')),
      milestones: arr(ref('MilestoneRow')),
      timeline: arr(
        obj({ position: int, recordedAt: time, eventType: str, actorId: str, sentence: str }),
      ),
    }),
  ],
};
