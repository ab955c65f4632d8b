// This platform part's public face.
export * from './logging';
