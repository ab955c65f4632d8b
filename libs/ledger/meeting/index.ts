// This slice's public face: other slices and the apps import it from here.
export * from './meeting.commands';
export * from './meeting.decider';
export * from './meeting.events';
export * from './meeting.projection';
export * from './meeting.response';
export * from './decisions-taken';
