// This slice's public face: other slices and the apps import it from here.
export * from './reporting-duty.commands';
export * from './reporting-duty.decider';
export * from './reporting-duty.events';
export * from './reporting-duty.projection';
export * from './reporting-duty.response';
