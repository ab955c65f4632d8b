import fc from 'fast-check';
import { Pool } from 'pg';
import { benefitDecider, type BenefitCommand, type BenefitEvent, type BenefitState } from '@ledger/benefit';
import { isDomainError } from '@ledger/kernel';
import { proposalDecider, type ProposalCommand, type ProposalEvent, type ProposalState } from '@ledger/proposal';
import { eventIdsFor } from '@ledger/platform/event-store';
import { as, createTestApp, type TestApp } from '../support/app';
import { knownPeople } from '../support/arrange';

/**
 * Property: whatever the interleaving of commands from several clients on shared streams
 * (a benefit's realisations and corrections, a proposal's lead reassignments), the
 * outcome is linearisable:
 *  - the stored streams hold exactly the events of the ACCEPTED commands (2xx), and
 *    replaying those commands serially through the real deciders, in commit (stream
 *    version) order, decides exactly those events: the final state is that of a serial
 *    order of the accepted commands;
 *  - every refused command got a conflict consistent with that order: 412 when the
 *    version it pinned (If-Match) was taken by another accepted command, or a 409 rule
 *    code that the decider gives on the state the command saw (for a pinned command the
 *    state at its version; for an unpinned one, the state at some version while it ran).
 *
 * Commands go through the HTTP API (in process, real PostgreSQL). An interleaving is a
 * merge of the clients' steps (read the stream's version, then send) with some steps run
 * at the same moment, so appends really race in the database; fast-check generates and
 * shrinks the commands, the merge and the groups (FC_SEED=<seed> replays a run it printed;
 * PROPERTY_RUNS=<n> for more runs). Checked to fail when the API ignores If-Match.
 */

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const PERIODS = ['2006/07', '2007/08', '2008/09'] as const;
const LEADS = [
  { leadId: 'lead-a', leadName: 'Lead A', leadRole: 'AC' },
  { leadId: 'lead-b', leadName: 'Lead B', leadRole: 'DAC' },
  { leadId: 'lead-c', leadName: 'Lead C', leadRole: 'Director' },
];
const DATES = ['2006-01-01', '2006-06-01', '2007-01-01', '2007-06-01'];
const source = { document: 'Property test', paragraph: '1' };

type Spec =
  | { kind: 'realise'; period: number; actual: number; pinned: boolean }
  | { kind: 'correct'; period: number; actual: number; pinned: boolean }
  | { kind: 'reassign'; lead: number; date: number; pinned: boolean };

const specArb: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({ kind: fc.constant('realise' as const), period: fc.nat(2), actual: fc.integer({ min: -5, max: 5 }), pinned: fc.boolean() }),
  fc.record({ kind: fc.constant('correct' as const), period: fc.nat(2), actual: fc.integer({ min: -5, max: 5 }), pinned: fc.boolean() }),
  fc.record({ kind: fc.constant('reassign' as const), lead: fc.nat(2), date: fc.nat(3), pinned: fc.boolean() }),
);

interface Scenario {
  clients: Spec[][];
  picks: number[];
  together: boolean[];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  clients: fc.array(fc.array(specArb, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }),
  /** Which client takes the next step (modulo, skipping clients that are done). */
  picks: fc.array(fc.nat(3), { minLength: 1, maxLength: 40 }),
  /** Whether a step starts together with the one before it (a real race). */
  together: fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
});

interface Sent {
  client: number;
  spec: Spec;
  key: string;
  actorId: string;
  streamId: string;
  /** The version read before sending (the If-Match when pinned). */
  seen: number;
  /** The stream's version just before and just after the request. */
  before: number;
  after: number;
  status: number;
  body: { version?: number; code?: string; currentVersion?: number; expectedVersion?: number };
}

interface StoredRow {
  event_id: string;
  stream_version: string;
  event_type: string;
  data: unknown;
}

