import { randomUUID } from 'node:crypto';
import {
  ANY,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type RecordedEvent,
} from '@kurrent/kurrentdb-client';
import { ConcurrencyError, EventStoreUnavailableError } from '../event-store.errors';
import { LOG_START, type EventMetadata, type EventToAppend } from '../event-store.port';
import { UpcasterRegistry } from '../upcasters';
import { FakeKurrentDB } from '../../../../test/event-store/kurrentdb-fake';
import { KurrentDBEventStore, currentVersion, duplicateOf } from './kurrentdb-event-store';
import {
  APPEND_ID_KEY,
  EventIdTakenError,
  OUR_STREAMS_REGEX,
  PositionOutOfRangeError,
  fromStoredMetadata,
  isAfter,
  isSystemEvent,
  isUnavailable,
  mapClientError,
  reservationEventOf,
  reservationStreamOf,
  toConcurrencyError,
  toEventData,
  toLogPosition,
  toReadPosition,
  toStoredEvent,
  toStreamState,
  versionOfRevision,
  versionOfState,
} from './kurrentdb-mapping';

const metadata: EventMetadata = {
  actor: { id: 'user-1', name: 'Programme Office', role: 'programme-office' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
  reason: 'because',
};

function recorded(overrides: Partial<RecordedEvent> & { revision: bigint }): RecordedEvent {
  return {
    streamId: 'proposal-1',
    id: randomUUID(),
    isJson: true,
    type: 'ProposalSubmitted',
    created: new Date('2026-11-02T10:00:00.123Z'),
    data: { title: 'New' },
    metadata: { ...metadata, schemaVersion: 1 },
    position: { commit: 5000n, prepare: 5000n },
    ...overrides,
  } as RecordedEvent;
}

const ev = (type = 'Something', data: Record<string, unknown> = {}): EventToAppend => ({ eventId: randomUUID(), event: { type, data } });

describe('KurrentDB mapping: versions', () => {
  it('our 1-based expected version N is KurrentDB revision N-1; 0 and no-stream are NO_STREAM', () => {
    expect(toStreamState(0)).toBe(NO_STREAM);
    expect(toStreamState('no-stream')).toBe(NO_STREAM);
    expect(toStreamState(1)).toBe(0n);
    expect(toStreamState(42)).toBe(41n);
    expect(toStreamState('stream-exists')).toBe(STREAM_EXISTS);
    expect(toStreamState('any')).toBe(ANY);
  });

  it('refuses expected versions that are not whole numbers >= 0', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => toStreamState(bad)).toThrow(RangeError);
    }
  });

  it('KurrentDB revision R is our version R+1; no stream is version 0', () => {
    expect(versionOfRevision(0n)).toBe(1);
    expect(versionOfRevision(41n)).toBe(42);
    expect(versionOfState(NO_STREAM)).toBe(0);
    expect(versionOfState(-1n)).toBe(0);
    expect(versionOfState(4n)).toBe(5);
    expect(versionOfState(undefined)).toBeUndefined();
    expect(currentVersion([])).toBe(0);
    expect(currentVersion([recorded({ revision: 0n }), recorded({ revision: 1n })])).toBe(2);
  });
});

describe('KurrentDB mapping: errors', () => {
  it('WrongExpectedVersionError becomes ConcurrencyError with our expected and our 1-based actual', () => {
    const wev = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n });
    const error = toConcurrencyError('s', 1, wev, -99);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: 's', expected: 1, actual: 2, code: 'STREAM_VERSION_CONFLICT' });

    const none = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 2n, current: NO_STREAM });
    expect(toConcurrencyError('s', 3, none, -99)).toMatchObject({ expected: 3, actual: 0 });
    // When the server did not say, the version read afterwards is used.
    expect(toConcurrencyError('s', 'no-stream', {}, 7)).toMatchObject({ expected: 'no-stream', actual: 7 });
  });

  it('UNAVAILABLE (the client class, a raw gRPC status 14, a refused connection) becomes EventStoreUnavailableError', () => {
    const raw = Object.assign(new Error('14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 127.0.0.1:2113'), { code: 14 });
    for (const error of [new UnavailableError(), raw, Object.assign(new Error('x'), { type: 'not-leader' }), Object.assign(new Error('x'), { code: 4 })]) {
      expect(isUnavailable(error)).toBe(true);
      const mapped = mapClientError(error);
      expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
      expect((mapped as EventStoreUnavailableError).cause).toBe(error);
    }
  });

  it('other errors pass through unchanged', () => {
    const wev = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n });
    const other = new Error('boom');
    expect(isUnavailable(wev)).toBe(false);
    expect(mapClientError(wev)).toBe(wev);
    expect(mapClientError(other)).toBe(other);
    expect(isUnavailable(new StreamNotFoundError(undefined, 's'))).toBe(false);
  });
});

