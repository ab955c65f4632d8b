// This slice's public face: other slices and the apps import it from here.
export * from './proposal.commands';
export * from './proposal.decider';
export * from './proposal.events';
export * from './proposal.projection';
export * from './proposal.read';
export * from './proposal.response';
