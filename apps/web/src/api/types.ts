// Names for the answers the pages use: each one derived from the generated schema.d.ts
// (npm run api:generate), none declared here, so a change to the API's document reaches
// every page through the compiler.
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type ProgrammeSnapshot = Schemas['ProgrammeSnapshot'];
export type AsAtResult = Schemas['ProgrammeAsAt'];
export type ChangesResult = Schemas['ProgrammeChanges'];
export type ProposalDetail = Schemas['ProposalDetail'];
export type Proposal = Schemas['ProposalRow'];
export type ProposalListItem = Schemas['ProposalPage']['items'][number];
export type BusinessCase = Schemas['BusinessCaseVersion'];
export type Benefit = Schemas['BenefitRow'];
export type Milestone = Schemas['MilestoneRow'];
export type Risk = Schemas['RiskRow'];
export type Decision = Schemas['DecisionRow'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditPage = Schemas['AuditPage'];
export type ChainVerification = Schemas['ChainVerification'];
export type UserListItem = Schemas['UserList']['items'][number];
/** The statuses the list of proposals filters by. */
export type ProposalStatus = NonNullable<NonNullable<paths['/proposals']['get']['parameters']['query']>['status']>;
export type Rating = NonNullable<ProposalDetail['deliveryConfidence']['self']>['rating'];
/** The plan the programme serves, its performance in a year, one objective, and the funding view. */
type Answer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never;
export type PlanList = Answer<'/programmes/{programmeId}/plans'>;
export type Plan = Answer<'/plans/{planId}'>;
export type PlanPriority = Plan['priorities'][number];
export type Performance = Answer<'/plans/{planId}/performance'>;
export type PerformanceObjective = Performance['priorities'][number]['objectives'][number];
export type PerformanceIndicator = PerformanceObjective['indicators'][number];
export type ObjectiveDetail = Answer<'/objectives/{objectiveId}'>;
export type Funding = Answer<'/programmes/{programmeId}/funding'>;
export type FundingLine = Funding['lines'][number];
