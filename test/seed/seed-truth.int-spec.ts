import { SEED_REQUESTS, type SeedRequest } from '@ledger/seed';
import { as, createTestApp, seedTestApp, type TestApp } from '../support/app';
import { citationsIn, givesDay, loadReports, quotationsIn, quotes, type Citation, type ReportId } from './reports';

/**
 * The demo tells the truth: checked against the five reports themselves (docs/sources/).
 * - a quotation appears verbatim in the report part it cites;
 * - a fact the reports do not give (a date, an outcome, a figure) says "Illustrative:";
 * - a benefit's schedule adds up to its target the way its scheduleKind says;
 * - nobody keeps a role after the seed says they left;
 * - the dashboard's totals are the sums of their parts.
 */
const reports = loadReports();
const reasonOf = (r: SeedRequest) => (typeof r.body.reason === 'string' ? r.body.reason : '');
const illustrative = (r: SeedRequest) => reasonOf(r).includes('Illustrative:');
const label = (r: SeedRequest) => `${r.method} ${r.path}`;

/** Every string in a body, with its path. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** A record's `source` as a citation: document name and paragraph list ("21, 31", "1, 3-4"). */
function sourceCitation(r: SeedRequest): Citation[] {
  const source = r.body.source as { document?: string; paragraph?: string | null } | undefined;
  if (!source?.document) return [];
  const named = citationsIn(source.document)[0];
  if (!named) return [];
  const parts = (source.paragraph ?? '').split(/,\s*/).filter(Boolean).map((p) => `§${p}`).flatMap((p) => citationsIn(`Service Review report (2005) ${p}`)[0]?.parts ?? []);
  return [{ ...named, parts }];
}

function textOf(c: Citation): string {
  const report = reports.get(c.report)!;
  return c.parts.map((p) => report.parts.get(p) ?? '').join(' ');
}
const missingParts = (c: Citation) => c.parts.filter((p) => !reports.get(c.report)!.parts.has(p)).map((p) => `${c.report} ${p}`);

function nearest(citations: Citation[], at: { start: number; end: number }): Citation | undefined {
  const distance = (c: Citation) => (c.start >= at.end ? c.start - at.end : at.start >= c.end ? at.start - c.end : 0);
  return [...citations].sort((a, b) => distance(a) - distance(b))[0];
}

