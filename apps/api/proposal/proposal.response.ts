/** The proposal's answers: its row, a page of the list, the detail with its benefits, risks, milestones and timeline. */
import { type Schema, str, date, time, int, nullable, arr, ref, obj, page, source } from '../http/openapi-schema';
import { BusinessCaseVersion } from '../business-case/business-case.response';

const rating: Schema = obj({ rating: str, commentary: str, assessedOn: date, assessorName: str });

export const ProposalRow: Schema = obj(
  {
    proposalId: str,
    programmeId: str,
    title: str,
    aims: str,
    source,
    outcomeIds: arr(str),
    priorityIds: arr(str),
    status: {
      type: 'string',
      description:
        'registered, in-consultation, agreed, not-taken-forward, deferred, in-delivery, closed',
    },
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
          forum: str,
          decisionDate: date,
          meeting: str,
          minuteReference: str,
          conditions: arr(str),
        },
        ['conditions'],
      ),
    ),
    notTakenForward: nullable(obj({ reasonCode: str, rationale: str, decisionDate: date })),
    deferral: nullable(
      obj({ decisionDate: date, until: nullable(date), reasonCode: str, rationale: str }, [
        'until',
      ]),
    ),
    reopenings: arr(obj({ reopenedOn: date, reason: str, previousStatus: str })),
    lead: nullable(obj({ leadId: str, leadName: str, leadRole: str, since: date })),
    leadHistory: arr(
      obj(
        {
          leadId: str,
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
      allOf: [rating, obj({ assessment: { type: 'string', enum: ['self', 'independent'] } })],
    }),
    businessCases: arr(BusinessCaseVersion),
    decisions: arr(
      obj({
        decisionId: str,
        forum: str,
        decisionDate: date,
        subject: str,
        outcome: str,
        supersedesDecisionId: nullable(str),
        supersededBy: nullable(str),
      }),
    ),
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

export const ProposalPage: Schema = page(
  obj({
    proposalId: str,
    programmeId: str,
    title: str,
    status: str,
    lead: nullable(obj({ leadId: str, leadName: str, leadRole: str, since: date })),
    outcomeIds: arr(str),
    deliveryConfidence: obj({ self: nullable(rating), independent: nullable(rating) }),
    latestBusinessCase: nullable(ref('BusinessCaseVersion')),
  }),
);

export const ProposalDetail: Schema = {
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