describe('concurrent commands on shared streams (fast-check)', () => {
  let t: TestApp;
  let db: Pool;
  let run = 0;

  beforeAll(async () => {
    t = await createTestApp();
    db = new Pool({ connectionString: t.databaseUrl, max: 8 });
    await t.http.post('/programmes').set(as()).send({ programmeId: 'cc', name: 'Concurrency', mission: 'Linearise', source }).expect(201);
    await t.http.post('/programmes/cc/strategic-outcomes').set(as()).send({ outcomeId: 'o', title: 'Outcome' }).expect(201);
    await knownPeople(t, 'lead-a', 'lead-b', 'lead-c', 'o1');
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const version = async (streamId: string): Promise<number> =>
    Number((await db.query(`SELECT coalesce(max(stream_version), 0) AS v FROM events WHERE stream_id = $1`, [streamId])).rows[0].v);

  const stream = async (streamId: string): Promise<StoredRow[]> =>
    (await db.query<StoredRow>(`SELECT event_id, stream_version, event_type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`, [streamId])).rows;

  /** A proposal, agreed and led, and a benefit of it with three periods, one realised: fresh for every run. */
  async function arrange(n: number): Promise<{ proposalId: string; benefitId: string }> {
    const proposalId = `cc-p${n}`;
    const benefitId = `cc-b${n}`;
    await t.http
      .post('/programmes/cc/proposals')
      .set(as())
      .send({ proposalId, title: proposalId, aims: 'Aims', source, outcomeIds: ['o'], priorityIds: [] })
      .expect(201);
    await t.http
      .post(`/proposals/${proposalId}/agreement`)
      .set(as())
      .send({ forum: 'Authority', decisionDate: '2005-09-29', meeting: 'MPA', minuteReference: 'MPA 1' })
      .expect(201);
    await t.http.post(`/proposals/${proposalId}/lead-assignments`).set(as()).send({ ...LEADS[0], effectiveDate: DATES[0] }).expect(201);
    await t.http
      .post(`/proposals/${proposalId}/benefits`)
      .set(as())
      .send({
        benefitId,
        description: 'Savings',
        observableOutcome: 'Lower cost',
        measure: 'Count',
        unit: 'cases',
        attribution: 'Ops',
        cashReleasing: false,
        quantitative: true,
        isDisbenefit: false,
        ownerId: 'o1',
        ownerName: 'Owner',
        baseline: 0,
        target: 10,
        schedule: PERIODS.map((period) => ({ period, plannedValue: 3 })),
      })
      .expect(201);
    await t.http
      .post(`/proposals/${proposalId}/benefits/${benefitId}/realisations`)
      .set(as())
      .send({ period: PERIODS[0], actual: 1, evidence: 'Setup', commentary: 'setup' })
      .expect(201);
    return { proposalId, benefitId };
  }

  /** The HTTP request of a command, and the domain command the API builds from it. */
  function request(spec: Spec, ids: { proposalId: string; benefitId: string }, actorId: string) {
    const benefitPath = `/proposals/${ids.proposalId}/benefits/${ids.benefitId}`;
    switch (spec.kind) {
      case 'realise': {
        const body = { period: PERIODS[spec.period], actual: spec.actual, evidence: 'Outturn', commentary: 'c' };
        const command: BenefitCommand = { type: 'RealiseBenefit', data: { ...body, forecastRemaining: undefined, reportedBy: actorId } };
        return { streamId: `benefit-${ids.benefitId}`, path: `${benefitPath}/realisations`, body, command };
      }
      case 'correct': {
        const body = { actual: spec.actual, reason: 'Audit adjustment' };
        const command: BenefitCommand = { type: 'CorrectBenefitRealisation', data: { period: PERIODS[spec.period], ...body } };
        const period = PERIODS[spec.period].replace('/', '-');
        return { streamId: `benefit-${ids.benefitId}`, path: `${benefitPath}/realisations/${period}/corrections`, body, command };
      }
      case 'reassign': {
        const body = { ...LEADS[spec.lead], effectiveDate: DATES[spec.date], reason: 'Portfolio change' };
        const command: ProposalCommand = { type: 'AssignLead', data: body };
        return { streamId: `proposal-${ids.proposalId}`, path: `/proposals/${ids.proposalId}/lead-assignments`, body, command };
      }
    }
  }

  async function runScenario(scenario: Scenario): Promise<{ sent: Sent[]; racedSends: number }> {
    run += 1;
    const ids = await arrange(run);
    const setup = { benefit: await version(`benefit-${ids.benefitId}`), proposal: await version(`proposal-${ids.proposalId}`) };
    const actor = (c: number) => `cc-client-${c}`;
    const headers = scenario.clients.map((_, c) => as('programme-office', actor(c)));

    // The merge: each client's commands as two steps each (read, send), in the picked order.
    type Step = { client: number; index: number; phase: 'read' | 'send' };
    const next = scenario.clients.map(() => 0);
    const total = scenario.clients.reduce((n, cmds) => n + cmds.length * 2, 0);
    const steps: Step[] = [];
    for (let i = 0; steps.length < total; i++) {
      const pick = scenario.picks[i % scenario.picks.length];
      let c = pick % scenario.clients.length;
      while (next[c] >= scenario.clients[c].length * 2) c = (c + 1) % scenario.clients.length;
      steps.push({ client: c, index: Math.floor(next[c] / 2), phase: next[c] % 2 === 0 ? 'read' : 'send' });
      next[c] += 1;
    }
    // Groups of steps that start together; a client's own steps stay in sequence.
    const groups: Step[][] = [];
    steps.forEach((step, i) => {
      const group = groups[groups.length - 1];
      if (group && scenario.together[i % scenario.together.length] && !group.some((s) => s.client === step.client)) group.push(step);
      else groups.push([step]);
    });

    const sent: Sent[] = [];
    const seen = new Map<string, number>();
    const execute = async (step: Step) => {
      const spec = scenario.clients[step.client][step.index];
      const key = `run${run}-c${step.client}-${step.index}`;
      const req = request(spec, ids, actor(step.client));
      if (step.phase === 'read') {
        seen.set(key, await version(req.streamId));
        return;
      }
      const pinnedVersion = seen.get(key)!;
      const before = await version(req.streamId);
      let call = t.http.post(req.path).set(headers[step.client]).set('Idempotency-Key', key);
      if (spec.pinned) call = call.set('If-Match', `"${pinnedVersion}"`);
      const res = await call.send(req.body);
      const after = await version(req.streamId);
      sent.push({ client: step.client, spec, key, actorId: actor(step.client), streamId: req.streamId, seen: pinnedVersion, before, after, status: res.status, body: res.body });
    };
    for (const group of groups) await Promise.all(group.map(execute));
    const racedSends = groups.filter((g) => g.filter((x) => x.phase === 'send').length > 1).length;

    for (const [streamId, decider, start] of [
      [`benefit-${ids.benefitId}`, benefitDecider, setup.benefit],
      [`proposal-${ids.proposalId}`, proposalDecider, setup.proposal],
    ] as const) {
      await checkStream(streamId, decider as Decider, start, sent.filter((s) => s.streamId === streamId), ids);
    }
    return { sent, racedSends };
  }

  type State = BenefitState | ProposalState;
  type Decider = {
    initialState: () => State;
    evolve: (state: State, event: BenefitEvent | ProposalEvent) => State;
    decide: (command: BenefitCommand | ProposalCommand, state: State) => (BenefitEvent | ProposalEvent)[];
  };

  async function checkStream(streamId: string, decider: Decider, setupVersion: number, commands: Sent[], ids: { proposalId: string; benefitId: string }) {
    const rows = await stream(streamId);
    const fold = (upTo: number) =>
      rows.filter((r) => Number(r.stream_version) <= upTo).reduce((s, r) => decider.evolve(s, { type: r.event_type, data: r.data } as BenefitEvent), decider.initialState());
    const refusal = (command: BenefitCommand | ProposalCommand, at: number): string | null => {
      try {
        decider.decide(command, fold(at));
        return null;
      } catch (error) {
        if (isDomainError(error)) return error.code;
        throw error;
      }
    };

    for (const s of commands) {
      expect({ key: s.key, status: [201, 409, 412].includes(s.status) ? 'expected' : s.status, body: s.body }).toEqual({ key: s.key, status: 'expected', body: s.body });
    }
    const accepted = commands.filter((s) => s.status === 201).sort((a, b) => a.body.version! - b.body.version!);
    const idOf = (s: Sent) => eventIdsFor(1, `${s.actorId}:${s.key}`)[0];
    // A command that pinned the version it saw (If-Match) is written right after it, or not at all.
    for (const s of accepted.filter((a) => a.spec.pinned)) expect({ key: s.key, version: s.body.version }).toEqual({ key: s.key, version: s.seen + 1 });

    // The stream after the setup is exactly the accepted commands' events, one each, at the version each was told.
    const written = rows.filter((r) => Number(r.stream_version) > setupVersion);
    expect(written.map((r) => [r.event_id, Number(r.stream_version)])).toEqual(accepted.map((s) => [idOf(s), s.body.version]));

    // Serially, in that order, the deciders decide exactly the stored events.
    let state = fold(setupVersion);
    for (const s of accepted) {
      const { command } = request(s.spec, ids, s.actorId);
      const decided = decider.decide(command, state);
      const stored = rows.find((r) => Number(r.stream_version) === s.body.version)!;
      expect(decided.map((e) => ({ type: e.type, data: e.data }))).toEqual([{ type: stored.event_type, data: stored.data }]);
      state = decided.reduce((x, e) => decider.evolve(x, e), state);
    }

    // The read model agrees with the serial order (read-your-writes on the last position).
    if (streamId.startsWith('proposal-') && rows.length > 0) {
      const [{ p }] = (await db.query(`SELECT max(global_position)::int AS p FROM events WHERE stream_id = $1`, [streamId])).rows;
      const res = await t.http.get(`/proposals/${ids.proposalId}?waitForPosition=${p}`).set(as()).expect(200);
      expect(res.body.lead?.leadId).toBe((state as ProposalState).lead?.id);
    }

    // Every refusal is a conflict consistent with that order.
    const final = rows.length === 0 ? 0 : Number(rows[rows.length - 1].stream_version);
    for (const s of commands.filter((c) => c.status !== 201)) {
      const { command } = request(s.spec, ids, s.actorId);
      if (s.status === 412) {
        // Another accepted command took a version after the one this command saw.
        expect({ key: s.key, moved: s.body.currentVersion! > s.body.expectedVersion! && s.body.currentVersion! <= final }).toEqual({ key: s.key, moved: true });
        if (s.spec.pinned) {
          const taker = accepted.find((a) => a.body.version === s.seen + 1);
          expect({ key: s.key, takenBy: taker !== undefined && taker.key !== s.key }).toEqual({ key: s.key, takenBy: true });
        }
      } else if (s.spec.pinned) {
        expect({ key: s.key, code: refusal(command, s.seen) }).toEqual({ key: s.key, code: s.body.code });
      } else {
        const versions = Array.from({ length: s.after - s.before + 1 }, (_, i) => s.before + i);
        expect({ key: s.key, consistent: versions.some((v) => refusal(command, v) === s.body.code) }).toEqual({ key: s.key, consistent: true });
      }
    }
  }

  it(`the final state is a serial order of the accepted commands; every refusal is a conflict (${RUNS} runs)`, async () => {
    const totals = { runs: 0, commands: 0, accepted: 0, conflicts412: 0, rules409: 0, racedGroups: 0 };
    const codes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const { sent, racedSends } = await runScenario(scenario);
        totals.runs += 1;
        totals.commands += sent.length;
        totals.accepted += sent.filter((s) => s.status === 201).length;
        totals.conflicts412 += sent.filter((s) => s.status === 412).length;
        totals.rules409 += sent.filter((s) => s.status === 409).length;
        totals.racedGroups += racedSends;
        for (const s of sent.filter((x) => x.status === 409)) codes[s.body.code!] = (codes[s.body.code!] ?? 0) + 1;
      }),
      { numRuns: RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
    console.log(
      `Concurrency property (fast-check, ${totals.runs} runs): ${totals.commands} commands, accepted ${totals.accepted}, ` +
        `refused with 412 ${totals.conflicts412}, with a 409 rule ${totals.rules409} ${JSON.stringify(codes)}; sends raced in the database ${totals.racedGroups} times`,
    );
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.conflicts412).toBeGreaterThan(0);
  }, 240_000);
});
