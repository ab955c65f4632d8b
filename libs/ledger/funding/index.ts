// This slice's public face: other slices and the apps import it from here.
export * from './funding.commands';
export * from './funding.decider';
export * from './funding.events';
export * from './funding.projection';
export * from './funding.response';
