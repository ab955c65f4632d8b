import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { benefitWithVariance } from '@ledger/benefit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PostgresEventStore, type EventMetadata, type NewEvent } from '@ledger/platform/event-store';
import { ProjectionRunner, type Projection } from '@ledger/platform/projection';
import { createTestDatabase } from '../support/database';

const office: EventMetadata = { actor: { id: 'po-1', name: 'Pat Office', role: 'programme-office' }, correlationId: 'c1' };
const lead: EventMetadata = { actor: { id: 'lead-tg', name: 'Tim Godwin', role: 'lead' }, correlationId: 'c2' };

describe('projections (real PostgreSQL): given events → rows', () => {
  let store: PostgresEventStore;
  let db: DataSource;
  let projections: Projection[];

  const append = (stream: string, events: NewEvent[], metadata = office, reason?: string) =>
    store.append(stream, events.map((event) => ({ eventId: randomUUID(), event })), 'any', reason ? { ...metadata, reason } : metadata);

  async function project() {
    for (const p of projections) {
      const runner = new ProjectionRunner(db, store, p);
      await runner.loadCheckpoint();
      await runner.catchUp();
    }
  }

  beforeAll(async () => {
    const url = await createTestDatabase('projections');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url });
    await store.migrate();
    db = await openReadModels(url);
    projections = allProjections();

    await append('programme-mmp', [
      { type: 'ProgrammeEstablished', data: { programmeId: 'mmp', name: 'Met Modernisation Programme', mission: 'Working together for a safer London', description: null, source: { document: 'Service Review 2005', paragraph: '8' } } },
      { type: 'StrategicOutcomeDefined', data: { programmeId: 'mmp', outcomeId: 'safer', title: 'Communities are, and feel, safer', description: null } },
    ]);
    await append('proposal-snt', [
      { type: 'ProposalRegistered', data: { proposalId: 'snt', programmeId: 'mmp', title: 'Safer Neighbourhoods', aims: 'A team in every ward', source: { document: 'Service Review 2005', paragraph: '21' }, outcomeIds: ['safer'], priorityIds: [] } },
      { type: 'ProposalAgreed', data: { proposalId: 'snt', forum: 'Authority', decisionDate: '2005-09-29', meeting: 'MPA full Authority', minuteReference: 'MPA/05/123', conditions: [] } },
      { type: 'LeadAssigned', data: { proposalId: 'snt', leadId: 'lead-tg', leadName: 'Tim Godwin', leadRole: 'AC', effectiveDate: '2005-10-01', previousLead: null, reason: null } },
    ]);
    await append('proposal-snt', [
      { type: 'LeadAssigned', data: { proposalId: 'snt', leadId: 'lead-ab', leadName: 'Alan Brown', leadRole: 'AC', effectiveDate: '2006-04-01', previousLead: { id: 'lead-tg', name: 'Tim Godwin' }, reason: 'Portfolio moved' } },
    ], office, 'Portfolio moved');
    await append('benefit-b1', [
      { type: 'BenefitPlanned', data: { benefitId: 'b1', proposalId: 'snt', programmeId: 'mmp', description: 'Cashable savings', observableOutcome: 'Lower cost', measure: 'Savings', unit: 'GBP-pence', attribution: 'Finance', cashReleasing: true, quantitative: true, isDisbenefit: false, ownerId: 'lead-tg', ownerName: 'Tim Godwin', baseline: 0, target: 1_000_000_00, fullYearValue: null, schedule: [{ period: '2006/07', plannedValue: 400_000_00 }, { period: '2007/08', plannedValue: 600_000_00 }] } },
    ]);
    await append('benefit-b1', [
      { type: 'BenefitRealised', data: { benefitId: 'b1', period: '2006/07', actual: 350_000_00, forecastRemaining: null, evidence: 'Ledger', commentary: null, reportedBy: 'Tim Godwin' } },
    ], lead);
    await project();
  });

  afterAll(async () => {
    await db.destroy();
    await store.close();
  });

  it('proposal detail: status, current lead and the history of leads', async () => {
    const [row] = await db.query(`SELECT doc, status, lead_id, programme_id FROM proposal_view WHERE id = 'snt'`);
    expect(row).toMatchObject({ status: 'agreed', lead_id: 'lead-ab', programme_id: 'mmp' });
    expect(row.doc.leadHistory).toEqual([
      expect.objectContaining({ leadName: 'Tim Godwin', from: '2005-10-01', to: '2006-04-01', reason: null }),
      expect.objectContaining({ leadName: 'Alan Brown', from: '2006-04-01', to: null, reason: 'Portfolio moved' }),
    ]);
    expect(row.doc.agreement).toMatchObject({ forum: 'Authority', decisionDate: '2005-09-29' });
  });

  it('benefits: baseline kept, realisations by period, realised to date', async () => {
    const [row] = await db.query(`SELECT doc FROM benefit_view WHERE id = 'b1'`);
    expect(row.doc.baselineSchedule).toHaveLength(2);
    expect(row.doc.realisations).toEqual([expect.objectContaining({ period: '2006/07', actual: 350_000_00 })]);
    expect(benefitWithVariance(row.doc).realisedToDate).toBe(350_000_00);
  });

  it('audit history: one row per event with actor, reason, scope and a readable sentence', async () => {
    const rows = await db.query(`SELECT * FROM audit_history ORDER BY global_position`);
    expect(rows).toHaveLength(8);
    const reassignment = rows.find((r: { event_type: string; stream_version: string }) => r.event_type === 'LeadAssigned' && r.stream_version === '4');
    expect(reassignment).toMatchObject({
      actor_id: 'po-1',
      actor_role: 'programme-office',
      reason: 'Portfolio moved',
      programme_id: 'mmp',
      proposal_id: 'snt',
    });
    expect(reassignment.sentence).toBe('AC Alan Brown assigned as lead of Safer Neighbourhoods (replacing Tim Godwin) by Pat Office (programme-office), reason: Portfolio moved');
    const realised = rows.find((r: { event_type: string }) => r.event_type === 'BenefitRealised');
    expect(realised).toMatchObject({ programme_id: 'mmp', proposal_id: 'snt', actor_role: 'lead' });
    expect(realised.sentence).toContain('£350,000 for 2006/07');
    expect(rows.every((r: { programme_id: string }) => r.programme_id === 'mmp')).toBe(true);
  });

  it('a second catch-up applies nothing twice', async () => {
    await project();
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM audit_history`);
    expect(count).toBe(8);
  });
});
