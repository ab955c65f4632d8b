// This slice's public face: other slices and the apps import it from here.
export * from './delivery-plan.commands';
export * from './delivery-plan.decider';
export * from './delivery-plan.events';
export * from './milestone.projection';
export * from './milestone.read';
export * from './milestone.response';
