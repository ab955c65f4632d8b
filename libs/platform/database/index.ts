export * from './embedded-postgres';
export * from './database.config';
export * from './state-dir';
export * from './runtime-role';
export * from './multi-host';
