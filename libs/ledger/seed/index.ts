// The demo's public face: its data (loaded from apps/seed/data), the runner that records it
// through the HTTP API, and the accounts file the first start keeps its passwords in.
export * from './accounts';
export * from './run-seed';
export * from './seed-data';
