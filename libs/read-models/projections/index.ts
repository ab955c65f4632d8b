import { AuditChainProjection } from '../audit-chain/audit-chain.projection';
import { rowProjection, type Projection } from '../projection';
import { AuditHistoryProjection } from './audit-history.projection';
import { benefitProjection } from './benefit.projection';
import { decisionProjection } from './decision.projection';
import { milestoneProjection } from './milestone.projection';
import { programmeProjection } from './programme.projection';
import { proposalProjection } from './proposal.projection';
import { riskProjection } from './risk.projection';
import { userProjection } from './user.projection';

/** The row projections, each a pure evolve(row, event): also folded in memory for "as at". */
export const ROW_PROJECTIONS = {
  programmes: programmeProjection,
  proposals: proposalProjection,
  benefits: benefitProjection,
  milestones: milestoneProjection,
  risks: riskProjection,
  decisions: decisionProjection,
  users: userProjection,
} as const;

/** Every projection the projector runs (a fresh set per runner: the audit one caches labels). */
export function allProjections(): Projection[] {
  return [...Object.values(ROW_PROJECTIONS).map((d) => rowProjection(d as never)), new AuditHistoryProjection(), new AuditChainProjection()];
}

export * from './audit-history.projection';
export * from './benefit.projection';
export * from './decision.projection';
export * from './milestone.projection';
export * from './programme.projection';
export * from './proposal.projection';
export * from './risk.projection';
export * from './user.projection';
