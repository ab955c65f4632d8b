import { BENEFIT_EVENT_TYPES, type BenefitEvent } from './benefit/benefit.events';
import {
  BUSINESS_CASE_EVENT_TYPES,
  type BusinessCaseEvent,
} from './business-case/business-case.events';
import {
  DECISION_LOG_EVENT_TYPES,
  type DecisionLogEvent,
} from './decision-log/decision-log.events';
import {
  DELIVERY_PLAN_EVENT_TYPES,
  type DeliveryPlanEvent,
} from './delivery-plan/delivery-plan.events';
import { PROGRAMME_EVENT_TYPES, type ProgrammeEvent } from './programme/programme.events';
import { PROPOSAL_EVENT_TYPES, type ProposalEvent } from './proposal/proposal.events';
import { RISK_EVENT_TYPES, type RiskEvent } from './risk/risk.events';
import { SIGN_IN_EVENT_TYPES, type SignInEvent } from './user/sign-in.events';
import { USER_EVENT_TYPES, type UserEvent } from './user/user.events';

/** Any event the domain records. */
export type AnyDomainEvent =
  | ProgrammeEvent
  | ProposalEvent
  | BusinessCaseEvent
  | BenefitEvent
  | DeliveryPlanEvent
  | RiskEvent
  | DecisionLogEvent
  | UserEvent
  | SignInEvent;

export type DomainEventType = AnyDomainEvent['type'];

/** Event type names by aggregate, for projections that subscribe to some of them. */
export const DOMAIN_EVENT_TYPES_BY_AGGREGATE = {
  programme: PROGRAMME_EVENT_TYPES,
  proposal: PROPOSAL_EVENT_TYPES,
  businessCase: BUSINESS_CASE_EVENT_TYPES,
  benefit: BENEFIT_EVENT_TYPES,
  deliveryPlan: DELIVERY_PLAN_EVENT_TYPES,
  risk: RISK_EVENT_TYPES,
  decisionLog: DECISION_LOG_EVENT_TYPES,
  user: USER_EVENT_TYPES,
  signIn: SIGN_IN_EVENT_TYPES,
} as const;

/** Every event type name the domain records. */
export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = Object.values(
  DOMAIN_EVENT_TYPES_BY_AGGREGATE,
).flat();
