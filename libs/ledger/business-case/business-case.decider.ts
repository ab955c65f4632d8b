import { assertCalendarDate, assertFinancialYear, assertNotBefore, assertPence, type CalendarDate, deciderOf, type Forum, type MeetingTakenAt, fail, forumFromText, meetingOfForum, optionalFollowUp, optionalPence, requireDistinct, requireInteger, requireList, requireObject, requireOneOf, requireText, requireTextList, requireOwnerId } from '@ledger/kernel';
import type { ApproveBusinessCase, BusinessCaseCommand, ReturnBusinessCase, SubmitBusinessCase } from './business-case.commands';
import { BUSINESS_CASE_STAGES, type AnticipatedBenefit, type BusinessCaseEvent, type BusinessCaseSections, type BusinessCaseStage, type InvestmentByYear } from './business-case.events';

export type BusinessCaseState = {
  readonly proposalId: string | null;
  /** The latest submitted version and what scrutiny made of it. */
  readonly latest: {
    readonly version: number;
    readonly stage: BusinessCaseStage;
    readonly status: 'awaiting-scrutiny' | 'approved' | 'returned';
    readonly submittedOn: CalendarDate;
  } | null;
};

export const initialBusinessCaseState = (): BusinessCaseState => ({
  proposalId: null,
  latest: null,
});

/** The stage the next submission must be: the same one after a return, the next after an approval. */
export function nextBusinessCaseStage(state: BusinessCaseState): BusinessCaseStage | null {
  const latest = state.latest;
  if (latest === null) return 'SOC';
  if (latest.status !== 'approved') return latest.stage;
  return BUSINESS_CASE_STAGES[BUSINESS_CASE_STAGES.indexOf(latest.stage) + 1] ?? null;
}

const SECTIONS: readonly (keyof BusinessCaseSections)[] = [
  'strategic',
  'economic',
  'commercial',
  'financial',
  'management',
];

function requireSections(value: unknown): BusinessCaseSections {
  const sections = requireObject(value, 'sections');
  return Object.fromEntries(
    SECTIONS.map((name) => [name, requireText(sections[name], `sections.${name}`)]),
  ) as BusinessCaseSections;
}

function requireInvestment(value: unknown): InvestmentByYear[] {
  const investment = requireList(value, 'investment').map((item, i) => {
    const entry = requireObject(item, `investment[${i}]`);
    return {
      financialYear: assertFinancialYear(entry.financialYear, `investment[${i}].financialYear`),
      amountPence: assertPence(entry.amountPence, `investment[${i}].amountPence`),
    };
  });
  requireDistinct(
    investment.map((entry) => entry.financialYear),
    'investment',
  );
  return investment;
}

function requireAnticipatedBenefits(value: unknown): AnticipatedBenefit[] {
  return requireList(value, 'anticipatedBenefits').map((item, i) => {
    const benefit = requireObject(item, `anticipatedBenefits[${i}]`);
    return {
      description: requireText(benefit.description, `anticipatedBenefits[${i}].description`),
      amountPence: optionalPence(benefit.amountPence, `anticipatedBenefits[${i}].amountPence`),
    };
  });
}

export function submitBusinessCase(command: SubmitBusinessCase, state: BusinessCaseState): BusinessCaseEvent[] {
  const { data } = command;
  const proposalId = requireOwnerId(data.proposalId, state.proposalId, 'proposalId', 'business case');
  const stage = requireOneOf(data.stage, BUSINESS_CASE_STAGES, 'stage');
  const sections = requireSections(data.sections);
  const investment = requireInvestment(data.investment);
  const wholeLifeCostPence = assertPence(data.wholeLifeCostPence, 'wholeLifeCostPence');
  const anticipatedBenefits = requireAnticipatedBenefits(data.anticipatedBenefits);
  const submittedBy = requireText(data.submittedBy, 'submittedBy');
  const submittedOn = assertCalendarDate(data.submittedOn, 'submittedOn');

  const { proposalStatus } = requireObject(command.context, 'context') as Partial<
    SubmitBusinessCase['context']
  >;
  if (!proposalStatus) fail('PROPOSAL_NOT_FOUND', `Proposal ${proposalId} does not exist`);
  if (proposalStatus !== 'agreed' && proposalStatus !== 'in-delivery') fail('PROPOSAL_NOT_AGREED', `A business case needs an agreed proposal; this one is ${proposalStatus}`);
  if (state.latest?.status === 'awaiting-scrutiny') fail('BUSINESS_CASE_AWAITING_SCRUTINY', `Version ${state.latest.version} is still awaiting scrutiny`);
  const expected = nextBusinessCaseStage(state);
  if (stage !== expected) {
    fail('BUSINESS_CASE_STAGE_OUT_OF_SEQUENCE', expected === null
        ? 'The full business case is already approved'
        : `The next submission must be the ${expected}`, 'stage');
  }
  return [
    {
      type: 'BusinessCaseSubmitted',
      data: {
        proposalId,
        stage,
        version: (state.latest?.version ?? 0) + 1,
        sections,
        investment,
        wholeLifeCostPence,
        anticipatedBenefits,
        submittedBy,
        submittedOn,
      },
    },
  ];
}

