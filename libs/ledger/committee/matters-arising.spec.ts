import fc from 'fast-check';
import { actionDecider, actionProjection, actionStreamId, actionsRegister, conditionActionId, conditionActions, type ActionCommand, type ActionEvent, type ActionRow } from '@ledger/action';
import { foldEvents } from '@ledger/kernel';
import type { StoredEvent } from '@ledger/platform/event-store';
import { foldRows } from '@ledger/platform/projection';
import { eventsInEffectOn } from '@ledger/programme-views';
import { matterEvents, mattersArising } from './matters-arising';

/**
 * As-at property (fast-check): for generated histories of actions, the actions register and
 * the matters arising as at any moment, in recorded time (events recorded up to T) and in
 * business time (the days the events name, up to D), equal an oracle computed straight from
 * the generated history — and a projection applied batch by batch equals a fresh fold.
 */
const DAY0 = Date.UTC(2006, 0, 1);
const day = (n: number) => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10);

type Step = { action: number; kind: 'raise' | 'complete' | 'drop'; offset: number; dueIn: number };

/**
 * Actions 0-2 are the office's; 3-5 are the first condition of an agreement `src<n>` with two
 * conditions, raised by itself (conditionActions): a 'raise' step of those is the agreement
 * (again, when repeated: a replay, which must raise nothing twice).
 */
const actionIdOf = (action: number) => (action < 3 ? `a${action}` : conditionActionId(`src${action}`, 0));

/** Runs generated steps through the decider (refused ones are dropped, as the API refuses them). */
function history(steps: Step[]): StoredEvent[] {
  const streams = new Map<string, ActionEvent[]>();
  const out: StoredEvent[] = [];
  let clock = 0;
  for (const s of steps) {
    const first = streams.get(actionIdOf(s.action)) ?? [];
    const base = first[0]?.type === 'ActionRaised' ? (Date.parse(first[0].data.raisedOn) - DAY0) / 86_400_000 : s.offset;
    const source = { eventId: `src${s.action}`, type: 'ProposalAgreed' as const, data: { proposalId: 'sn', conditions: ['First', 'Second'], decisionDate: day(s.offset), followUp: { owner: null, dueOn: day(s.offset + s.dueIn), dueMeeting: null } } };
    const commands: ActionCommand[] =
      s.kind === 'raise'
        ? s.action < 3
          ? [{ type: 'RaiseAction', data: { actionId: actionIdOf(s.action), programmeId: 'p', title: actionIdOf(s.action), owner: { personId: null, name: 'Owner' }, origin: 'office', dueOn: day(s.offset + s.dueIn), raisedOn: day(s.offset) } }]
          : conditionActions(source, { programmeId: 'p', lead: null })
        : s.kind === 'complete'
          ? [{ type: 'CompleteAction', data: { evidence: 'Paper', completedOn: day(base + s.offset) } }]
          : [{ type: 'DropAction', data: { reason: 'Not needed', droppedOn: day(base + s.offset) } }];
    for (const command of commands) {
      const actionId = command.type === 'RaiseAction' ? command.data.actionId : actionIdOf(s.action);
      const past = streams.get(actionId) ?? [];
      let produced: ActionEvent[];
      try {
        produced = actionDecider.decide(command, foldEvents(actionDecider, past));
      } catch {
        continue;
      }
      for (const e of produced) {
        clock += 1;
        out.push({
          eventId: `${clock}`,
          type: e.type,
          data: e.data,
          schemaVersion: 1,
          streamId: actionStreamId(actionId),
          streamVersion: past.length + 1,
          globalPosition: clock,
          transactionId: `${clock}`,
          recordedAt: new Date(Date.UTC(2026, 0, 1) + clock * 1000),
          metadata: {} as StoredEvent['metadata'],
        });
        streams.set(actionId, [...past, e]);
      }
    }
  }
  return out;
}

/** The oracle: each action's status from the events that count, without the projection. */
function oracle(events: StoredEvent[], today: string) {
  const rows = new Map<string, { actionId: string; dueOn: string; status: string; closedOn: string | null }>();
  for (const e of events) {
    const d = e.data as Record<string, string>;
    if (e.type === 'ActionRaised') rows.set(d.actionId, { actionId: d.actionId, dueOn: d.dueOn, status: 'open', closedOn: null });
    if (e.type === 'ActionCompleted') rows.set(d.actionId, { ...rows.get(d.actionId)!, status: 'done', closedOn: d.completedOn });
    if (e.type === 'ActionDropped') rows.set(d.actionId, { ...rows.get(d.actionId)!, status: 'dropped', closedOn: d.droppedOn });
  }
  return [...rows.values()]
    .map((r) => ({ ...r, registerStatus: r.status === 'open' && r.dueOn < today ? 'overdue' : r.status }))
    .sort((a, b) => (a.dueOn === b.dueOn ? (a.actionId < b.actionId ? -1 : 1) : a.dueOn < b.dueOn ? -1 : 1));
}

const summary = (entries: { actionId: string; dueOn: string; registerStatus: string; closedOn: string | null }[]) =>
  entries.map(({ actionId, dueOn, registerStatus, closedOn }) => ({ actionId, dueOn, registerStatus, closedOn }));

