export * from './event-store.port';
export * from './event-store.errors';
export * from './upcasters';
export * from './event-ids';
export * from './folded-states';
export * from './postgres/postgres-event-store';
export { EVENT_STORE_MIGRATIONS, migrateEventStore } from './postgres/schema';
export { KurrentDBEventStore, type KurrentDBEventStoreOptions, type KurrentClientLike } from './kurrentdb/kurrentdb-event-store';
export * from './event-store.module';
