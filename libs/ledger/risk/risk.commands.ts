import type { CalendarDate, DomainCommand } from '@ledger/kernel';
import type { RiskCategory, RiskKind, RiskResponse } from './risk.events';

export type RaiseRisk = DomainCommand<
  'RaiseRisk',
  {
    riskId: string;
    programmeId: string;
    proposalId?: string | null;
    kind: RiskKind;
    category: RiskCategory;
    title: string;
    cause: string;
    event: string;
    effect: string;
    ownerName: string;
    likelihood: number;
    impact: number;
    proximity: string;
    response: RiskResponse;
    actions?: string[];
    residualLikelihood: number;
    residualImpact: number;
    raisedOn: CalendarDate;
  }
>;

export type ReassessRisk = DomainCommand<
  'ReassessRisk',
  {
    likelihood: number;
    impact: number;
    residualLikelihood: number;
    residualImpact: number;
    reason: string;
    reassessedOn: CalendarDate;
  }
>;

export type CloseRisk = DomainCommand<'CloseRisk', { reason: string; closedOn: CalendarDate }>;

export type RiskCommand = RaiseRisk | ReassessRisk | CloseRisk;
