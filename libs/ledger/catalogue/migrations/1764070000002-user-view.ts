import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The users administrators list (GET /users); sign-in itself reads the user's stream. */
export class UserView1764070000002 implements MigrationInterface {
  name = 'UserView1764070000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE user_view (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  last_position bigint NOT NULL,
  role text GENERATED ALWAYS AS (doc->>'role') STORED
);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS user_view`);
  }
}
