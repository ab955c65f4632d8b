export * from './projection';
export * from './projection-runner';
export * from './projector';
export * from './data-source';
export * from './read-model.entities';
export * from './projections';
export * from './projection-status';
export * from './queries/programme-snapshot';
export * from './queries/programme-queries';
export * from './queries/snapshot-diff';
export * from './queries/business-dates';
export * from './metrics';
export * from './read-side.module';
export * from './rebuild';
export * from './audit-chain';
// The pack's data; its renderers (PDF, XLSX: heavy libraries) are imported from '@ledger/read-models/committee-pack'.
export * from './committee-pack/committee-pack';
export * from './committee-pack/pack-tables';
