import fc from 'fast-check';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@ledger/platform/event-store';
import { foldPlanRows, performanceOf, planEventsUntil } from '@ledger/plan-views';
import { eventsInEffectOn } from '@ledger/programme-views';
import { as, createTestApp, type TestApp } from '../support/app';
import { arrange } from '../support/arrange';

/**
 * The performance view, property style: random objectives, indicators (either direction, any
 * tolerance), targets, actuals and corrections, sent through the API (refusals included).
 * Then, as at every moment between two events, the API's view equals a fresh fold of the
 * events recorded up to it; the view from the tables equals the fold of them all; and
 * off-track is exactly the indicators whose actual misses the target by more than the
 * tolerance, by a model kept beside the API from its 201s alone.
 */
const SEED = Number(process.env.TEST_SEED ?? Date.now() % 1_000_000);
const YEARS = ['2006/07', '2007/08'];

type Op = { kind: 'target' | 'actual' | 'correct'; objective: number; indicator: number; period: string; value: number; day: string };
/** The days actuals are reported or corrected on, and the days the view is read on (business time). */
const DAYS = ['2006-06-30', '2007-04-20', '2007-05-01'];
const READ_DAYS = ['2006-03-29', '2006-03-30', '2006-05-01', '2006-06-30', '2007-04-30', '2007-05-01'];
type Shape = { objectives: { indicators: { direction: 'higher-is-better' | 'lower-is-better'; tolerance: number }[] }[]; ops: Op[] };

const shape: fc.Arbitrary<Shape> = fc.record({
  objectives: fc.array(
    fc.record({ indicators: fc.array(fc.record({ direction: fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const), tolerance: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 2 }) }),
    { minLength: 1, maxLength: 3 },
  ),
  ops: fc.array(
    fc.record({
      kind: fc.constantFrom('target' as const, 'actual' as const, 'correct' as const),
      objective: fc.nat(2),
      indicator: fc.nat(1),
      period: fc.constantFrom('2006/07', '2007/08', '2008/09'),
      value: fc.integer({ min: 0, max: 20 }),
      day: fc.constantFrom(...DAYS),
    }),
    { minLength: 5, maxLength: 25 },
  ),
});

/** The model: per indicator key, its direction, tolerance, targets and actuals by year. */
type Model = Map<string, { direction: string; tolerance: number; targets: Record<string, number>; actuals: Record<string, number> }>;

function offTrackOf(model: Model, period: string): string[] {
  return [...model.entries()]
    .filter(([, i]) => {
      const target = i.targets[period];
      const actual = i.actuals[period];
      if (target === undefined || actual === undefined) return false;
      return (i.direction === 'higher-is-better' ? target - actual : actual - target) > i.tolerance;
    })
    .map(([key]) => key)
    .sort();
}

