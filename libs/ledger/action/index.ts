// This slice's public face: other slices and the apps import it from here.
export * from './action-register';
export * from './condition-actions';
export * from './action.commands';
export * from './action.decider';
export * from './action.events';
export * from './action.projection';
export * from './action.response';
