import { domainError, foldEvents, isDomainError } from '@ledger/kernel';
import { PROPOSAL_EVENT_TYPES, proposalDecider } from '@ledger/proposal';
import { riskDecider } from '@ledger/risk';
import { DOMAIN_EVENT_TYPES } from './domain-events';

describe('public surface', () => {
  it('lists every event type once', () => {
    expect(new Set(DOMAIN_EVENT_TYPES).size).toBe(DOMAIN_EVENT_TYPES.length);
    expect(DOMAIN_EVENT_TYPES).toHaveLength(64);
    expect(PROPOSAL_EVENT_TYPES).toContain('ProposalAgreed');
    expect(typeof proposalDecider.decide).toBe('function');
  });
});

describe('deciders', () => {
  it('fold a stream into state and recognise their errors', () => {
    const state = foldEvents(riskDecider, []);
    expect(state.riskId).toBeNull();
    expect(isDomainError(domainError('RISK_NOT_FOUND', 'x'))).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
