// This slice's public face: other slices and the apps import it from here.
export * from './business-dates';
export * from './programme-queries';
export * from './programme-snapshot';
export * from './snapshot-diff';
