// This slice's public face: other slices and the apps import it from here.
export * from './assert';
export * from './calendar-date';
export * from './decider';
export * from './domain.errors';
export * from './financial-year';
export * from './money';
export * from './stream-ids';
export * from './taken-at';
export * from './vocabulary';
