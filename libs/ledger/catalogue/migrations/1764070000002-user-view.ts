import type { MigrationInterface, QueryRunner } from 'typeorm';
import { docViewTable } from './doc-view';

/** The users administrators list (GET /users); sign-in itself reads the user's stream. */
export class UserView1764070000002 implements MigrationInterface {
  name = 'UserView1764070000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(docViewTable('user_view', `role text GENERATED ALWAYS AS (doc->>'role') STORED`));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS user_view`);
  }
}