describe('KurrentDB mapping: metadata and events', () => {
  it('writes our event id as KurrentDB event id, and metadata + schema version + append id + KurrentDB correlation keys', () => {
    const e = ev('ProposalSubmitted', { title: 'T' });
    const data = toEventData(e, metadata, 3, 'append-1');
    expect(data).toMatchObject({ id: e.eventId, type: 'ProposalSubmitted', contentType: 'application/json', data: { title: 'T' } });
    expect(data.metadata).toEqual({
      ...metadata,
      schemaVersion: 3,
      [APPEND_ID_KEY]: 'append-1',
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
    });
    expect(toEventData({ eventId: 'x', event: { type: 'T', data: undefined } }, { ...metadata, causationId: undefined }, 1).metadata).not.toHaveProperty('$causationId');
    expect(toEventData({ eventId: 'x', event: { type: 'T', data: undefined } }, metadata, 1).data).toEqual({});
  });

  it('reads back exactly our metadata: the adapter keys are stripped; schema version defaults to 1', () => {
    const written = toEventData(ev(), metadata, 2, 'append-1').metadata;
    expect(fromStoredMetadata(written)).toEqual({ metadata, schemaVersion: 2, appendId: 'append-1' });
    expect(fromStoredMetadata({ actor: { id: 'a', role: 'r' }, correlationId: 'c' })).toEqual({
      metadata: { actor: { id: 'a', role: 'r' }, correlationId: 'c' },
      schemaVersion: 1,
      appendId: undefined,
    });
    expect(fromStoredMetadata(undefined).schemaVersion).toBe(1);
    expect(fromStoredMetadata(new Uint8Array([1, 2])).schemaVersion).toBe(1);
  });

  it('maps a recorded event: version = revision + 1, recordedAt = created, positions, upcast data', () => {
    const upcasters = new UpcasterRegistry().register('Renamed', 1, (d: { name: string }) => ({ title: d.name }));
    const r = recorded({
      revision: 4n,
      type: 'Renamed',
      data: { name: 'Old' },
      metadata: { ...metadata, schemaVersion: 1, appendId: 'a', $correlationId: 'corr-1' },
      position: { commit: 123_456n, prepare: 123_789n },
    });
    expect(toStoredEvent(r, upcasters)).toEqual({
      eventId: r.id,
      type: 'Renamed',
      data: { title: 'Old' },
      schemaVersion: 2,
      streamId: 'proposal-1',
      streamVersion: 5,
      globalPosition: 123_789,
      transactionId: '123456',
      recordedAt: r.created,
      metadata,
    });
  });

  it('refuses an event without a log position (servers before 22.6) with a clear message', () => {
    expect(() => toStoredEvent(recorded({ revision: 0n, position: undefined }), new UpcasterRegistry())).toThrow(/22\.6/);
  });
});

