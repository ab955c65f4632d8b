// This slice's public face: other slices and the apps import it from here.
export * from './indicator-status';
export * from './objective.commands';
export * from './objective.decider';
export * from './objective.events';
export * from './objective.projection';
export * from './performance-view';
export * from './objective.response';
export * from './objective-link';
