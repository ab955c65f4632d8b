/** The proposal's answers: its row, a page of the list, the detail with its benefits, risks, milestones and timeline. */
import { type Schema, str, date, time, int, num, nullable, arr, free, ref, obj, page, source } from '@ledger/platform/http-schema';

const rating: Schema = obj({ rating: str, commentary: str, assessedOn: date, assessorName: str });

export const ProposalRowSchema: Schema = obj(
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
    consultation: nullable(free),
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
    reopenings: arr(free),
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
    equalityImpactAssessments: arr(free),
    deliveryConfidence: obj({ self: nullable(rating), independent: nullable(rating) }),
    deliveryConfidenceHistory: arr({
      allOf: [rating, obj({ assessment: { type: 'string', enum: ['self', 'independent'] } })],
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