describe('the seed against the reports', () => {
  it('finds the reports and their parts', () => {
    expect([...reports.keys()].sort()).toEqual(['000', '001', '002', '003', '004']);
    expect(reports.get('002')!.parts.get('§38')).toContain('savings targets from business groups of £70 million');
    expect(reports.get('002')!.parts.get('recommendation 2')).toContain('subject to the ongoing formal consultation process');
    expect(reports.get('001')!.parts.get('section C')).toContain('delivery plans for the strategic priorities');
    expect(reports.get('003')!.parts.get('summary')).toContain('discussed and agreed');
    expect(reports.get('000')!.parts.get('§4')).toContain('Critical success factors describe');
    expect(reports.get('004')!.parts.get('appendix 2')).toContain('To make best use of our staff and resources');
  });

  it('every quotation appears verbatim in the report part it cites', () => {
    const failures: string[] = [];
    for (const r of SEED_REQUESTS) {
      const fallback = [...sourceCitation(r), ...citationsIn(reasonOf(r))];
      for (const { path, text } of strings(r.body)) {
        const inText = citationsIn(text);
        for (const q of quotationsIn(text)) {
          const cited = nearest(inText, q);
          const candidates = cited ? [cited] : fallback;
          if (candidates.length === 0) {
            failures.push(`${label(r)} ${path}: "${q.quote}" cites no report`);
            continue;
          }
          const missing = candidates.flatMap(missingParts);
          if (missing.length > 0) failures.push(`${label(r)} ${path}: cites ${missing.join(', ')}, which the report does not have`);
          else if (!candidates.some((c) => quotes(textOf(c), q.quote))) {
            failures.push(`${label(r)} ${path}: "${q.quote}" is not in ${candidates.map((c) => `${c.report} ${c.parts.join(', ')}`).join(' or ')}`);
          }
        }
      }
    }
    if (failures.length > 0) console.log(`${failures.length} quotation failures:\n  ${failures.join('\n  ')}`);
    expect(failures).toEqual([]);
  });

  it("titles the seed takes from a report (priorities, outcomes, proposals, ideas) are the report's words", () => {
    const failures: string[] = [];
    for (const r of SEED_REQUESTS.filter((x) => /\/(strategic-priorities|strategic-outcomes|proposals)$/.test(x.path))) {
      const title = String(r.body.title);
      if (illustrative(r) && /Illustrative:[^.]*\btitle/.test(reasonOf(r))) continue;
      const cited = [...sourceCitation(r), ...citationsIn(reasonOf(r))];
      if (!cited.some((c) => quotes(textOf(c), title))) failures.push(`${label(r)}: title "${title}" is not in ${cited.map((c) => `${c.report} ${c.parts.join(', ')}`).join(' or ') || 'any cited part'}`);
    }
    if (failures.length > 0) console.log(`${failures.length} title failures:\n  ${failures.join('\n  ')}`);
    expect(failures).toEqual([]);
  });

  it('every fact the reports do not give says Illustrative: a reason citing nothing, a day no cited part gives', () => {
    const failures: string[] = [];
    for (const r of SEED_REQUESTS) {
      const reason = reasonOf(r);
      if (reason === '') {
        failures.push(`${label(r)}: no reason`);
        continue;
      }
      const cited = [...sourceCitation(r), ...citationsIn(reason)];
      if (cited.length === 0 && !illustrative(r)) failures.push(`${label(r)}: cites no report and does not say Illustrative: ${reason}`);
      for (const [field, value] of Object.entries(r.body)) {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
        if (cited.some((c) => givesDay(textOf(c), value))) continue;
        if (!/Illustrative:.*\b(date|dates|day|days)\b/.test(reason)) {
          failures.push(`${label(r)} ${field} ${value}: no cited part gives this day, and the reason does not say it is assumed`);
        }
      }
    }
    if (failures.length > 0) console.log(`${failures.length} unmarked facts:\n  ${failures.join('\n  ')}`);
    expect(failures).toEqual([]);
  });

  it("every benefit's schedule adds up to its target as its scheduleKind says, and no forecast exceeds it", () => {
    const failures: string[] = [];
    for (const b of seededBenefits()) {
      const check = (what: string, schedule: Scheduled[], exact: boolean) => {
        const reaches = reach(b.kind, b.baseline, schedule);
        if (b.kind === 'running-total' && schedule.some((s, i) => i > 0 && s.plannedValue < schedule[i - 1].plannedValue)) {
          failures.push(`${b.benefitId} ${what}: a running total goes down`);
        }
        if (exact ? reaches !== b.target : reaches > b.target) {
          failures.push(`${b.benefitId} ${what} (${b.kind}) reaches ${reaches}, ${exact ? 'not' : 'more than'} its target ${b.target}`);
        }
      };
      check('plan', b.planned, true);
      b.reforecasts.forEach((s, i) => check(`re-forecast ${i + 1}`, s, false));
      for (const report of b.reports) {
        if (report.toDate + (report.forecastRemaining ?? 0) > b.target) {
          failures.push(`${b.benefitId} ${report.period}: realised to date ${report.toDate} plus forecast remaining ${report.forecastRemaining} exceeds the target ${b.target}`);
        }
      }
    }
    if (failures.length > 0) console.log(`${failures.length} schedule failures:\n  ${failures.join('\n  ')}`);
    expect(failures).toEqual([]);
  });

  it('nobody keeps a role after the seed says they left', () => {
    const failures = rolesKeptAfterLeaving();
    if (failures.length > 0) console.log(`${failures.length} roles kept after leaving:\n  ${failures.join('\n  ')}`);
    expect(failures).toEqual([]);
  });
});

