// This slice's public face: other slices and the apps import it from here.
export * from './programme.commands';
export * from './programme.decider';
export * from './programme.events';
export * from './programme.projection';
export * from './programme.read';
export * from './programme.response';
