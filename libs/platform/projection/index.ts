// This slice's public face: other slices and the apps import it from here.
export * from './metrics';
export * from './projection-runner';
export * from './projection-status';
export * from './projection';
export * from './projector';
export * from './rebuild';
export * from './row-reads';