/** The projector's way: rows evolved batch by batch, as the runner applies them. */
function projectInBatches(events: StoredEvent[], cuts: number[]): Map<string, ActionRow> {
  const rows = new Map<string, ActionRow>();
  let from = 0;
  for (const cut of [...cuts.filter((c) => c < events.length).sort((a, b) => a - b), events.length]) {
    foldRows(actionProjection, events.slice(from, cut), rows);
    from = cut;
  }
  return rows;
}

const steps = fc.array(
  fc.record({ action: fc.integer({ min: 0, max: 5 }), kind: fc.constantFrom('raise' as const, 'complete' as const, 'drop' as const), offset: fc.integer({ min: 0, max: 60 }), dueIn: fc.integer({ min: 0, max: 40 }) }),
  { maxLength: 30 },
);

describe('actions register and matters arising as at any moment', () => {
  it('recorded time: as at T equals the oracle over the events recorded up to T, and batch-by-batch projection equals a fresh fold', () => {
    fc.assert(
      fc.property(steps, fc.nat(40), fc.integer({ min: 0, max: 100 }), fc.array(fc.nat(40), { maxLength: 5 }), (generated, upTo, today, cuts) => {
        const events = history(generated);
        const moment = events[Math.min(upTo, events.length - 1)]?.recordedAt ?? new Date(0);
        const recorded = events.filter((e) => e.recordedAt.getTime() <= moment.getTime());
        const fresh = foldRows(actionProjection, recorded);
        expect(projectInBatches(recorded, cuts)).toEqual(fresh);
        // However often an agreement is replayed, each of its conditions is raised once.
        const raised = events.filter((e) => e.type === 'ActionRaised').map((e) => (e.data as { actionId: string }).actionId);
        expect(new Set(raised).size).toBe(raised.length);
        expect(summary(actionsRegister(fresh.values(), day(today)))).toEqual(summary(oracle(recorded, day(today))));
      }),
      { numRuns: 300 },
    );
  });

  it('business time: on day D equals the oracle over the events whose own days are up to D', () => {
    fc.assert(
      fc.property(steps, fc.integer({ min: 0, max: 120 }), (generated, d) => {
        const events = history(generated);
        const inEffect = eventsInEffectOn(events, day(d)).events;
        const byDay = events.filter((e) => {
          const data = e.data as Record<string, string>;
          return (data.raisedOn ?? data.completedOn ?? data.droppedOn) <= day(d);
        });
        expect(inEffect.map((e) => e.eventId)).toEqual(byDay.map((e) => e.eventId));
        expect(summary(actionsRegister(foldRows(actionProjection, inEffect).values(), day(d)))).toEqual(summary(oracle(byDay, day(d))));
      }),
      { numRuns: 300 },
    );
  });

  it('matters arising for a meeting equals the oracle: due on the day, done since the previous one, overdue', () => {
    fc.assert(
      fc.property(steps, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 60 }), (generated, d, gap) => {
        const events = eventsInEffectOn(history(generated), day(d)).events;
        const meeting = day(d);
        const previous = day(d - gap);
        const arising = mattersArising(events, 'p', meeting, previous);
        const rows = oracle(events, meeting);
        expect(arising.actionsDue.map((a) => a.actionId)).toEqual(rows.filter((r) => r.status === 'open' && r.dueOn === meeting).map((r) => r.actionId));
        expect(arising.actionsOverdue.map((a) => a.actionId)).toEqual(rows.filter((r) => r.registerStatus === 'overdue').map((r) => r.actionId));
        expect(arising.actionsDoneSinceLastMeeting.map((a) => a.actionId)).toEqual(
          rows.filter((r) => r.status === 'done' && r.closedOn! > previous && r.closedOn! <= meeting).map((r) => r.actionId),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the events a pack proves for its matters arising are exactly the listed actions\' events, and rebuild each listed row', () => {
    fc.assert(
      fc.property(steps, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 60 }), (generated, d, gap) => {
        const events = eventsInEffectOn(history(generated), day(d)).events;
        const arising = mattersArising(events, 'p', day(d), day(d - gap));
        const listed = new Set([...arising.actionsDue, ...arising.actionsDoneSinceLastMeeting, ...arising.actionsOverdue].map((a) => a.actionId));
        const proven = matterEvents(events, arising);
        const idOf = (e: StoredEvent) => (e.data as { actionId: string }).actionId;
        expect(proven.map((p) => p.event.eventId)).toEqual(events.filter((e) => listed.has(idOf(e))).map((e) => e.eventId));
        for (const p of proven) expect(p.matter).toEqual({ kind: 'action', id: idOf(p.event) });
        // From the proven events alone, each listed action's row is the one the pack folded.
        const rebuilt = foldRows(actionProjection, proven.map((p) => p.event));
        const full = foldRows(actionProjection, events);
        expect([...rebuilt.keys()].sort()).toEqual([...listed].sort());
        for (const id of listed) expect(rebuilt.get(id)).toEqual(full.get(id));
      }),
      { numRuns: 300 },
    );
  });
});
