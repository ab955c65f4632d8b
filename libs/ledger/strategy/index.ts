// This slice's public face: other slices and the apps import it from here.
export * from './strategy.commands';
export * from './strategy.decider';
export * from './strategy.events';
export * from './strategy.projection';
export * from './strategy.response';