describe('the dashboard of the seeded demo: totals are the sums of their parts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const { lastPosition } = await seedTestApp(t);
    // The dashboard reads the projections: wait until they have applied the whole seed (under load
    // the projector can still be behind when the last request returns).
    for (let waited = 0; waited < 60; waited++) {
      const res = await t.http.get(`/programmes?waitForPosition=${lastPosition}`).set(as('oversight-committee')).expect(200);
      if (res.headers['x-projected-through'] === String(lastPosition)) break;
    }
  }, 240_000);
  afterAll(() => t?.close());

  it("the funding gap the ledger derives is the shortfall 002 Appendix 3 states, year by year", async () => {
    const appendix = reports.get('002')!.parts.get('appendix 3')!;
    const stated = /Shortfall\(-\) \/ Surplus against resources available (-?\d+) (-?\d+) (-?\d+)/.exec(appendix);
    expect(stated).not.toBeNull();
    const res = await t.http.get('/programmes/met-modernisation/funding').set(as('oversight-committee')).expect(200);
    const gaps = (res.body.years as { year: string; gapPence: number }[]).map((y) => [y.year, y.gapPence / 100_000_000]);
    expect(gaps).toEqual([
      ['2006/07', Number(stated![1])],
      ['2007/08', Number(stated![2])],
      ['2008/09', Number(stated![3])],
    ]);
  });

  it('the seeded 2006/07 plan shows its off-track objective with who is accountable', async () => {
    const res = await t.http.get('/plans/policing-plan-2006-07/performance?period=2006/07').set(as('oversight-committee')).expect(200);
    expect(res.body.offTrack).toEqual([expect.objectContaining({ objectiveId: 'sn-teams-in-every-ward', target: 100, actual: 95, accountable: { personId: 'person-tim-godwin', name: 'AC Tim Godwin' } })]);
    // The one link a report makes (001 §10-11): the Safer Neighbourhoods proposal serves that objective; nothing serves C3i.
    expect(res.body.offTrack[0].servedBy).toEqual([{ proposalId: 'mmp-safer-neighbourhoods', title: 'Safer Neighbourhoods' }]);
    const linked = SEED_REQUESTS.filter((r) => r.path.endsWith('/aims')).map((r) => [r.path, r.body.objectiveIds]);
    expect(linked).toEqual([['/proposals/mmp-safer-neighbourhoods/aims', ['sn-teams-in-every-ward']]]);
    const objectives = res.body.priorities.flatMap((p: { objectives: { objectiveId: string; servedBy: unknown[] }[] }) => p.objectives);
    expect(objectives.find((o: { objectiveId: string }) => o.objectiveId === 'c3i-roll-out').servedBy).toEqual([]);
  });

  it('cash-releasing target, realised and forecast: each the sum over the benefits, and as the seed data says', async () => {
    const res = await t.http.get('/programmes/met-modernisation').set(as('oversight-committee')).expect(200);
    const summary = res.body.benefitsSummary.cashReleasing;
    const cash = (res.body.benefits as Record<string, any>[]).filter((b) => b.unit === 'GBP-pence' && b.cashReleasing && !b.isDisbenefit);
    const sum = (key: string) => cash.reduce((total, b) => total + (b[key] as number), 0);
    expect(summary.count).toBe(cash.length);
    expect(summary.targetPence).toBe(sum('target'));
    expect(summary.realisedPence).toBe(sum('realisedToDate'));
    expect(summary.forecastPence).toBe(sum('forecastTotal'));

    // The same figures, folded from the seed's requests without the product's code.
    const fromSeed = seededBenefits().filter((b) => b.cash);
    expect(summary.targetPence).toBe(fromSeed.reduce((t0, b) => t0 + b.target, 0));
    expect(summary.realisedPence).toBe(fromSeed.reduce((t0, b) => t0 + (b.reports.at(-1)?.toDate ?? 0), 0));
    expect(summary.forecastPence).toBe(fromSeed.reduce((t0, b) => t0 + reach(b.kind, b.baseline, b.reforecasts.at(-1) ?? b.planned), 0));
    // Reconcilable with the target: nothing realised or forecast beyond it.
    expect(summary.realisedPence).toBeLessThanOrEqual(summary.targetPence);
    expect(summary.forecastPence).toBeLessThanOrEqual(summary.targetPence);

    // The chart's periods add up to the in-year amounts the benefits report.
    const byPeriod = res.body.benefitsSummary.cashReleasingByPeriod as { period: string; realised: number }[];
    const inYear = cash.flatMap((b) => (b.periods as { period: string; realised: number | null }[]).map((p) => ({ ...p, kind: b.scheduleKind })));
    for (const { period, realised } of byPeriod) {
      expect(realised).toBe(inYear.filter((p) => p.period === period).reduce((t0, p) => t0 + (p.realised ?? 0), 0));
    }
  });
});

// ---------------------------------------------------------------------------------------
// Folding the seed's own requests (independently of the product's projections)
// ---------------------------------------------------------------------------------------

type Scheduled = { period: string; plannedValue: number };
type Kind = 'per-period' | 'running-total' | 'level';

/** What a schedule reaches: a per-period schedule its sum over the baseline, the others their last value. */
function reach(kind: Kind, baseline: number, schedule: Scheduled[]): number {
  return kind === 'per-period' ? baseline + schedule.reduce((t, s) => t + s.plannedValue, 0) : (schedule.at(-1)?.plannedValue ?? baseline);
}

