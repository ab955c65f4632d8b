import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
  type SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';
import { randomUUID } from 'node:crypto';
import type { KurrentClientLike } from '@ledger/platform/event-store';

/*
 * An in-memory stand-in for a KurrentDB server, for tests on machines where no
 * server can run. It models the server's documented behaviour that the adapter
 * relies on, and no more:
 * - expected stream state: NO_STREAM / STREAM_EXISTS / ANY / exact revision,
 *   refused with the client's own WrongExpectedVersionError;
 * - idempotence only for exact expected states whose ids match the events at
 *   that place (and none at all for ANY: the worst case the docs allow);
 * - $all positions (commit, prepare): the events of one append share the commit
 *   position and have increasing prepare positions; reads of $all from a
 *   position include the event at that position; subscriptions start after it;
 * - KurrentDB's own records in $all ($metadata, link events) before ours;
 * - the client's StreamNotFoundError and UnavailableError.
 * It is NOT KurrentDB: passing against it proves the adapter's logic against
 * this model, not against the server. The contract suite runs against a real
 * server where KURRENTDB_CONNECTION_STRING points at one.
 */

interface Stored {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  isJson: boolean;
  created: Date;
  position: Position;
}

export class FakeKurrentDB implements KurrentClientLike {
  /** When true, every call fails as the client does with no server: UnavailableError. */
  down = false;
  /** Every appendToStream call, for assertions. */
  readonly appends: { streamName: string; ids: string[]; streamState: unknown }[] = [];
  private readonly log: Stored[] = [];
  private readonly streams = new Map<string, Stored[]>();
  private offset: bigint;
  private waiters: (() => void)[] = [];

  constructor(options: { startOffset?: bigint } = {}) {
    this.offset = options.startOffset ?? 1_000n;
    // KurrentDB's own records come first in $all.
    this.write('$$$settings', [{ id: randomUUID(), type: '$metadata', data: {}, metadata: undefined }]);
    this.write('$stats-127.0.0.1:2113', [{ id: randomUUID(), type: '$statsCollected', data: {}, metadata: undefined }]);
  }

