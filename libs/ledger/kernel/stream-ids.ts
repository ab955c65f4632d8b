import { requireId } from './assert';

/** Stream names, one per aggregate instance. Separate streams keep writers from contending. */
export const streamIds = {
  programme: (programmeId: string): string => `programme-${requireId(programmeId, 'programmeId')}`,
  proposal: (proposalId: string): string => `proposal-${requireId(proposalId, 'proposalId')}`,
  businessCase: (proposalId: string): string =>
    `business-case-${requireId(proposalId, 'proposalId')}`,
  benefit: (benefitId: string): string => `benefit-${requireId(benefitId, 'benefitId')}`,
  deliveryPlan: (programmeId: string): string =>
    `delivery-plan-${requireId(programmeId, 'programmeId')}`,
  risk: (riskId: string): string => `risk-${requireId(riskId, 'riskId')}`,
  decisionLog: (programmeId: string): string =>
    `decision-log-${requireId(programmeId, 'programmeId')}`,
  plan: (planId: string): string => `plan-${requireId(planId, 'planId')}`,
  objective: (objectiveId: string): string => `objective-${requireId(objectiveId, 'objectiveId')}`,
  funding: (programmeId: string): string => `funding-${requireId(programmeId, 'programmeId')}`,
  user: (username: string): string => `user-${requireId(username, 'username')}`,
  /** Every sign-in attempt, successful or not; an unknown username must not create a user stream. */
  signIns: (): string => 'sign-ins',
} as const;
