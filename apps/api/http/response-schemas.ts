/**
 * The read side's answers as OpenAPI schemas (components/schemas), so a generated client
 * gets types and a schema-driven tester can check bodies. Each aggregate declares its own
 * (`apps/api/<aggregate>/*.response.ts`, after the slices' row types: ProposalRow, BenefitRow …);
 * this is the list, in the document's order. The fuzz test validates every answer against
 * them, so a drift fails it.
 */
import type { Schema } from './openapi-schema';
import { AuditEntry, AuditPage, ChainHead, ChainVerification } from '../audit/audit.response';
import { BenefitRow } from '../benefit/benefit.response';
import { BusinessCaseVersion } from '../business-case/business-case.response';
import { CommitteePack } from '../committee/committee.response';
import { DecisionRow } from '../decision-log/decision.response';
import { MilestoneRow } from '../delivery-plan/milestone.response';
import {
  ProgrammeAsAt,
  ProgrammeChanges,
  ProgrammeList,
  ProgrammeRow,
  ProgrammeSnapshot,
} from '../programme/programme.response';
import { ProposalDetail, ProposalPage, ProposalRow } from '../proposal/proposal.response';
import { RiskRow } from '../risk/risk.response';
import { UserList } from '../user/user.response';

export const RESPONSE_SCHEMAS: Record<string, Schema> = {
  ProgrammeRow,
  ProposalRow,
  BenefitRow,
  MilestoneRow,
  RiskRow,
  DecisionRow,
  ProgrammeSnapshot,
  AuditEntry,
  ProgrammeList,
  ProposalPage,
  BusinessCaseVersion,
  ProposalDetail,
  ProgrammeAsAt,
  ProgrammeChanges,
  AuditPage,
  ChainHead,
  ChainVerification,
  CommitteePack,
  UserList,
};

/** `{ $ref }` to one of RESPONSE_SCHEMAS, for @ApiOkResponse. */
export function responseSchema(name: keyof typeof RESPONSE_SCHEMAS & string): { $ref: string } {
  if (!(name in RESPONSE_SCHEMAS)) throw new Error(`no response schema ${name}`);
  return { $ref: `#/components/schemas/${name}` };
}
