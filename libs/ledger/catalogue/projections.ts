import { AuditChainProjection, AuditHistoryProjection, AuditMerkleProjection } from '@ledger/audit';
import { rowProjection, type Projection } from '@ledger/platform/projection';
import { benefitProjection } from '@ledger/benefit';
import { decisionProjection } from '@ledger/decision-log';
import { milestoneProjection } from '@ledger/delivery-plan';
import { programmeProjection } from '@ledger/programme';
import { proposalProjection } from '@ledger/proposal';
import { fundingProjection } from '@ledger/funding';
import { objectiveProjection } from '@ledger/objective';
import { planProjection } from '@ledger/strategy';
import { riskProjection } from '@ledger/risk';
import { userProjection } from '@ledger/user';
import { personProjection } from '@ledger/person';
import { meetingProjection } from '@ledger/meeting';
import { actionProjection } from '@ledger/action';
import { issueProjection } from '@ledger/issue';
import { reportingDutyProjection } from '@ledger/reporting-duty';

/** The row projections, each a pure evolve(row, event): also folded in memory for "as at". */
export const ROW_PROJECTIONS = {
  programmes: programmeProjection,
  proposals: proposalProjection,
  benefits: benefitProjection,
  milestones: milestoneProjection,
  risks: riskProjection,
  decisions: decisionProjection,
  users: userProjection,
  people: personProjection,
  meetings: meetingProjection,
  actions: actionProjection,
  issues: issueProjection,
  reportingDuties: reportingDutyProjection,
  plans: planProjection,
  objectives: objectiveProjection,
  funding: fundingProjection,
} as const;

/** Every projection the projector runs (a fresh set per runner: the audit one caches labels). */
export function allProjections(): Projection[] {
  return [...Object.values(ROW_PROJECTIONS).map((d) => rowProjection(d as never)), new AuditHistoryProjection(), new AuditChainProjection(), new AuditMerkleProjection()];
}
