import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "As at" reads a programme's streams straight from the event log. A stream's
 * first event names its programme; this partial index finds them without a scan.
 *
 * Only where the event store is PostgreSQL in this database: with another engine
 * (EVENT_STORE_ENGINE=kurrentdb) there is no events table here, and nothing to index.
 */
export class ProgrammeStreamsIndex1764070000001 implements MigrationInterface {
  name = 'ProgrammeStreamsIndex1764070000001';

  async up(q: QueryRunner): Promise<void> {
    const [{ present }]: { present: boolean }[] = await q.query(`SELECT to_regclass('events') IS NOT NULL AS present`);
    if (!present) return;
    await q.query(`CREATE INDEX IF NOT EXISTS events_first_event_programme ON events ((data->>'programmeId')) WHERE stream_version = 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS events_first_event_programme`);
  }
}
