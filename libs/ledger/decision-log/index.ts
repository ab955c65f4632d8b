// This slice's public face: other slices and the apps import it from here.
export * from './decision-log.commands';
export * from './decision-log.decider';
export * from './decision-log.events';
export * from './decision.projection';
export * from './decision.read';
export * from './decision.response';
