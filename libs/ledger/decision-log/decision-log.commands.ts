import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { DecisionRecorded } from './decision-log.events';

export type RecordDecision = DomainCommand<'RecordDecision', CommandData<DecisionRecorded['data'], never, 'proposalId' | 'conditions' | 'evidence' | 'supersedesDecisionId'>>;

export type DecisionLogCommand = RecordDecision;
