import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BenefitRow } from '@ledger/benefit';
import type { DecisionRow } from '@ledger/decision-log';
import type { MilestoneRow } from '@ledger/delivery-plan';
import type { ProgrammeRow } from '@ledger/programme';
import type { ProposalRow } from '@ledger/proposal';
import type { RiskRow } from '@ledger/risk';
import type { UserRow } from '@ledger/user';

const bigint = { type: 'bigint' as const, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } };
const generated = { type: 'text' as const, insert: false, update: false, nullable: true };

@Entity('programme_view')
export class ProgrammeViewEntity {
  @PrimaryColumn('text') id: string;
  @Column('jsonb') doc: ProgrammeRow;
  @Column({ ...bigint, name: 'last_position' }) lastPosition: number;
}

@Entity('proposal_view')
export class ProposalViewEntity {
  @PrimaryColumn('text') id: string;
  @Column('jsonb') doc: ProposalRow;
  @Column({ ...bigint, name: 'last_position' }) lastPosition: number;
  @Column({ ...generated, name: 'programme_id' }) programmeId: string;
  @Column({ ...generated }) status: string;
  @Column({ ...generated }) title: string;
  @Column({ ...generated, name: 'lead_id' }) leadId: string | null;
}

@Entity('benefit_view')
export class BenefitViewEntity {
  @PrimaryColumn('text') id: string;
  @Column('jsonb') doc: BenefitRow;
  @Column({ ...bigint, name: 'last_position' }) lastPosition: number;
  @Column({ ...generated, name: 'programme_id' }) programmeId: string;
  @Column({ ...generated, name: 'proposal_id' }) proposalId: string | null;
}

@Entity('milestone_view')
export class MilestoneViewEntity {
  @PrimaryColumn('text') id: string;
  @Column('jsonb') doc: MilestoneRow;
  @Column({ ...bigint, name: 'last_position' }) lastPosition: number;
  @Column({ ...generated, name: 'programme_id' }) programmeId: string;
  @Column({ ...generated, name: 'proposal_id' }) proposalId: string | null;
}

@Entity('risk_view')
export class RiskViewEntity {
  @PrimaryColumn('text') id: string;
  @Column('jsonb') doc: RiskRow;
  @Column({ ...bigint, name: 'last_position' }) lastPosition: number;
  @Column({ ...generated, name: 'programme_id' }) programmeId: string;
  @Column({ ...generated, name: 'proposal_id' }) proposalId: string | null;
  @Column({ ...generated }) status: string;
  @Column({ type: 'integer', insert: false, update: false, nullable: true }) score: number;
}

@Entity('decision_view')
export class DecisionViewEntity {
  @PrimaryColumn('text') id: string;
  @Column('jsonb') doc: DecisionRow;
  @Column({ ...bigint, name: 'last_position' }) lastPosition: number;
  @Column({ ...generated, name: 'programme_id' }) programmeId: string;
  @Column({ ...generated, name: 'proposal_id' }) proposalId: string | null;
  @Column({ ...generated, name: 'decision_date' }) decisionDate: string;
}

@Entity('audit_history')
export class AuditHistoryEntity {
  @PrimaryColumn({ ...bigint, name: 'global_position' }) globalPosition: number;
  @Column({ type: 'text', name: 'transaction_id' }) transactionId: string;
  @Column({ type: 'text', name: 'stream_id' }) streamId: string;
  @Column({ ...bigint, name: 'stream_version' }) streamVersion: number;
  @Column({ type: 'uuid', name: 'event_id' }) eventId: string;
  @Column({ type: 'text', name: 'event_type' }) eventType: string;
  @Column({ type: 'timestamptz', name: 'recorded_at' }) recordedAt: Date;
  @Column({ type: 'date', name: 'effective_date', nullable: true }) effectiveDate: string | null;
  @Column({ type: 'text', name: 'actor_id' }) actorId: string;
  @Column({ type: 'text', name: 'actor_role' }) actorRole: string;
  @Column({ type: 'text', name: 'actor_name', nullable: true }) actorName: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'text', name: 'correlation_id', nullable: true }) correlationId: string | null;
  @Column({ type: 'text', name: 'programme_id', nullable: true }) programmeId: string | null;
  @Column({ type: 'text', name: 'proposal_id', nullable: true }) proposalId: string | null;
  @Column('text') sentence: string;
}

@Entity('user_view')
export class UserViewEntity {
  @PrimaryColumn('text') id: string;
  @Column('jsonb') doc: UserRow;
  @Column({ ...bigint, name: 'last_position' }) lastPosition: number;
  @Column({ ...generated }) role: string;
}

export const READ_MODEL_ENTITIES = [
  ProgrammeViewEntity,
  ProposalViewEntity,
  BenefitViewEntity,
  MilestoneViewEntity,
  RiskViewEntity,
  DecisionViewEntity,
  AuditHistoryEntity,
  UserViewEntity,
];