describe('KurrentDB mapping: log positions', () => {
  it('commit position → transactionId (exact, as a decimal string), prepare position → globalPosition', () => {
    expect(toLogPosition({ commit: 2n ** 60n, prepare: 1000n })).toEqual({ transactionId: '1152921504606846976', globalPosition: 1000 });
  });

  it('refuses a prepare position beyond 2^53 rather than rounding it', () => {
    expect(() => toLogPosition({ commit: 1n, prepare: 2n ** 53n + 1n })).toThrow(PositionOutOfRangeError);
  });

  it('LOG_START reads $all from the start; other positions resume strictly after (commit, prepare)', () => {
    expect(toReadPosition(LOG_START)).toBe(START);
    expect(toReadPosition({ transactionId: '18446744073709551615', globalPosition: 77 })).toEqual({ commit: 18446744073709551615n, prepare: 77n });
    const after = { transactionId: '100', globalPosition: 150 };
    expect(isAfter({ commit: 100n, prepare: 150n }, after)).toBe(false);
    expect(isAfter({ commit: 100n, prepare: 149n }, after)).toBe(false);
    expect(isAfter({ commit: 100n, prepare: 151n }, after)).toBe(true);
    expect(isAfter({ commit: 101n, prepare: 101n }, after)).toBe(true);
    expect(isAfter({ commit: 0n, prepare: 0n }, LOG_START)).toBe(true);
  });

  it('KurrentDB records and id reservations are not our events, on the server (regex) and in the adapter', () => {
    const regex = new RegExp(OUR_STREAMS_REGEX);
    for (const streamId of ['$$proposal-1', '$ce-proposal', '$stats-1', reservationStreamOf(randomUUID())]) {
      expect(regex.test(streamId)).toBe(false);
      expect(isSystemEvent({ streamId, type: 'Anything' })).toBe(true);
    }
    expect(regex.test('proposal-1')).toBe(true);
    expect(isSystemEvent({ streamId: 'proposal-1', type: 'ProposalSubmitted' })).toBe(false);
    expect(isSystemEvent({ streamId: 'proposal-1', type: '$>' })).toBe(true);
  });

  it('an id reservation event has an id derived from (event id, stream): same stream → same id', () => {
    const id = randomUUID();
    expect(reservationEventOf(id, 'a').id).toBe(reservationEventOf(id, 'a').id);
    expect(reservationEventOf(id, 'a').id).not.toBe(reservationEventOf(id, 'b').id);
    expect(reservationEventOf(id, 'a').id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('a duplicate reports the original append: its last version and its first and last positions', () => {
    const a = recorded({ revision: 0n, position: { commit: 10n, prepare: 10n } });
    const b = recorded({ revision: 1n, position: { commit: 10n, prepare: 110n } });
    const c = recorded({ revision: 2n, position: { commit: 300n, prepare: 300n } });
    expect(duplicateOf([a, b, c], [a.id, b.id])).toEqual({ nextVersion: 2, firstPosition: 10, lastPosition: 110, duplicate: true });
    expect(duplicateOf([a, b, c], [randomUUID()])).toBeUndefined();
  });
});

describe('KurrentDBEventStore on a stand-in client', () => {
  const make = () => {
    const client = new FakeKurrentDB();
    return { client, store: new KurrentDBEventStore({ upcasters: new UpcasterRegistry(), client }) };
  };

  it('needs a connection string or a client', () => {
    expect(() => new KurrentDBEventStore({ upcasters: new UpcasterRegistry() })).toThrow(/KURRENTDB_CONNECTION_STRING/);
  });

  it('appends with the exact KurrentDB revision, our event ids, and reports our versions', async () => {
    const { client, store } = make();
    const first = [ev(), ev()];
    await expect(store.append('s-1', first, 'no-stream', metadata)).resolves.toMatchObject({ nextVersion: 2, duplicate: false });
    await expect(store.append('s-1', [ev()], 2, metadata)).resolves.toMatchObject({ nextVersion: 3 });
    const writes = client.appends.filter((a) => a.streamName === 's-1');
    expect(writes.map((a) => a.streamState)).toEqual([NO_STREAM, 1n]);
    expect(writes[0].ids).toEqual(first.map((e) => e.eventId));
    // Each id was reserved for s-1 first.
    expect(client.appends.filter((a) => a.streamName.startsWith('ledger-event-id-')).map((a) => a.streamState)).toEqual([NO_STREAM, NO_STREAM, NO_STREAM]);
  });

  it('a server-side conflict becomes ConcurrencyError with our 1-based actual version', async () => {
    const { client, store } = make();
    await store.append('s-1', [ev()], 'no-stream', metadata);
    // Another writer moves the stream between our read and our append.
    const original = client.appendToStream.bind(client);
    jest.spyOn(client, 'appendToStream').mockImplementationOnce(async (name, events, options) => {
      await original('s-1', [toEventData(ev(), metadata, 1)], { streamState: 0n });
      return original(name, events, options);
    });
    const error = await store.append('s-1', [ev()], 1, metadata).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ expected: 1, actual: 2 });
  });

  it('an id already on the stream is an idempotent retry: no append, the original positions', async () => {
    const { client, store } = make();
    const batch = [ev(), ev()];
    const first = await store.append('s-1', batch, 'no-stream', metadata);
    const appendsBefore = client.appends.length;
    await expect(store.append('s-1', batch, 'any', metadata)).resolves.toEqual({ ...first, duplicate: true });
    expect(client.appends.length).toBe(appendsBefore);
  });

  it('an identical retry that KurrentDB folds into the first write is reported as a duplicate', async () => {
    const { client, store } = make();
    const batch = [ev()];
    const [a, b] = await Promise.all([store.append('s-1', batch, 'no-stream', metadata), store.append('s-1', batch, 'no-stream', metadata)]);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(a.firstPosition).toBe(b.firstPosition);
    expect(client.userEvents().filter((e) => e.streamId === 's-1')).toHaveLength(1);
  });

  it('an event id owned by another stream is refused before anything is written', async () => {
    const { client, store } = make();
    const taken = ev();
    await store.append('s-1', [taken], 'no-stream', metadata);
    const error = await store.append('s-2', [ev(), taken], 'no-stream', metadata).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventIdTakenError);
    expect(error).toMatchObject({ eventId: taken.eventId, streamId: 's-2', ownerStreamId: 's-1' });
    expect(client.appends.filter((a) => a.streamName === 's-2')).toHaveLength(0);
  });

  it('refuses a batch with one id twice, or no events, without calling the server', async () => {
    const { client, store } = make();
    const e = ev();
    await expect(store.append('s-1', [e, e], 'any', metadata)).rejects.toThrow(/twice/);
    await expect(store.append('s-1', [], 'any', metadata)).rejects.toThrow(/at least one/);
    expect(client.appends).toHaveLength(0);
  });

  it('no server: every call fails with EventStoreUnavailableError', async () => {
    const { client, store } = make();
    client.down = true;
    await expect(store.append('s-1', [ev()], 'any', metadata)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.readStream('s-1')).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.readAll()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.head()).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });

  it('the real client with no server answers EventStoreUnavailableError (UNAVAILABLE), not a crash', async () => {
    const store = new KurrentDBEventStore({ upcasters: new UpcasterRegistry(), connectionString: 'kurrentdb://127.0.0.1:1?tls=false' });
    try {
      await expect(store.append('s-1', [ev()], 'any', metadata)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('a missing stream reads as empty; until filters by the server-recorded time', async () => {
    const { store } = make();
    expect(await store.readStream('nothing-here')).toEqual([]);
    await store.append('s-1', [ev('A')], 'no-stream', metadata);
    const [a] = await store.readStream('s-1');
    expect(await store.readStream('s-1', { until: new Date(a.recordedAt.getTime() - 1) })).toEqual([]);
    expect(await store.readStream('s-1', { until: a.recordedAt })).toHaveLength(1);
  });

  it('readAll skips KurrentDB records and id reservations, and resumes strictly after a position', async () => {
    const { store } = make();
    await store.append('s-1', [ev('A'), ev('B')], 'no-stream', metadata);
    await store.append('s-2', [ev('C')], 'no-stream', metadata);
    const all = await store.readAll();
    expect(all.map((e) => e.type)).toEqual(['A', 'B', 'C']);
    expect(all[0].transactionId).toBe(all[1].transactionId); // one append, one commit position
    expect(all[1].globalPosition).toBeGreaterThan(all[0].globalPosition);
    const after = { transactionId: all[0].transactionId, globalPosition: all[0].globalPosition };
    expect((await store.readAll({ after, limit: 1 })).map((e) => e.type)).toEqual(['B']);
    expect(await store.readAll({ after: { transactionId: all[2].transactionId, globalPosition: all[2].globalPosition } })).toEqual([]);
  });

  it('head: the last position of our events, and nothing ever held back', async () => {
    const { store } = make();
    expect(await store.head()).toEqual({ lastPosition: 0, hold: { heldEvents: 0 } });
    await store.append('s-1', [ev('A'), ev('B')], 'no-stream', metadata);
    const all = await store.readAll();
    expect(await store.head()).toEqual({ lastPosition: all[1].globalPosition, hold: { heldEvents: 0 } });
  });
});

describe('engine selection (EVENT_STORE_ENGINE)', () => {
  // Imported here so the module's Nest decorators load only for this block.
  const { resolveEventStoreEngine } = jest.requireActual<typeof import('../event-store.module')>('../event-store.module');

  it('defaults to postgres', () => {
    expect(resolveEventStoreEngine({}, {})).toEqual({ engine: 'postgres' });
    expect(resolveEventStoreEngine({}, { EVENT_STORE_ENGINE: 'postgres' })).toEqual({ engine: 'postgres' });
  });

  it('kurrentdb takes its connection string from the options or KURRENTDB_CONNECTION_STRING, and needs one', () => {
    expect(resolveEventStoreEngine({}, { EVENT_STORE_ENGINE: 'kurrentdb', KURRENTDB_CONNECTION_STRING: 'kurrentdb://k:2113?tls=false' })).toEqual({
      engine: 'kurrentdb',
      connectionString: 'kurrentdb://k:2113?tls=false',
    });
    expect(resolveEventStoreEngine({ engine: 'kurrentdb', kurrentdbConnectionString: 'kurrentdb://x' }, {})).toEqual({ engine: 'kurrentdb', connectionString: 'kurrentdb://x' });
    expect(() => resolveEventStoreEngine({}, { EVENT_STORE_ENGINE: 'kurrentdb' })).toThrow(/KURRENTDB_CONNECTION_STRING/);
  });

  it('refuses an unknown engine', () => {
    expect(() => resolveEventStoreEngine({}, { EVENT_STORE_ENGINE: 'mongodb' })).toThrow(/postgres or kurrentdb/);
  });
});
