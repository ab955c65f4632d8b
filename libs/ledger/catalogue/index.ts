// This slice's public face: other slices and the apps import it from here.
export * from './data-source';
export * from './domain-events';
export * from './projections';
export * from './read-side.module';
export * from './schema-changes';
