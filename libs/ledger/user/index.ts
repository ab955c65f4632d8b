// This slice's public face: other slices and the apps import it from here.
export * from './sign-in.events';
export * from './user.commands';
export * from './user.decider';
export * from './user.events';
export * from './user.projection';
export * from './user.read';
export * from './password-policy';
export * from './password-reset';
