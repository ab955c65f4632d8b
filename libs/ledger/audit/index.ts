// This slice's public face: other slices and the apps import it from here.
export * from './audit-chain.projection';
export * from './audit-history.projection';
export * from './audit-sentences';
export * from './canonical-json';
export * from './chain-hash';
export * from './verify-chain';
export * from './audit-history.read';
export * from './merkle';
export * from './merkle-log';
export * from './merkle.projection';
export * from './audit.response';