  async appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions = {}): Promise<AppendResult> {
    await tick();
    this.assertUp();
    const state = options.streamState ?? ANY;
    this.appends.push({ streamName, ids: events.map((e) => e.id), streamState: state });
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? -1n : stream[stream.length - 1].revision;
    // Idempotence: an exact expectation whose events are already there, with the same ids.
    if (state !== ANY && state !== STREAM_EXISTS) {
      const from = state === NO_STREAM ? 0 : Number(state as bigint) + 1;
      const there = stream.slice(from, from + events.length);
      if (there.length === events.length && there.every((s, i) => s.id === events[i].id)) {
        return { success: true, nextExpectedRevision: there[there.length - 1].revision, position: there[there.length - 1].position };
      }
    }
    const ok =
      state === ANY ||
      (state === NO_STREAM && current === -1n) ||
      (state === STREAM_EXISTS && current >= 0n) ||
      (typeof state === 'bigint' && state === current);
    if (!ok) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected: state,
        current: current === -1n ? NO_STREAM : current,
      });
    }
    const written = this.write(
      streamName,
      events.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata })),
    );
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: { commit: last.position.commit, prepare: written[0].position.prepare } };
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterableIterator<ResolvedEvent> {
    return async function* (this: FakeKurrentDB) {
      await tick();
      this.assertUp();
      const stream = this.streams.get(streamName);
      if (!stream) throw new StreamNotFoundError(undefined, streamName);
      const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
      let selected: Stored[];
      if (options.direction === BACKWARDS) {
        const from = options.fromRevision === undefined || options.fromRevision === END ? stream.length - 1 : Number(options.fromRevision);
        selected = stream.slice(0, from + 1).reverse().slice(0, max);
      } else {
        const from = options.fromRevision === undefined || options.fromRevision === START ? 0 : Number(options.fromRevision as bigint);
        selected = stream.slice(from, from + max);
      }
      for (const s of selected) yield { event: copy(s) } as ResolvedEvent;
    }.call(this);
  }

  readAll(options: ReadAllOptions = {}): AsyncIterableIterator<AllStreamResolvedEvent> {
    return async function* (this: FakeKurrentDB) {
      await tick();
      this.assertUp();
      const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
      const pass = filterOf(options.filter);
      let selected: Stored[];
      const from = options.fromPosition;
      if (options.direction === BACKWARDS) {
        selected = this.log.filter((s) => from === undefined || from === END || from === START || compare(s.position, from) <= 0).reverse();
      } else {
        // Inclusive of the event at `from`, as the server is.
        selected = this.log.filter((s) => from === undefined || from === START || (from !== END && compare(s.position, from) >= 0));
      }
      let n = 0;
      for (const s of selected) {
        if (!pass(s)) continue;
        if (n++ >= max) return;
        yield { event: copy(s), commitPosition: s.position.commit } as AllStreamResolvedEvent;
      }
    }.call(this);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllStreamSubscription {
    let stopped = false;
    let wake: (() => void) | undefined;
    const pass = filterOf(options.filter);
    const from = options.fromPosition;
    const iterator = async function* (this: FakeKurrentDB) {
      await tick();
      this.assertUp();
      let index = 0;
      // After `from` (a subscription starts after its position).
      if (from !== undefined && from !== START) {
        index = from === END ? this.log.length : this.log.findIndex((s) => compare(s.position, from) > 0);
        if (index < 0) index = this.log.length;
      }
      while (!stopped) {
        if (index < this.log.length) {
          const s = this.log[index++];
          if (pass(s)) yield { event: copy(s), commitPosition: s.position.commit } as AllStreamResolvedEvent;
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          this.waiters.push(resolve);
        });
        if (this.down) throw new UnavailableError();
      }
    }.call(this);
    const subscription = {
      [Symbol.asyncIterator]: () => iterator,
      async unsubscribe() {
        stopped = true;
        wake?.();
        await iterator.return(undefined);
      },
    };
    return subscription as unknown as AllStreamSubscription;
  }

  async dispose(): Promise<void> {
    this.waiters.splice(0).forEach((w) => w());
  }

  /** Events in $all that are not KurrentDB's own. */
  userEvents(): Stored[] {
    return this.log.filter((s) => !s.type.startsWith('$'));
  }

  private write(streamName: string, events: { id: string; type: string; data: unknown; metadata: unknown }[]): Stored[] {
    const stream = this.streams.get(streamName) ?? [];
    this.streams.set(streamName, stream);
    const commit = this.offset;
    const created = new Date();
    const written = events.map((e, i) => {
      const prepare = this.offset;
      this.offset += 100n + BigInt(i);
      return {
        streamId: streamName,
        id: e.id,
        revision: BigInt(stream.length + i),
        type: e.type,
        data: JSON.parse(JSON.stringify(e.data ?? {})),
        metadata: e.metadata === undefined ? undefined : JSON.parse(JSON.stringify(e.metadata)),
        isJson: true,
        created,
        position: { commit, prepare },
      };
    });
    stream.push(...written);
    this.log.push(...written);
    this.waiters.splice(0).forEach((w) => w());
    return written;
  }

  private assertUp() {
    if (this.down) throw new UnavailableError();
  }
}

function copy(s: Stored) {
  return { ...s, data: JSON.parse(JSON.stringify(s.data)), metadata: s.metadata === undefined ? undefined : JSON.parse(JSON.stringify(s.metadata)) };
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}

function filterOf(filter: unknown): (s: Stored) => boolean {
  const f = filter as { filterOn?: string; regex?: string } | undefined;
  if (!f?.regex) return () => true;
  const regex = new RegExp(f.regex);
  return (s) => regex.test(f.filterOn === 'streamName' ? s.streamId : s.type);
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
