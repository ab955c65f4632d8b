import type { MigrationInterface, QueryRunner } from 'typeorm';
import { docViewTable } from './doc-view';

export class ReadModels1764070000000 implements MigrationInterface {
  name = 'ReadModels1764070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE projection_checkpoints (
  name text PRIMARY KEY,
  transaction_id xid8 NOT NULL DEFAULT '0',
  global_position bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_recorded_at timestamptz
);`);
    await q.query(docViewTable('programme_view', `name text GENERATED ALWAYS AS (doc->>'name') STORED`));
    await q.query(
      docViewTable(
        'proposal_view',
        `programme_id text GENERATED ALWAYS AS (doc->>'programmeId') STORED,
  status text GENERATED ALWAYS AS (doc->>'status') STORED,
  title text GENERATED ALWAYS AS (doc->>'title') STORED,
  lead_id text GENERATED ALWAYS AS (doc->'lead'->>'leadId') STORED`,
      ),
    );
    await q.query(`CREATE INDEX proposal_view_programme ON proposal_view (programme_id, status, id)`);
    await q.query(`CREATE INDEX proposal_view_lead ON proposal_view (lead_id)`);
    await q.query(
      docViewTable(
        'benefit_view',
        `programme_id text GENERATED ALWAYS AS (doc->>'programmeId') STORED,
  proposal_id text GENERATED ALWAYS AS (doc->>'proposalId') STORED`,
      ),
    );
    await q.query(`CREATE INDEX benefit_view_programme ON benefit_view (programme_id, proposal_id, id)`);
    await q.query(
      docViewTable(
        'milestone_view',
        `programme_id text GENERATED ALWAYS AS (doc->>'programmeId') STORED,
  proposal_id text GENERATED ALWAYS AS (doc->>'proposalId') STORED`,
      ),
    );
    await q.query(`CREATE INDEX milestone_view_programme ON milestone_view (programme_id, id)`);
    await q.query(
      docViewTable(
        'risk_view',
        `programme_id text GENERATED ALWAYS AS (doc->>'programmeId') STORED,
  proposal_id text GENERATED ALWAYS AS (doc->>'proposalId') STORED,
  status text GENERATED ALWAYS AS (doc->>'status') STORED,
  score integer GENERATED ALWAYS AS ((doc->>'score')::integer) STORED`,
      ),
    );
    await q.query(`CREATE INDEX risk_view_programme ON risk_view (programme_id, score DESC, id)`);
    await q.query(
      docViewTable(
        'decision_view',
        `programme_id text GENERATED ALWAYS AS (doc->>'programmeId') STORED,
  proposal_id text GENERATED ALWAYS AS (doc->>'proposalId') STORED,
  decision_date text GENERATED ALWAYS AS (doc->>'decisionDate') STORED`,
      ),
    );
    await q.query(`CREATE INDEX decision_view_programme ON decision_view (programme_id, decision_date, id)`);
    await q.query(`
CREATE TABLE audit_history (
  global_position bigint PRIMARY KEY,
  transaction_id xid8 NOT NULL,
  stream_id text NOT NULL,
  stream_version bigint NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  recorded_at timestamptz NOT NULL,
  effective_date date,
  actor_id text NOT NULL,
  actor_role text NOT NULL,
  actor_name text,
  reason text,
  correlation_id text,
  programme_id text,
  proposal_id text,
  sentence text NOT NULL
);`);
    await q.query(`CREATE INDEX audit_history_programme ON audit_history (programme_id, global_position)`);
    await q.query(`CREATE INDEX audit_history_proposal ON audit_history (proposal_id, global_position)`);
    await q.query(`CREATE INDEX audit_history_recorded ON audit_history (recorded_at)`);
    await q.query(`
CREATE TABLE audit_labels (
  key text PRIMARY KEY,
  label text NOT NULL,
  programme_id text,
  proposal_id text,
  unit text
);`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['audit_labels', 'audit_history', 'decision_view', 'risk_view', 'milestone_view', 'benefit_view', 'proposal_view', 'programme_view', 'projection_checkpoints']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
