/**
 * How the API reports a refused command: a broken business rule (409), a missing aggregate (404)
 * or an invalid command (400).
 */
export type DomainErrorKind = 'rule' | 'not-found' | 'validation';

/** Every code the domain can refuse a command with, and its kind. Codes are stable: clients match on them. */
export const DOMAIN_ERROR_CODES = {
  // Commands that are malformed or carry invalid values.
  INVALID_COMMAND: 'validation',
  VALUE_REQUIRED: 'validation',
  INVALID_ID: 'validation',
  INVALID_ENUM_VALUE: 'validation',
  INVALID_BOOLEAN: 'validation',
  INVALID_INTEGER: 'validation',
  INVALID_AMOUNT: 'validation',
  INVALID_FINANCIAL_YEAR: 'validation',
  INVALID_CALENDAR_DATE: 'validation',
  INVALID_PERIOD: 'validation',
  INVALID_LIST: 'validation',
  DUPLICATE_VALUE: 'validation',
  DATE_OUT_OF_ORDER: 'validation',
  REASON_REQUIRED: 'validation',
  AGGREGATE_ID_MISMATCH: 'validation',

  // programme
  PROGRAMME_NOT_FOUND: 'not-found',
  PROGRAMME_ALREADY_ESTABLISHED: 'rule',
  STRATEGIC_PRIORITY_ALREADY_DEFINED: 'rule',
  STRATEGIC_OUTCOME_ALREADY_DEFINED: 'rule',
  PROGRAMME_DIRECTOR_ALREADY_APPOINTED: 'rule',
  EFFECTIVE_DATE_BEFORE_CURRENT: 'rule',

  // proposal
  PROPOSAL_NOT_FOUND: 'not-found',
  PROPOSAL_ALREADY_REGISTERED: 'rule',
  PROPOSAL_OUTCOME_REQUIRED: 'validation',
  STRATEGIC_OUTCOME_UNKNOWN: 'validation',
  STRATEGIC_PRIORITY_UNKNOWN: 'validation',
  CONSULTATION_ALREADY_OPEN: 'rule',
  CONSULTATION_NOT_ALLOWED: 'rule',
  CONSULTATION_NOT_OPEN: 'rule',
  PROPOSAL_ALREADY_AGREED: 'rule',
  PROPOSAL_NOT_AWAITING_DECISION: 'rule',
  PROPOSAL_NOT_REOPENABLE: 'rule',
  PROPOSAL_NOT_AGREED: 'rule',
  LEAD_ALREADY_ASSIGNED: 'rule',
  PROPOSAL_CLOSED: 'rule',
  EQUALITY_IMPACT_ASSESSMENT_ALREADY_RECORDED: 'rule',
  EQUALITY_IMPACTS_INCOMPLETE: 'validation',
  EQUALITY_MITIGATION_REQUIRED: 'validation',
  PROPOSAL_ALREADY_IN_DELIVERY: 'rule',
  PROPOSAL_LEAD_REQUIRED: 'rule',
  PROPOSAL_ALREADY_CLOSED: 'rule',

  // business case
  BUSINESS_CASE_NOT_FOUND: 'not-found',
  BUSINESS_CASE_AWAITING_SCRUTINY: 'rule',
  BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE: 'rule',
  BUSINESS_CASE_NOT_AWAITING_SCRUTINY: 'rule',
  BUSINESS_CASE_VERSION_STALE: 'rule',
  BUSINESS_CASE_COMMENTS_REQUIRED: 'validation',

  // benefit
  BENEFIT_NOT_PLANNED: 'not-found',
  BENEFIT_ALREADY_PLANNED: 'rule',
  BENEFIT_CASH_UNIT_REQUIRED: 'validation',
  BENEFIT_CASH_MUST_BE_QUANTITATIVE: 'validation',
  BENEFIT_PERIOD_NOT_SCHEDULED: 'rule',
  BENEFIT_SCHEDULE_MIXED_PERIODS: 'validation',
  BENEFIT_PERIOD_ALREADY_REPORTED: 'rule',
  BENEFIT_PERIOD_NOT_REPORTED: 'rule',
  BENEFIT_REPORTED_PERIOD_REMOVED: 'rule',
  BENEFIT_CORRECTION_UNCHANGED: 'rule',

  // delivery plan
  MILESTONE_NOT_FOUND: 'not-found',
  MILESTONE_ALREADY_PLANNED: 'rule',
  MILESTONE_PREDECESSOR_UNKNOWN: 'validation',
  MILESTONE_DEPENDS_ON_ITSELF: 'rule',
  MILESTONE_DEPENDENCY_CYCLE: 'rule',
  MILESTONE_ALREADY_ACHIEVED: 'rule',
  MILESTONE_FORECAST_UNCHANGED: 'rule',
  MILESTONE_PREDECESSOR_NOT_ACHIEVED: 'rule',
  MILESTONE_DEPENDENCIES_UNCHANGED: 'rule',

  // risk
  RISK_NOT_FOUND: 'not-found',
  RISK_ALREADY_RAISED: 'rule',
  RISK_SCORE_OUT_OF_RANGE: 'validation',
  RISK_RESPONSE_NOT_FOR_KIND: 'validation',
  RISK_ALREADY_CLOSED: 'rule',
  RISK_ASSESSMENT_UNCHANGED: 'rule',

  // oversight: meetings, actions, issues, reporting duties
  MEETING_NOT_FOUND: 'not-found',
  MEETING_ALREADY_SCHEDULED: 'rule',
  MEETING_ALREADY_HELD: 'rule',
  MEETING_OF_ANOTHER_FORUM: 'validation',
  AGENDA_ITEM_ALREADY_ADDED: 'rule',
  AGENDA_ITEM_PROPOSAL_REQUIRED: 'validation',
  ACTION_NOT_FOUND: 'not-found',
  ACTION_ALREADY_RAISED: 'rule',
  ACTION_ALREADY_CLOSED: 'rule',
  ACTION_DUE_REQUIRED: 'validation',
  ACTION_CONDITION_REQUIRED: 'validation',
  ISSUE_NOT_FOUND: 'not-found',
  ISSUE_ALREADY_RAISED: 'rule',
  ISSUE_ALREADY_RESOLVED: 'rule',
  ISSUE_ALREADY_ESCALATED: 'rule',
  ISSUE_RISK_CLOSED: 'rule',
  REPORTING_DUTY_NOT_FOUND: 'not-found',
  REPORTING_DUTY_ALREADY_SET: 'rule',
  REPORTING_DUTY_DATES_INVALID: 'validation',
  REPORT_PERIOD_NOT_DUE: 'rule',
  REPORT_ALREADY_RECEIVED: 'rule',

  // decision log
  DECISION_ALREADY_RECORDED: 'rule',
  SUPERSEDED_DECISION_UNKNOWN: 'validation',
  DECISION_ALREADY_SUPERSEDED: 'rule',
  DECISION_CONDITIONS_REQUIRED: 'validation',
  DECISION_CONDITIONS_NOT_EXPECTED: 'validation',
  DECISION_EVIDENCE_NOT_FOUND: 'validation',

  // user
  USER_NOT_FOUND: 'not-found',
  USER_ALREADY_REGISTERED: 'rule',
  USER_DEACTIVATED: 'rule',
  USER_ALREADY_DEACTIVATED: 'rule',
  USER_ROLE_UNCHANGED: 'rule',
  USER_PERSON_ID_REQUIRED: 'validation',

  // strategy (a plan and its priorities)
  PLAN_NOT_FOUND: 'not-found',
  PLAN_ALREADY_DEFINED: 'rule',
  PRIORITY_NOT_FOUND: 'not-found',
  PRIORITY_ALREADY_DEFINED: 'rule',
  PRIORITY_RETIRED: 'rule',
  PRIORITY_WORDING_UNCHANGED: 'rule',
  PRIORITY_MERGE_TARGET_INVALID: 'rule',

  // objective (its indicators, targets and actuals)
  OBJECTIVE_NOT_FOUND: 'not-found',
  INVALID_NUMBER: 'validation',
  OBJECTIVE_ALREADY_DEFINED: 'rule',
  OBJECTIVE_PLAN_MISMATCH: 'validation',
  ACCOUNTABILITY_UNCHANGED: 'rule',
  INDICATOR_NOT_FOUND: 'not-found',
  INDICATOR_ALREADY_DEFINED: 'rule',
  PERIOD_OUTSIDE_PLAN: 'rule',
  TARGET_UNCHANGED: 'rule',
  ACTUAL_ALREADY_REPORTED: 'rule',
  ACTUAL_NOT_REPORTED: 'rule',
  ACTUAL_CORRECTION_UNCHANGED: 'rule',

  // people
  PERSON_NOT_FOUND: 'not-found',
  PERSON_ALREADY_RECORDED: 'rule',
  /** A person field names nobody in the people directory (a typo'd id). */
  UNKNOWN_PERSON: 'validation',

  // a proposal's aims and the objectives it serves
  PROPOSAL_AIMS_UNCHANGED: 'rule',
  BENEFIT_OBJECTIVES_UNCHANGED: 'rule',
  OBJECTIVE_OF_ANOTHER_PROGRAMME: 'validation',

  // funding
  FUNDING_LINE_NOT_FOUND: 'not-found',
  FUNDING_LINE_ALREADY_RECORDED: 'rule',
  FUNDING_SOURCE_REQUIRED: 'validation',
  FUNDING_SOURCE_NOT_EXPECTED: 'validation',
  FUNDING_AMOUNT_UNCHANGED: 'rule',
} as const satisfies Record<string, DomainErrorKind>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_CODES;

/** A command the domain refused. `field` names the offending command field, when there is one. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A business rule refused the command given the current state (HTTP 409). */
export class BusinessRuleViolation extends DomainError {}

/** The aggregate the command addresses does not exist (HTTP 404). */
export class AggregateNotFound extends DomainError {}

/** A value in the command is invalid (HTTP 400). */
export class InvalidCommand extends DomainError {}

/** Builds the error for `code`, choosing the class from the code's kind. */
export function domainError(code: DomainErrorCode, message: string, field?: string): DomainError {
  const kind = DOMAIN_ERROR_CODES[code];
  switch (kind) {
    case 'rule':
      return new BusinessRuleViolation(code, kind, message, field);
    case 'not-found':
      return new AggregateNotFound(code, kind, message, field);
    case 'validation':
      return new InvalidCommand(code, kind, message, field);
  }
}

/** Throws the error for `code`. */
export function fail(code: DomainErrorCode, message: string, field?: string): never {
  throw domainError(code, message, field);
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
