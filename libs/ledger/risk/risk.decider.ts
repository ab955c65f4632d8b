import { assertCalendarDate, assertNotBefore, type CalendarDate, deciderOf, fail, optionalId, requireId, requireOneOf, requireReason, requireText, requireTextList } from '@ledger/kernel';
import type { CloseRisk, RaiseRisk, ReassessRisk, RiskCommand } from './risk.commands';
import { RISK_CATEGORIES, RISK_KINDS, RISK_RESPONSES, RISK_RESPONSES_BY_KIND, type RiskEvent, type RiskReassessed } from './risk.events';

export type RiskState = {
  /** null until the risk is raised. */
  readonly riskId: string | null;
  readonly open: boolean;
  readonly raisedOn: CalendarDate | null;
  readonly likelihood: number;
  readonly impact: number;
  readonly residualLikelihood: number;
  readonly residualImpact: number;
};

export const initialRiskState = (): RiskState => ({
  riskId: null,
  open: false,
  raisedOn: null,
  likelihood: 0,
  impact: 0,
  residualLikelihood: 0,
  residualImpact: 0,
});

/** Likelihood and impact are whole numbers on a 1-5 scale. */
function requireRating(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) fail('RISK_SCORE_OUT_OF_RANGE', `${field} must be a whole number from 1 to 5`, field);
  return value;
}

type Scores = Pick<RiskReassessed['data'], 'likelihood' | 'impact' | 'score' | 'residualLikelihood' | 'residualImpact' | 'residualScore'>;

function requireScores(data: {
  likelihood: unknown;
  impact: unknown;
  residualLikelihood: unknown;
  residualImpact: unknown;
}): Scores {
  const likelihood = requireRating(data.likelihood, 'likelihood');
  const impact = requireRating(data.impact, 'impact');
  const residualLikelihood = requireRating(data.residualLikelihood, 'residualLikelihood');
  const residualImpact = requireRating(data.residualImpact, 'residualImpact');
  return {
    likelihood,
    impact,
    score: likelihood * impact,
    residualLikelihood,
    residualImpact,
    residualScore: residualLikelihood * residualImpact,
  };
}

function requireOpen(state: RiskState): { riskId: string; raisedOn: CalendarDate } {
  if (state.riskId === null || state.raisedOn === null)
    fail('RISK_NOT_FOUND', 'The risk has not been raised');
  if (!state.open) fail('RISK_ALREADY_CLOSED', `Risk ${state.riskId} is closed`);
  return { riskId: state.riskId, raisedOn: state.raisedOn };
}

export function raiseRisk(command: RaiseRisk, state: RiskState): RiskEvent[] {
  const { data } = command;
  if (state.riskId !== null)
    fail('RISK_ALREADY_RAISED', `Risk ${state.riskId} is already raised`, 'riskId');
  const kind = requireOneOf(data.kind, RISK_KINDS, 'kind');
  const response = requireOneOf(data.response, RISK_RESPONSES, 'response');
  if (!RISK_RESPONSES_BY_KIND[kind].includes(response)) fail('RISK_RESPONSE_NOT_FOR_KIND', `'${response}' is not a response to a ${kind}`, 'response');
  return [
    {
      type: 'RiskRaised',
      data: {
        riskId: requireId(data.riskId, 'riskId'),
        programmeId: requireId(data.programmeId, 'programmeId'),
        proposalId: optionalId(data.proposalId, 'proposalId'),
        kind,
        category: requireOneOf(data.category, RISK_CATEGORIES, 'category'),
        title: requireText(data.title, 'title'),
        cause: requireText(data.cause, 'cause'),
        event: requireText(data.event, 'event'),
        effect: requireText(data.effect, 'effect'),
        ownerName: requireText(data.ownerName, 'ownerName'),
        ...requireScores(data),
        proximity: requireText(data.proximity, 'proximity'),
        response,
        actions: requireTextList(data.actions ?? [], 'actions'),
        raisedOn: assertCalendarDate(data.raisedOn, 'raisedOn'),
      },
    },
  ];
}

export function reassessRisk(command: ReassessRisk, state: RiskState): RiskEvent[] {
  const { data } = command;
  const scores = requireScores(data);
  const reason = requireReason(data.reason);
  const reassessedOn = assertCalendarDate(data.reassessedOn, 'reassessedOn');
  const { riskId, raisedOn } = requireOpen(state);
  assertNotBefore(reassessedOn, raisedOn, 'reassessedOn', 'the day the risk was raised');
  if (
    scores.likelihood === state.likelihood &&
    scores.impact === state.impact &&
    scores.residualLikelihood === state.residualLikelihood &&
    scores.residualImpact === state.residualImpact
  ) {
    fail('RISK_ASSESSMENT_UNCHANGED', 'The reassessment changes none of the ratings', 'likelihood');
  }
  return [
    {
      type: 'RiskReassessed',
      data: {
        riskId,
        ...scores,
        previousScore: state.likelihood * state.impact,
        previousResidualScore: state.residualLikelihood * state.residualImpact,
        reason,
        reassessedOn,
      },
    },
  ];
}

export function closeRisk(command: CloseRisk, state: RiskState): RiskEvent[] {
  const reason = requireReason(command.data.reason);
  const closedOn = assertCalendarDate(command.data.closedOn, 'closedOn');
  const { riskId, raisedOn } = requireOpen(state);
  assertNotBefore(closedOn, raisedOn, 'closedOn', 'the day the risk was raised');
  return [{ type: 'RiskClosed', data: { riskId, reason, closedOn } }];
}

/** The scores a raise or a re-assessment leaves on the risk. */
function assessed(state: RiskState, event: Extract<RiskEvent, { type: 'RiskRaised' | 'RiskReassessed' }>): RiskState {
  const { likelihood, impact, residualLikelihood, residualImpact } = event.data;
  return { ...state, likelihood, impact, residualLikelihood, residualImpact };
}

export const riskDecider = deciderOf<RiskCommand, RiskEvent, RiskState>({
  initialState: initialRiskState,
  evolve: {
    RiskRaised: (state, event) => ({ ...assessed(state, event), riskId: event.data.riskId, open: true, raisedOn: event.data.raisedOn }),
    RiskReassessed: assessed,
    RiskClosed: (state) => ({ ...state, open: false }),
  },
  decide: {
    RaiseRisk: raiseRisk,
    ReassessRisk: reassessRisk,
    CloseRisk: closeRisk,
  },
});
