import type { MigrationInterface, QueryRunner } from 'typeorm';
import { docViewTable } from './doc-view';

/** The oversight loop's read models: meetings, actions, issues, reporting duties. */
export class OversightViews1764070000040 implements MigrationInterface {
  name = 'OversightViews1764070000040';

  async up(q: QueryRunner): Promise<void> {
    const view = (name: string, generated: string) => docViewTable(name, `programme_id text GENERATED ALWAYS AS (doc->>'programmeId') STORED,\n  ${generated}`);
    await q.query(view('meeting_view', `meeting_date text GENERATED ALWAYS AS (doc->>'date') STORED, status text GENERATED ALWAYS AS (doc->>'status') STORED`));
    await q.query(`CREATE INDEX meeting_view_programme ON meeting_view (programme_id, meeting_date, id)`);
    await q.query(
      view(
        'action_view',
        `status text GENERATED ALWAYS AS (doc->>'status') STORED,
  due_on text GENERATED ALWAYS AS (doc->>'dueOn') STORED,
  owner_person_id text GENERATED ALWAYS AS (doc->'owner'->>'personId') STORED`,
      ),
    );
    await q.query(`CREATE INDEX action_view_programme ON action_view (programme_id, due_on, id)`);
    await q.query(`CREATE INDEX action_view_owner ON action_view (owner_person_id, due_on, id)`);
    await q.query(view('issue_view', `status text GENERATED ALWAYS AS (doc->>'status') STORED`));
    await q.query(`CREATE INDEX issue_view_programme ON issue_view (programme_id, id)`);
    await q.query(view('reporting_duty_view', `forum text GENERATED ALWAYS AS (doc->>'forum') STORED`));
    await q.query(`CREATE INDEX reporting_duty_view_programme ON reporting_duty_view (programme_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['reporting_duty_view', 'issue_view', 'action_view', 'meeting_view']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
