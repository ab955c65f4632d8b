// This slice's public face: other slices and the apps import it from here.
export * from './benefit.commands';
export * from './benefit.decider';
export * from './benefit.events';
export * from './benefit.projection';
export * from './benefit.read';
export * from './benefit-variance';
export * from './benefit.response';
