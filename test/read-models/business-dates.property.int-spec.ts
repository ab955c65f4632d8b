import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '@ledger/platform/event-store';
import { businessDateOf, eventsInEffectOn, foldProgrammeRows, unitOf } from '@ledger/programme-views';
import { HistoryGenerator } from './support/history';

/**
 * Business time ("the programme on a day"), property style over generated histories whose
 * events carry random dates in any order (a seeded PRNG; TEST_SEED=n reproduces a run).
 * In memory: no database is needed to check the rules.
 */
const SEED = Number(process.env.TEST_SEED ?? Date.now()) >>> 0;
const HISTORIES = 20;
const EVENTS = 400;

function generatedLog(seed: number): StoredEvent[] {
  const generator = new HistoryGenerator(seed, { programmes: 2, prefix: `bt${seed}` });
  const versions = new Map<string, number>();
  const log: StoredEvent[] = [];
  while (log.length < EVENTS) {
    const append = generator.next();
    for (const event of append.events) {
      const version = (versions.get(append.streamId) ?? 0) + 1;
      versions.set(append.streamId, version);
      log.push({
        eventId: randomUUID(),
        type: event.type,
        data: event.data,
        schemaVersion: 1,
        streamId: append.streamId,
        streamVersion: version,
        globalPosition: log.length + 1,
        transactionId: String(log.length + 1),
        recordedAt: new Date(Date.UTC(2026, 11, 6, 0, 0, log.length)),
        metadata: append.metadata,
      });
    }
  }
  return log;
}

const DAYS = ['2004-12-31', '2005-06-30', '2006-01-15', '2006-09-30', '2007-03-31', '2008-02-29', '2009-12-31', '2100-01-01'];

describe(`business time over generated histories (seed ${SEED})`, () => {
  for (let h = 0; h < HISTORIES; h++) {
    const seed = (SEED + h) >>> 0;
    it(`history ${h}: prefixes of streams, monotonic in the day, every dated fact by its day, everything in the end; the states fold`, () => {
      const log = generatedLog(seed);
      let previous = new Set<number>();
      for (const day of DAYS) {
        const { events } = eventsInEffectOn(log, day);
        const included = new Set(events.map((e) => e.globalPosition));
        // Monotonic: what is in effect on a day stays in effect on every later day.
        for (const p of previous) expect(included.has(p)).toBe(true);
        previous = included;
        // Log order is kept.
        expect(events.map((e) => e.globalPosition)).toEqual([...included].sort((a, b) => a - b));
        const byStream = new Map<string, StoredEvent[]>();
        for (const e of log) byStream.set(unitOf(e), [...(byStream.get(unitOf(e)) ?? []), e]);
        for (const stream of byStream.values()) {
          // A prefix of each item's events: never cut in the middle.
          const kept = stream.filter((e) => included.has(e.globalPosition)).length;
          stream.forEach((e, i) => expect(included.has(e.globalPosition)).toBe(i < kept));
          // Every event dated on or before the day is in.
          for (const e of stream) {
            const date = businessDateOf(e);
            if (date !== null && date <= day) expect(included.has(e.globalPosition)).toBe(true);
          }
          // An event dated after the day is in only because a later one of its stream counts.
          const lastDated = [...stream].reverse().find((e) => included.has(e.globalPosition) && businessDateOf(e) !== null && businessDateOf(e)! <= day);
          for (const e of stream) {
            const date = businessDateOf(e);
            if (date !== null && date > day && included.has(e.globalPosition)) {
              expect(lastDated).toBeDefined();
              expect(e.globalPosition).toBeLessThan(lastDated!.globalPosition);
            }
          }
        }
        // Every state folded is one the streams passed through: folding never fails.
        for (const programmeId of new Set(log.filter((e) => e.type === 'ProgrammeEstablished').map((e) => (e.data as { programmeId: string }).programmeId))) {
          expect(() => foldProgrammeRows(events, programmeId)).not.toThrow();
        }
      }
      // Far enough ahead, everything is in effect.
      expect(eventsInEffectOn(log, '2100-01-01').events).toHaveLength(log.length);
    });
  }
});
