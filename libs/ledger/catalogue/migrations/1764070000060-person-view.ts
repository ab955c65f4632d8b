import type { MigrationInterface, QueryRunner } from 'typeorm';
import { docViewTable } from './doc-view';

/** The people directory (GET /people, and the check of every person field). */
export class PersonView1764070000060 implements MigrationInterface {
  name = 'PersonView1764070000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(docViewTable('person_view', `name_search text GENERATED ALWAYS AS (lower(doc->>'name')) STORED`));
    await q.query(`CREATE INDEX person_view_name_search ON person_view (name_search)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS person_view`);
  }
}
