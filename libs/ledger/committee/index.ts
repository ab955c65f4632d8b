// This slice's public face: other slices and the apps import it from here.
export * from './committee-pack';
export * from './pack-tables';
export * from './render-pdf';
export * from './render-tables';
export * from './matters-arising';
export * from './committee.response';
export * from './pack-plan';
