export * from './committee-pack';
export * from './pack-tables';
export * from './render-tables';
export * from './render-pdf';
