export * from './projection';
export * from './projection-runner';
export * from './projector';
export * from './data-source';
export * from './read-model.entities';
export * from './projections';
export * from './projection-status';
