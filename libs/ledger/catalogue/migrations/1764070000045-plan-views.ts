import type { MigrationInterface, QueryRunner } from 'typeorm';
import { docViewTable } from './doc-view';

/** The plan the programme serves: plans, objectives (with indicators), the programme's funding. */
export class PlanViews1764070000045 implements MigrationInterface {
  name = 'PlanViews1764070000045';

  async up(q: QueryRunner): Promise<void> {
    await q.query(docViewTable('plan_view', `programme_id text GENERATED ALWAYS AS (doc->>'programmeId') STORED`));
    await q.query(`CREATE INDEX plan_view_programme ON plan_view (programme_id, id)`);
    await q.query(docViewTable('objective_view', `plan_id text GENERATED ALWAYS AS (doc->>'planId') STORED,
  programme_id text GENERATED ALWAYS AS (doc->>'programmeId') STORED`));
    await q.query(`CREATE INDEX objective_view_plan ON objective_view (plan_id, id)`);
    await q.query(docViewTable('funding_view', ''));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['funding_view', 'objective_view', 'plan_view']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
