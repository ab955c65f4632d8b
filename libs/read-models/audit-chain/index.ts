export * from './canonical-json';
export * from './chain-hash';
export * from './audit-chain.projection';
export * from './verify-chain';
