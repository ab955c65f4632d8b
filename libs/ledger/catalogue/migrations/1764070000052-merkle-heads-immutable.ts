import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed tree heads are facts like events: committees hold them, so the database refuses to
 * change or remove one, whoever asks (the trigger), and the API's role is never granted
 * UPDATE, DELETE or TRUNCATE on them (APPEND_ONLY_READ_MODEL_TABLES). Only the owner could
 * drop the trigger: a rewritten head then still fails its signature.
 */
export class MerkleHeadsImmutable1764070000052 implements MigrationInterface {
  name = 'MerkleHeadsImmutable1764070000052';

  async up(q: QueryRunner): Promise<void> {
    // One statement-level trigger for all three (TRUNCATE has no rows): refused even when no row matches.
    await q.query(`
CREATE FUNCTION merkle_heads_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'signed tree heads are immutable: % refused on %', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER merkle_heads_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON merkle_heads
  FOR EACH STATEMENT EXECUTE FUNCTION merkle_heads_are_immutable();`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP TRIGGER IF EXISTS merkle_heads_immutable ON merkle_heads;
DROP FUNCTION IF EXISTS merkle_heads_are_immutable();`);
  }
}
