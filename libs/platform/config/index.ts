// This platform part's public face.
export * from './validate-config';
export * from './platform.config';
export * from './secret-strength';
