// This slice's public face: other slices and the apps import it from here.
export * from './plan-queries';