function seededBenefits() {
  const benefits = new Map<
    string,
    {
      benefitId: string;
      kind: Kind;
      cash: boolean;
      baseline: number;
      target: number;
      planned: Scheduled[];
      reforecasts: Scheduled[][];
      actuals: Map<string, number>;
      reports: { period: string; toDate: number; forecastRemaining: number | null }[];
    }
  >();
  const toDate = (b: NonNullable<ReturnType<typeof benefits.get>>) => {
    const values = [...b.actuals.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, v]) => v);
    return b.kind === 'per-period' ? values.reduce((t, v) => t + v, 0) : (values.at(-1) ?? 0);
  };
  for (const r of SEED_REQUESTS) {
    const planned = /\/benefits$/.exec(r.path);
    const m = /\/benefits\/([^/]+)\/(reforecasts|realisations)(?:\/([^/]+)\/corrections)?$/.exec(r.path);
    if (planned) {
      const body = r.body as Record<string, any>;
      benefits.set(body.benefitId, {
        benefitId: body.benefitId,
        kind: body.scheduleKind ?? 'per-period',
        cash: body.unit === 'GBP-pence' && body.cashReleasing && !body.isDisbenefit,
        baseline: body.baseline,
        target: body.target,
        planned: body.schedule,
        reforecasts: [],
        actuals: new Map(),
        reports: [],
      });
    } else if (m) {
      const b = benefits.get(m[1])!;
      const body = r.body as Record<string, any>;
      if (m[2] === 'reforecasts') b.reforecasts.push(body.schedule);
      else if (m[3]) {
        b.actuals.set(m[3].replace('-', '/'), body.actual);
        const last = b.reports.at(-1)!;
        b.reports.push({ ...last, toDate: toDate(b) });
      } else {
        b.actuals.set(body.period, body.actual);
        b.reports.push({ period: body.period, toDate: toDate(b), forecastRemaining: body.forecastRemaining ?? null });
      }
    }
  }
  return [...benefits.values()];
}

/**
 * A lead replaced with a reason saying the previous lead's post ended (their secondment
 * ends, they left …) has left on that day: from then on they lead nothing, direct nothing,
 * own no open risk or benefit and report nothing.
 */
function rolesKeptAfterLeaving(): string[] {
  type Held = { personId: string; name: string; since: string };
  const leads = new Map<string, Held>();
  const departures: { personId: string; name: string; on: string }[] = [];
  const names = new Map<string, string>();
  for (const r of SEED_REQUESTS) {
    const m = /^\/proposals\/([^/]+)\/lead-assignments$/.exec(r.path);
    if (!m) continue;
    const body = r.body as Record<string, string>;
    names.set(body.leadId, body.leadName);
    const previous = leads.get(m[1]);
    if (previous && reasonOf(r).includes(previous.name) && /\b(ends|ended|left|leaves|retires|retired|departs)\b/.test(reasonOf(r))) {
      departures.push({ personId: previous.personId, name: previous.name, on: body.effectiveDate });
    }
    leads.set(m[1], { personId: body.leadId, name: body.leadName, since: body.effectiveDate });
  }
  const failures: string[] = [];
  for (const d of departures) {
    for (const [proposalId, held] of leads) {
      if (held.personId === d.personId) failures.push(`${d.name} left on ${d.on} but still leads ${proposalId}`);
    }
    const directors = SEED_REQUESTS.filter((r) => r.path.endsWith('/director-appointments')).map((r) => r.body as Record<string, string>);
    const director = directors.filter((a) => a.effectiveDate <= d.on).at(-1);
    if (director?.personId === d.personId && !directors.some((a) => a.effectiveDate > d.on && a.personId !== d.personId)) {
      failures.push(`${d.name} left on ${d.on} but is still the programme director`);
    }
    for (const r of SEED_REQUESTS) {
      const body = r.body as Record<string, any>;
      if (r.path.endsWith('/benefits') && body.ownerId === d.personId) failures.push(`${d.name} left on ${d.on} but owns benefit ${body.benefitId}`);
      if (/\/risks$/.test(r.path) && String(body.ownerName).includes(d.name)) {
        const closed = SEED_REQUESTS.find((c) => c.path === `/risks/${body.riskId}/closure`);
        if (!closed || String(closed.body.closedOn) > d.on) failures.push(`${d.name} left on ${d.on} but owns open risk ${body.riskId}`);
      }
      if (r.actor.personId === d.personId && /\/realisations$/.test(r.path) && periodEnd(body.period) > d.on) {
        failures.push(`${d.name} left on ${d.on} but reports ${body.period} on ${r.path}`);
      }
    }
  }
  return failures;
}

/** The last day of a financial year '2006/07'. */
function periodEnd(period: string): string {
  return `${Number(period.slice(0, 4)) + 1}-03-31`;
}

export type { ReportId };
