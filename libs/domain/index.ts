// Public surface of the pure domain: deciders, commands, events, errors and value checks.

export * from './shared/decider';
export * from './shared/domain.errors';
export * from './shared/money';
export * from './shared/financial-year';
export * from './shared/calendar-date';
export * from './shared/vocabulary';
export * from './shared/stream-ids';
export * from './schema-changes';
export {
  isId,
  requireId,
  requireText,
  optionalText,
  requireReason,
  requireOneOf,
  requireInteger,
} from './shared/assert';

export * from './programme/programme.events';
export * from './programme/programme.commands';
export * from './programme/programme.decider';

export * from './proposal/proposal.events';
export * from './proposal/proposal.commands';
export * from './proposal/proposal.decider';

export * from './business-case/business-case.events';
export * from './business-case/business-case.commands';
export * from './business-case/business-case.decider';

export * from './benefit/benefit.events';
export * from './benefit/benefit.commands';
export * from './benefit/benefit.decider';

export * from './delivery-plan/delivery-plan.events';
export * from './delivery-plan/delivery-plan.commands';
export * from './delivery-plan/delivery-plan.decider';

export * from './risk/risk.events';
export * from './risk/risk.commands';
export * from './risk/risk.decider';

export * from './decision-log/decision-log.events';
export * from './decision-log/decision-log.commands';
export * from './decision-log/decision-log.decider';

export * from './user/user.events';
export * from './user/sign-in.events';
export * from './user/user.commands';
export * from './user/user.decider';

export * from './domain-events';
