/**
 * The read side's answers as OpenAPI schemas (components/schemas), so a generated client
 * gets types and a schema-driven tester can check bodies. Each slice declares its own
 * (`libs/ledger/<slice>/*.response.ts`, after the slices' row types: ProposalRow, BenefitRow …);
 * this is the list, in the document's order. The fuzz test validates every answer against
 * them, so a drift fails it.
 */
import type { Schema } from '@ledger/platform/http-schema';
import { AuditEntrySchema, AuditPageSchema, ChainHeadSchema, ChainVerificationSchema } from '@ledger/audit';
import { BenefitRowSchema } from '@ledger/benefit';
import { BusinessCaseVersionSchema } from '@ledger/business-case';
import { CommitteePackSchema } from '@ledger/committee';
import { DecisionRowSchema } from '@ledger/decision-log';
import { MilestoneRowSchema } from '@ledger/delivery-plan';
import { ProgrammeAsAtSchema, ProgrammeChangesSchema, ProgrammeListSchema, ProgrammeRowSchema, ProgrammeSnapshotSchema } from '@ledger/programme';
import { ProposalDetailSchema, ProposalPageSchema, ProposalRowSchema } from '@ledger/proposal';
import { RiskRowSchema } from '@ledger/risk';
import { UserListSchema } from '@ledger/user';

export const RESPONSE_SCHEMAS: Record<string, Schema> = {
  ProgrammeRow: ProgrammeRowSchema,
  ProposalRow: ProposalRowSchema,
  BenefitRow: BenefitRowSchema,
  MilestoneRow: MilestoneRowSchema,
  RiskRow: RiskRowSchema,
  DecisionRow: DecisionRowSchema,
  ProgrammeSnapshot: ProgrammeSnapshotSchema,
  AuditEntry: AuditEntrySchema,
  ProgrammeList: ProgrammeListSchema,
  ProposalPage: ProposalPageSchema,
  BusinessCaseVersion: BusinessCaseVersionSchema,
  ProposalDetail: ProposalDetailSchema,
  ProgrammeAsAt: ProgrammeAsAtSchema,
  ProgrammeChanges: ProgrammeChangesSchema,
  AuditPage: AuditPageSchema,
  ChainHead: ChainHeadSchema,
  ChainVerification: ChainVerificationSchema,
  CommitteePack: CommitteePackSchema,
  UserList: UserListSchema,
};

/** `{ $ref }` to one of RESPONSE_SCHEMAS, for @ApiOkResponse. */
export function responseSchema(name: keyof typeof RESPONSE_SCHEMAS & string): { $ref: string } {
  if (!(name in RESPONSE_SCHEMAS)) throw new Error(`no response schema ${name}`);
  return { $ref: `#/components/schemas/${name}` };
}
