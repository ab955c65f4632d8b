import type { CommandData, DomainCommand, FollowUpRequest, MeetingTakenAt, Pence } from '@ledger/kernel';
import type { ProposalStatus } from '@ledger/proposal';
import type { BusinessCaseApproved, BusinessCaseReturned, BusinessCaseSubmitted } from './business-case.events';

/** What the handler reads from the proposal stream. */
export type SubmitBusinessCaseContext = {
  /** The proposal's status, or null when the proposal does not exist. */
  proposalStatus: ProposalStatus | null;
};

export type SubmitBusinessCase = DomainCommand<
  'SubmitBusinessCase',
  CommandData<BusinessCaseSubmitted['data'], 'version' | 'anticipatedBenefits'> & {
    anticipatedBenefits: { description: string; amountPence?: Pence | null }[];
  }
> & { readonly context: SubmitBusinessCaseContext };

/** Scrutiny names the version it read, so a decision on a superseded version is refused. */
export type ApproveBusinessCase = DomainCommand<'ApproveBusinessCase', CommandData<BusinessCaseApproved['data'], 'proposalId' | 'stage' | 'forum' | 'meetingId' | 'followUp', 'conditions'> & { atMeeting?: MeetingTakenAt | null; followUp?: FollowUpRequest | null }>;

export type ReturnBusinessCase = DomainCommand<'ReturnBusinessCase', CommandData<BusinessCaseReturned['data'], 'proposalId' | 'stage' | 'forum' | 'meetingId'> & { atMeeting?: MeetingTakenAt | null }>;

export type BusinessCaseCommand = SubmitBusinessCase | ApproveBusinessCase | ReturnBusinessCase;