type Scrutiny = { proposalId: string; stage: BusinessCaseStage; version: number };

function requireAwaitingScrutiny(state: BusinessCaseState, version: number, decisionDate: CalendarDate): Scrutiny {
  const latest = state.latest;
  if (state.proposalId === null || latest === null) fail('BUSINESS_CASE_NOT_FOUND', 'No business case has been submitted for this proposal');
  if (latest.status !== 'awaiting-scrutiny') fail('BUSINESS_CASE_NOT_AWAITING_SCRUTINY', `Version ${latest.version} has already been ${latest.status}`);
  if (version !== latest.version) fail('BUSINESS_CASE_VERSION_STALE', `Version ${latest.version} is the one awaiting scrutiny, not ${version}`, 'version');
  assertNotBefore(
    decisionDate,
    latest.submittedOn,
    'decisionDate',
    'the day the case was submitted',
  );
  return { proposalId: state.proposalId, stage: latest.stage, version };
}

/**
 * Where scrutiny took place: the meeting named (of the forum its words name, if they name one),
 * its forum, else the forum the words name (free text before meetings were records).
 */
function scrutinyTakenAt(atMeeting: MeetingTakenAt | null | undefined, meeting: string, decisionDate: CalendarDate): { forum: Forum | null; meetingId: string | null } {
  const named = forumFromText(meeting);
  const meetingId = meetingOfForum(atMeeting, named, meeting, decisionDate);
  return { forum: atMeeting ? atMeeting.forum : named, meetingId };
}

export function approveBusinessCase(command: ApproveBusinessCase, state: BusinessCaseState): BusinessCaseEvent[] {
  const { data } = command;
  const version = requireInteger(data.version, 'version', { min: 1 });
  const conditions = requireTextList(data.conditions ?? [], 'conditions');
  const meeting = requireText(data.meeting, 'meeting');
  const decisionDate = assertCalendarDate(data.decisionDate, 'decisionDate');
  const takenAt = scrutinyTakenAt(data.atMeeting, meeting, decisionDate);
  const followUp = optionalFollowUp(data.followUp, decisionDate);
  const scrutiny = requireAwaitingScrutiny(state, version, decisionDate);
  return [
    { type: 'BusinessCaseApproved', data: { ...scrutiny, conditions, meeting, ...takenAt, decisionDate, followUp } },
  ];
}

export function returnBusinessCase(command: ReturnBusinessCase, state: BusinessCaseState): BusinessCaseEvent[] {
  const { data } = command;
  const version = requireInteger(data.version, 'version', { min: 1 });
  if (typeof data.comments !== 'string' || data.comments.trim() === '') fail('BUSINESS_CASE_COMMENTS_REQUIRED', 'A returned business case needs comments', 'comments');
  const comments = data.comments.trim();
  const meeting = requireText(data.meeting, 'meeting');
  const decisionDate = assertCalendarDate(data.decisionDate, 'decisionDate');
  const scrutiny = requireAwaitingScrutiny(state, version, decisionDate);
  return [{ type: 'BusinessCaseReturned', data: { ...scrutiny, comments, meeting, ...scrutinyTakenAt(data.atMeeting, meeting, decisionDate), decisionDate } }];
}

export const businessCaseDecider = deciderOf<BusinessCaseCommand, BusinessCaseEvent, BusinessCaseState>({
  initialState: initialBusinessCaseState,
  evolve: {
    BusinessCaseSubmitted: (state, event) => ({
      proposalId: event.data.proposalId,
      latest: {
        version: event.data.version,
        stage: event.data.stage,
        status: 'awaiting-scrutiny',
        submittedOn: event.data.submittedOn,
      },
    }),
    BusinessCaseApproved: (state) => state.latest === null
      ? state
      : { ...state, latest: { ...state.latest, status: 'approved' } },
    BusinessCaseReturned: (state) => state.latest === null
      ? state
      : { ...state, latest: { ...state.latest, status: 'returned' } },
  },
  decide: {
    SubmitBusinessCase: submitBusinessCase,
    ApproveBusinessCase: approveBusinessCase,
    ReturnBusinessCase: returnBusinessCase,
  },
});
