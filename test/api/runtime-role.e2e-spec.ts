import { Client } from 'pg';
import { as, createTestApp, TEST_RUNTIME_ROLE, type TestApp } from '../support/app';

/**
 * The API connects as a role that is not a superuser and owns nothing: whatever goes wrong
 * in the app, it cannot rewrite an event, nor switch off the triggers that refuse that.
 */
describe('the database role the API runs as', () => {
  let t: TestApp;
  let runtime: Client;
  let owner: Client;
  let position = 0;
  const READ_AND_APPEND = { SELECT: true, INSERT: true, UPDATE: false, DELETE: false, TRUNCATE: false };
  const privilegesOn = async (table: string) => {
    const { rows } = await runtime.query(
      `SELECT p AS privilege, has_table_privilege(current_user, $1::regclass, p) AS granted
         FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p`,
      [table],
    );
    return Object.fromEntries(rows.map((r) => [r.privilege, r.granted]));
  };
  const eventCount = async () => Number((await owner.query('SELECT count(*) AS n FROM events')).rows[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    position = (await t.http.post('/programmes').set(as()).send({ programmeId: 'role-check', name: 'N', mission: 'M', source: { document: 'D' } }).expect(201)).body.position;
    runtime = new Client({ connectionString: t.runtimeUrl });
    owner = new Client({ connectionString: t.databaseUrl });
    await runtime.connect();
    await owner.connect();
  });
  afterAll(async () => {
    await runtime?.end();
    await owner?.end();
    await t?.close();
  });

  it('is the restricted role, not a superuser, and owns no table', async () => {
    const { rows } = await runtime.query(
      `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({ name: TEST_RUNTIME_ROLE, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = await runtime.query(`SELECT tablename FROM pg_tables WHERE tableowner = current_user`);
    expect(owned.rows).toEqual([]);
  });

  it('can read and append events (the API works through it)', async () => {
    expect((await runtime.query('SELECT count(*) AS n FROM events')).rows[0].n).not.toBe('0');
    expect(await privilegesOn('events')).toEqual(READ_AND_APPEND);
  });

  it('cannot UPDATE, DELETE or TRUNCATE events, and the log is unchanged', async () => {
    const before = await owner.query('SELECT global_position, data FROM events ORDER BY global_position');
    await expect(runtime.query(`UPDATE events SET data = '{"rewritten": true}'`)).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('DELETE FROM events')).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('TRUNCATE events')).rejects.toMatchObject({ code: '42501' });
    expect((await owner.query('SELECT global_position, data FROM events ORDER BY global_position')).rows).toEqual(before.rows);
  });

  it('cannot disable the triggers on events, drop them, or take the table over', async () => {
    const n = await eventCount();
    await expect(runtime.query('ALTER TABLE events DISABLE TRIGGER events_no_update_delete')).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('ALTER TABLE events DISABLE TRIGGER ALL')).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('DROP TRIGGER events_no_update_delete ON events')).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query(`ALTER TABLE events OWNER TO ${TEST_RUNTIME_ROLE}`)).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query(`SET session_replication_role = replica`)).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('CREATE TABLE sneaky (x int)')).rejects.toMatchObject({ code: '42501' });
    const triggers = await owner.query(`SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'events'::regclass AND NOT tgisinternal ORDER BY tgname`);
    expect(triggers.rows).toEqual([
      { tgname: 'events_no_truncate', tgenabled: 'O' },
      { tgname: 'events_no_update_delete', tgenabled: 'O' },
    ]);
    expect(await eventCount()).toBe(n);
  });

  it('can record signed tree heads but never UPDATE, DELETE or TRUNCATE one; the owner neither (a trigger)', async () => {
    const office = as('programme-office', 'po-role', 'Pat Office');
    const head = (await t.http.get('/audit/log/head').set(office).query({ waitForPosition: position }).expect(200)).body;
    expect(await privilegesOn('merkle_heads')).toEqual(READ_AND_APPEND);
    const heads = () => owner.query('SELECT * FROM merkle_heads ORDER BY tree_size');
    const before = (await heads()).rows;
    expect(before).toEqual([expect.objectContaining({ tree_size: String(head.treeSize), root_hash: head.rootHash, signature: head.signature })]);
    const forged = `UPDATE merkle_heads SET root_hash = '${'0'.repeat(64)}'`;
    await expect(runtime.query(forged)).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('DELETE FROM merkle_heads')).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('TRUNCATE merkle_heads')).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query('ALTER TABLE merkle_heads DISABLE TRIGGER merkle_heads_immutable')).rejects.toMatchObject({ code: '42501' });
    // The owner holds every privilege: the trigger refuses it all the same.
    await expect(owner.query(forged)).rejects.toThrow(/signed tree heads are immutable: UPDATE refused/);
    await expect(owner.query('DELETE FROM merkle_heads')).rejects.toThrow(/signed tree heads are immutable: DELETE refused/);
    await expect(owner.query('TRUNCATE merkle_heads')).rejects.toThrow(/signed tree heads are immutable: TRUNCATE refused/);
    expect((await heads()).rows).toEqual(before);
    // Asked again for the same size: the same recorded head, not a new signature.
    expect((await t.http.get('/audit/log/head').set(office).query({ size: head.treeSize }).expect(200)).body).toEqual(head);
  });

  it('can only read the migration bookkeeping', async () => {
    await expect(runtime.query(`DELETE FROM event_store_migrations`)).rejects.toMatchObject({ code: '42501' });
    await expect(runtime.query(`INSERT INTO read_model_migrations (timestamp, name) VALUES (1, 'x')`)).rejects.toMatchObject({ code: '42501' });
  });
});
