// This slice's public face: other slices and the apps import it from here.
export * from './risk.commands';
export * from './risk.decider';
export * from './risk.events';
export * from './risk.projection';
export * from './risk.read';
export * from './risk.response';
