import { BENEFIT_EVENT_TYPES, type BenefitEvent } from '@ledger/benefit';
import { BUSINESS_CASE_EVENT_TYPES, type BusinessCaseEvent } from '@ledger/business-case';
import { DECISION_LOG_EVENT_TYPES, type DecisionLogEvent } from '@ledger/decision-log';
import { DELIVERY_PLAN_EVENT_TYPES, type DeliveryPlanEvent } from '@ledger/delivery-plan';
import { PROGRAMME_EVENT_TYPES, type ProgrammeEvent } from '@ledger/programme';
import { PROPOSAL_EVENT_TYPES, type ProposalEvent } from '@ledger/proposal';
import { FUNDING_EVENT_TYPES, type FundingEvent } from '@ledger/funding';
import { OBJECTIVE_EVENT_TYPES, type ObjectiveEvent } from '@ledger/objective';
import { STRATEGY_EVENT_TYPES, type StrategyEvent } from '@ledger/strategy';
import { RISK_EVENT_TYPES, type RiskEvent } from '@ledger/risk';
import { MEETING_EVENT_TYPES, type MeetingEvent } from '@ledger/meeting';
import { ACTION_EVENT_TYPES, type ActionEvent } from '@ledger/action';
import { ISSUE_EVENT_TYPES, type IssueEvent } from '@ledger/issue';
import { REPORTING_DUTY_EVENT_TYPES, type ReportingDutyEvent } from '@ledger/reporting-duty';
import { PERSON_EVENT_TYPES, type PersonEvent } from '@ledger/person';
import { SIGN_IN_EVENT_TYPES, type SignInEvent, USER_EVENT_TYPES, type UserEvent } from '@ledger/user';
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
  | SignInEvent
  | PersonEvent
  | MeetingEvent
  | ActionEvent
  | IssueEvent
  | ReportingDutyEvent
  | StrategyEvent
  | ObjectiveEvent
  | FundingEvent;

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
  person: PERSON_EVENT_TYPES,
  meeting: MEETING_EVENT_TYPES,
  action: ACTION_EVENT_TYPES,
  issue: ISSUE_EVENT_TYPES,
  reportingDuty: REPORTING_DUTY_EVENT_TYPES,
  strategy: STRATEGY_EVENT_TYPES,
  objective: OBJECTIVE_EVENT_TYPES,
  funding: FUNDING_EVENT_TYPES,
} as const;

/** Every event type name the domain records. */
export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = Object.values(
  DOMAIN_EVENT_TYPES_BY_AGGREGATE,
).flat();