describe(`performance view: as at any moment, a fresh fold; off track exactly outside tolerance (seed ${SEED})`, () => {
  let t: TestApp;
  let store: EventStore;
  let run = 0;

  beforeAll(async () => {
    t = await createTestApp();
    store = t.app.get(EVENT_STORE);
    await arrange(t).bareProgramme('mmp');
  }, 120_000);
  afterAll(() => t.close());

  it('holds over generated histories', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async ({ objectives, ops }) => {
        const planId = `plan-${++run}`;
        const post = (path: string, body: object) => t.http.post(path).set(as()).send(body);
        let last = 0;
        const ok = async (path: string, body: object) => {
          const res = await post(path, body);
          if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
          last = res.body.position as number;
          return last;
        };
        await ok('/programmes/mmp/plans', { planId, kind: 'corporate-strategy', title: planId, firstYear: '2006/07', lastYear: '2007/08', adoptedOn: '2006-03-30' });
        await ok(`/plans/${planId}/priorities`, { priorityId: 'pri', tier: 'londoners', title: 'A priority', definedOn: '2006-03-30' });
        const model: Model = new Map();
        const snapshots = new Map<number, Model>();
        const copy = (m: Model): Model => new Map([...m].map(([k, v]) => [k, { ...v, targets: { ...v.targets }, actuals: { ...v.actuals } }]));
        for (const [o, objective] of objectives.entries()) {
          const objectiveId = `${planId}-o${o}`;
          await arrange(t).person(`person-${o}`);
          await ok(`/plans/${planId}/objectives`, { objectiveId, priorityId: 'pri', title: `Objective ${o}`, accountable: { personId: `person-${o}`, name: `Member ${o}` }, definedOn: '2006-04-01' });
          for (const [i, indicator] of objective.indicators.entries()) {
            await ok(`/objectives/${objectiveId}/indicators`, { indicatorId: `i${i}`, title: `Indicator ${i}`, unit: 'points', dataSource: 'Survey', definedOn: '2006-04-01', ...indicator });
            model.set(`${objectiveId}/i${i}`, { ...indicator, targets: {}, actuals: {} });
          }
        }
        for (const op of ops) {
          const objectiveId = `${planId}-o${op.objective}`;
          const key = `${objectiveId}/i${op.indicator}`;
          const base = `/objectives/${objectiveId}/indicators/i${op.indicator}`;
          const res =
            op.kind === 'target'
              ? await post(`${base}/targets`, { period: op.period, value: op.value, reason: 'Revised' })
              : op.kind === 'actual'
                ? await post(`${base}/actuals`, { period: op.period, value: op.value, reportedOn: op.day })
                : await post(`${base}/corrections`, { period: op.period, value: op.value, reason: 'Audited', correctedOn: op.day });
          expect([201, 404, 409]).toContain(res.status);
          if (res.status !== 201) continue;
          const indicator = model.get(key)!;
          if (op.kind === 'target') indicator.targets[op.period] = op.value;
          else indicator.actuals[op.period] = op.value;
          last = res.body.position;
          snapshots.set(last, copy(model));
        }

        const events: StoredEvent[] = await planEventsUntil(store, planId);
        // Now, from the tables the projector wrote, against a fresh fold of every event.
        const now = await t.http.get(`/plans/${planId}/performance?period=2007/08&waitForPosition=${last}`).set(as('oversight-committee')).expect(200);
        expect(now.body).toEqual({ ...performanceOf(foldPlanRows(events, planId)!, '2007/08'), asAt: null, on: null });
        // As at each moment strictly between two events (a millisecond apart at least).
        for (let k = 0; k < events.length; k++) {
          const at = events[k].recordedAt.getTime() + 1;
          if (k + 1 < events.length && events[k + 1].recordedAt.getTime() <= at) continue;
          const prefix = events.slice(0, k + 1);
          const rows = foldPlanRows(prefix, planId)!;
          for (const period of YEARS) {
            const res = await t.http.get(`/plans/${planId}/performance?period=${period}&at=${new Date(at).toISOString()}`).set(as('oversight-committee')).expect(200);
            expect(res.body).toEqual({ ...performanceOf(rows, period), asAt: new Date(at).toISOString(), on: null });
            // Before any figure was accepted nothing can be off track: an empty model says so.
            const expected = [...snapshots.entries()].filter(([p]) => p <= events[k].globalPosition).pop()?.[1] ?? new Map();
            expect(res.body.offTrack.map((x: { objectiveId: string; indicatorId: string }) => `${x.objectiveId}/${x.indicatorId}`).sort()).toEqual(offTrackOf(expected, period));
          }
        }
        // Business time: on each day, a fresh fold of the events in effect on it (by the days they name).
        for (const day of READ_DAYS) {
          const inEffect = foldPlanRows(eventsInEffectOn(events, day).events, planId);
          for (const period of YEARS) {
            const res = await t.http.get(`/plans/${planId}/performance?period=${period}&on=${day}`).set(as('oversight-committee'));
            if (!inEffect) {
              expect(res.status).toBe(404);
              expect(res.body.code).toBe('PLAN_NOT_YET_IN_EFFECT');
              continue;
            }
            expect(res.status).toBe(200);
            expect(res.body).toEqual({ ...performanceOf(inEffect, period), asAt: null, on: day });
            // An actual counts from the day it was reported (or corrected) on: none before the first report.
            if (day < DAYS[0]) expect(res.body.offTrack).toEqual([]);
          }
        }
        for (const period of YEARS) {
          const res = await t.http.get(`/plans/${planId}/performance?period=${period}`).set(as('oversight-committee')).expect(200);
          expect(res.body.offTrack.map((x: { objectiveId: string; indicatorId: string }) => `${x.objectiveId}/${x.indicatorId}`).sort()).toEqual(offTrackOf(model, period));
        }
      }),
      { numRuns: 6, seed: SEED },
    );
  }, 600_000);
});
