// This slice's public face: other slices and the apps import it from here.
export * from './person.commands';
export * from './person.decider';
export * from './person.events';
export * from './person.projection';
export * from './person.read';
export * from './person.response';
