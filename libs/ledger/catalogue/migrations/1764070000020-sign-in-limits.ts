import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operational tables of sign-in, not read models (no projection writes them):
 * - `rate_limit_counters`: fixed-window counters (one row per key) shared by every API replica (sign-in limits
 *   per address and per user name today; any per-key limit later);
 * - `sign_in_unknown_user_failures`: refused sign-ins of user names nobody has, counted per
 *   hour. The typed name is never kept: it may be a password typed in the wrong box.
 */
export class SignInLimits1764070000020 implements MigrationInterface {
  name = 'SignInLimits1764070000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE rate_limit_counters (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  hits integer NOT NULL
);
CREATE INDEX rate_limit_counters_window_end ON rate_limit_counters (window_end);
CREATE TABLE sign_in_unknown_user_failures (
  period_start timestamptz PRIMARY KEY,
  failures integer NOT NULL
);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rate_limit_counters; DROP TABLE IF EXISTS sign_in_unknown_user_failures`);
  }
}
