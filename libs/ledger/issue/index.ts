// This slice's public face: other slices and the apps import it from here.
export * from './issue.commands';
export * from './issue.decider';
export * from './issue.events';
export * from './issue.projection';
export * from './issue.response';
