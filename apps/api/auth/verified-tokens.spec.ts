import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  const exp = 1_800_000_000; // seconds
  it('finds a kept token until its exp, and not from exp on', () => {
    const tokens = new VerifiedTokens<{ sub: string; exp?: number }>();
    tokens.keep('a.b.c', { sub: 'u1', exp });
    expect(tokens.get('a.b.c', exp * 1000 - 1)).toEqual({ sub: 'u1', exp });
    expect(tokens.get('a.b.c', exp * 1000)).toBeUndefined();
    // Dropped once expired, even if asked with an earlier clock afterwards.
    expect(tokens.get('a.b.c', exp * 1000 - 1)).toBeUndefined();
  });

  it('matches only the identical token, and never keeps one without a numeric exp', () => {
    const tokens = new VerifiedTokens<{ sub: string; exp?: unknown }>();
    tokens.keep('a.b.c', { sub: 'u1', exp });
    expect(tokens.get('a.b.d', 0)).toBeUndefined();
    tokens.keep('x.y.z', { sub: 'u2' });
    tokens.keep('x.y.w', { sub: 'u2', exp: '1800000000' });
    expect(tokens.get('x.y.z', 0)).toBeUndefined();
    expect(tokens.get('x.y.w', 0)).toBeUndefined();
  });

  it('stays within its capacity', () => {
    const tokens = new VerifiedTokens<{ exp: number }>(2);
    tokens.keep('t1', { exp });
    tokens.keep('t2', { exp });
    tokens.keep('t3', { exp });
    expect([tokens.get('t1', 0), tokens.get('t2', 0), tokens.get('t3', 0)].filter(Boolean)).toHaveLength(1);
  });
});
