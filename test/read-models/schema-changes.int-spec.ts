import { allProjections, ledgerUpcasters, openReadModels, SCHEMA_CHANGES } from '@ledger/catalogue';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PostgresEventStore, type EventMetadata } from '@ledger/platform/event-store';
import { ProjectionRunner } from '@ledger/platform/projection';
import { type ProposalRow } from '@ledger/proposal';
import { createTestDatabase } from '../support/database';

const office: EventMetadata = { actor: { id: 'po-1', name: 'Pat Office', role: 'programme-office' }, correlationId: 'c1' };

/**
 * A real schema change (libs/ledger/catalogue/schema-changes.ts): deferrals gained a reason code
 * in v2. A v1 deferral already stored is never rewritten; every store reads it upcast,
 * and new ones are written at v2.
 */
describe('schema changes: a v1 ProposalDeferred stored before the reason code existed', () => {
  let store: PostgresEventStore;
  let db: DataSource;

  beforeAll(async () => {
    const url = await createTestDatabase('schema');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url });
    await store.migrate();
    db = await openReadModels(url);
  });

  afterAll(async () => {
    await db?.destroy();
    await store?.close();
  });

  it('reads as v2 with reasonCode "other", is stored unchanged, and projects; new deferrals are stored at v2', async () => {
    expect(SCHEMA_CHANGES.map((c) => `${c.type} v${c.fromVersion}`)).toEqual(
      expect.arrayContaining(['ProposalDeferred v1', 'BenefitPlanned v1', 'BenefitPlanned v2', 'BenefitReforecast v1', 'MilestonePlanned v1', 'MilestoneRescheduled v1']),
    );
    for (const type of ['ProposalDeferred', 'BenefitReforecast', 'MilestonePlanned', 'MilestoneRescheduled']) {
      expect(store.upcasters.currentVersion(type)).toBe(2);
    }
    // v3: a benefit's scheduleKind; one planned before it existed was summed per period, and still is.
    expect(store.upcasters.currentVersion('BenefitPlanned')).toBe(3);
    expect(store.upcasters.upcast('BenefitPlanned', 1, { benefitId: 'b' })).toEqual({ data: { benefitId: 'b', plannedOn: null, scheduleKind: 'per-period' }, schemaVersion: 3 });
    expect(store.upcasters.upcast('BenefitPlanned', 2, { benefitId: 'b', plannedOn: '2005-09-05' })).toEqual({ data: { benefitId: 'b', plannedOn: '2005-09-05', scheduleKind: 'per-period' }, schemaVersion: 3 });
    expect(store.upcasters.upcast('MilestonePlanned', 1, { milestoneId: 'm' })).toEqual({ data: { milestoneId: 'm', plannedOn: null }, schemaVersion: 2 });
    const old = 'proposal-old-deferral';
    await store.append(
      old,
      [
        { eventId: randomUUID(), event: { type: 'ProposalRegistered', data: { proposalId: 'old-deferral', programmeId: 'mmp', title: 'T', aims: 'A', source: { document: 'D', paragraph: null }, outcomeIds: [], priorityIds: [] } } },
        // As the code before v2 wrote it: schema version 1, no reasonCode.
        { eventId: randomUUID(), schemaVersion: 1, event: { type: 'ProposalDeferred', data: { proposalId: 'old-deferral', decisionDate: '2005-09-29', until: null, rationale: 'Awaiting the spending review' } } },
      ],
      'no-stream',
      office,
    );
    const [, deferred] = await store.readStream(old);
    expect(deferred).toMatchObject({ schemaVersion: 2, data: { reasonCode: 'other', rationale: 'Awaiting the spending review' } });
    const { rows } = await store.pool.query(`SELECT schema_version, data FROM events WHERE stream_id = $1 AND stream_version = 2`, [old]);
    expect(rows[0].schema_version).toBe(1);
    expect(rows[0].data).not.toHaveProperty('reasonCode');

    const fresh = 'proposal-new-deferral';
    await store.append(
      fresh,
      [
        { eventId: randomUUID(), event: { type: 'ProposalRegistered', data: { proposalId: 'new-deferral', programmeId: 'mmp', title: 'T', aims: 'A', source: { document: 'D', paragraph: null }, outcomeIds: [], priorityIds: [] } } },
        { eventId: randomUUID(), event: { type: 'ProposalDeferred', data: { proposalId: 'new-deferral', decisionDate: '2006-01-10', until: null, reasonCode: 'better-elsewhere', rationale: 'Folded into another proposal' } } },
      ],
      'no-stream',
      office,
    );
    const written = await store.pool.query(`SELECT schema_version FROM events WHERE stream_id = $1 AND stream_version = 2`, [fresh]);
    expect(written.rows[0].schema_version).toBe(2);

    const proposals = allProjections().find((p) => p.name === 'proposals')!;
    const runner = new ProjectionRunner(db, store, proposals);
    await runner.loadCheckpoint();
    await runner.catchUp();
    const docs: { id: string; doc: ProposalRow }[] = await db.query(`SELECT id, doc FROM proposal_view ORDER BY id`);
    expect(docs.map((d) => [d.id, d.doc.deferral?.reasonCode])).toEqual([
      ['new-deferral', 'better-elsewhere'],
      ['old-deferral', 'other'],
    ]);
  });
});
