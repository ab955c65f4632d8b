/** The proposal's answers: its row, a page of the list, the detail with its benefits, risks, milestones and timeline. */
import { type Schema, str, date, time, int, nullable, arr, ref, obj, page, source, id, enumOf } from '@ledger/platform/http-schema';
import { FORUMS } from '@ledger/kernel';
import { DECISION_OUTCOMES } from '@ledger/decision-log';
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
    objectiveIds: { ...arr(id), description: 'The plan objectives the proposal serves.' },
    aimsAmendments: {
      ...arr(obj({ amendedOn: date, reason: str, recordedBy: str, previous: obj({ aims: str, outcomeIds: arr(id), objectiveIds: arr(id) }) })),
      description: 'Each amendment of the aims, outcomes and objectives, oldest first, with what they were before.',
    },
    status: enumOf(PROPOSAL_STATUSES),
    registeredAt: time,
    consultation: nullable(
      obj({
        opensOn: date,
        closesOn: date,
        consultees: arr(str),
        description: str,
        closedOn: nullable(date),
        summary: nullable(str),
      }),
    ),
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
    reopenings: arr(obj({ reopenedOn: date, reason: str, previousStatus: enumOf(PROPOSAL_STATUSES) })),
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
    equalityImpactAssessments: arr(
      obj(
        {
          assessmentId: str,
          screeningOutcome: str,
          impacts: { type: 'object', additionalProperties: str, description: 'Per protected characteristic: positive, negative or neutral.' },
          evidence: str,
          mitigation: nullable(str),
          reviewDate: date,
          assessedOn: date,
        },
        ['mitigation'],
      ),
    ),
    deliveryConfidence: obj({ self: nullable(rating), independent: nullable(rating) }),
    deliveryConfidenceHistory: arr({
      allOf: [rating, obj({ assessment: enumOf(DELIVERY_CONFIDENCE_ASSESSMENTS) })],
    }),
    businessCases: arr(ref('BusinessCaseVersion')),
    decisions: arr(
      obj({
        decisionId: id,
        forum: str,
        decisionDate: date,
        subject: str,
        outcome: enumOf(DECISION_OUTCOMES),
        supersedesDecisionId: nullable(id),
        supersededBy: nullable(id),
      }),
    ),
    deliveryStartedOn: nullable(date),
    closure: nullable(obj({ closedOn: date, reason: str })),
  },
  [
    'objectiveIds',
    'aimsAmendments',
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
      benefits: arr(ref('BenefitRow')),
      risks: arr(ref('RiskRow')),
      milestones: arr(ref('MilestoneRow')),
      timeline: arr(
        obj(
          {
            position: int,
            recordedAt: time,
            effectiveDate: nullable(time),
            eventType: str,
            actorId: str,
            actorRole: str,
            actorName: nullable(str),
            reason: nullable(str),
            sentence: str,
          },
        ),
      ),
    }),
  ],
};
