import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { RiskClosed, RiskRaised, RiskReassessed } from './risk.events';

export type RaiseRisk = DomainCommand<'RaiseRisk', CommandData<RiskRaised['data'], 'score' | 'residualScore', 'proposalId' | 'actions'>>;

export type ReassessRisk = DomainCommand<'ReassessRisk', CommandData<RiskReassessed['data'], 'riskId' | 'score' | 'residualScore' | 'previousScore' | 'previousResidualScore'>>;

export type CloseRisk = DomainCommand<'CloseRisk', CommandData<RiskClosed['data'], 'riskId'>>;

export type RiskCommand = RaiseRisk | ReassessRisk | CloseRisk;
