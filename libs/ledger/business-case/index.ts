// This slice's public face: other slices and the apps import it from here.
export * from './business-case.commands';
export * from './business-case.decider';
export * from './business-case.events';
export * from './business-case.response';
