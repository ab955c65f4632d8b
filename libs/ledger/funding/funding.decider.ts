import { assertFinancialYear, assertPence, deciderOf, fail, optionalId, type Pence, requireId, requireOneOf, requireReason, requireText } from '@ledger/kernel';
import type { FundingCommand, RecordFundingLine, ReviseFundingLine } from './funding.commands';
import { FUNDING_LINE_KINDS, FUNDING_SOURCES, type FundingEvent } from './funding.events';

export type FundingState = {
  readonly programmeId: string | null;
  readonly lines: Readonly<Record<string, Pence>>;
};

export const initialFundingState = (): FundingState => ({ programmeId: null, lines: {} });

export function recordFundingLine(command: RecordFundingLine, state: FundingState): FundingEvent[] {
  const { data } = command;
  const lineId = requireId(data.lineId, 'lineId');
  const kind = requireOneOf(data.kind, FUNDING_LINE_KINDS, 'kind');
  const sourceGiven = data.source === undefined || data.source === null ? null : requireOneOf(data.source, FUNDING_SOURCES, 'source');
  if (kind === 'resource' && sourceGiven === null) fail('FUNDING_SOURCE_REQUIRED', 'A resource says where it comes from', 'source');
  if (kind !== 'resource' && sourceGiven !== null) fail('FUNDING_SOURCE_NOT_EXPECTED', `A ${kind} line has no source`, 'source');
  const event = {
    programmeId: requireId(data.programmeId, 'programmeId'),
    lineId,
    year: assertFinancialYear(data.year, 'year'),
    kind,
    source: sourceGiven,
    label: requireText(data.label, 'label'),
    amountPence: assertPence(data.amountPence, 'amountPence'),
    proposalId: optionalId(data.proposalId, 'proposalId'),
  };
  if (state.lines[lineId] !== undefined) fail('FUNDING_LINE_ALREADY_RECORDED', `Line ${lineId} is already recorded: revise it`, 'lineId');
  return [{ type: 'FundingLineRecorded', data: event }];
}

export function reviseFundingLine(command: ReviseFundingLine, state: FundingState): FundingEvent[] {
  const { data } = command;
  const lineId = requireId(data.lineId, 'lineId');
  const amountPence = assertPence(data.amountPence, 'amountPence');
  const reason = requireReason(data.reason);
  const previousAmountPence = state.lines[lineId];
  if (state.programmeId === null || previousAmountPence === undefined) fail('FUNDING_LINE_NOT_FOUND', `Line ${lineId} has not been recorded`, 'lineId');
  if (previousAmountPence === amountPence) fail('FUNDING_AMOUNT_UNCHANGED', `Line ${lineId} is already ${amountPence} pence`, 'amountPence');
  return [{ type: 'FundingLineRevised', data: { programmeId: state.programmeId, lineId, amountPence, previousAmountPence, reason } }];
}

/** A recorded or revised line: its latest amount. */
function withLine(state: FundingState, event: FundingEvent): FundingState {
  return { programmeId: event.data.programmeId, lines: { ...state.lines, [event.data.lineId]: event.data.amountPence } };
}

export const fundingDecider = deciderOf<FundingCommand, FundingEvent, FundingState>({
  initialState: initialFundingState,
  evolve: {
    FundingLineRecorded: withLine,
    FundingLineRevised: withLine,
  },
  decide: {
    RecordFundingLine: recordFundingLine,
    ReviseFundingLine: reviseFundingLine,
  },
});
