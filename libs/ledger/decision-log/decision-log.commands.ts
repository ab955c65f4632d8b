import type { CommandData, DomainCommand, FollowUpRequest, MeetingTakenAt } from '@ledger/kernel';
import type { DecisionRecorded } from './decision-log.events';

export type RecordDecision = DomainCommand<'RecordDecision', CommandData<DecisionRecorded['data'], 'meetingId' | 'followUp', 'proposalId' | 'conditions' | 'evidence' | 'supersedesDecisionId'> & { atMeeting?: MeetingTakenAt | null; followUp?: FollowUpRequest | null }>;

export type DecisionLogCommand = RecordDecision;
