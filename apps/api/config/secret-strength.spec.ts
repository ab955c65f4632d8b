import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from './app.config';
import { resolveAuthOptions } from '../auth/auth.options';
import { estimatedEntropyBits, secretProblem } from '@ledger/platform/config';

describe('the JWT_SECRET start-up check', () => {
  const K8S_PLACEHOLDER = 'CHANGE-ME-to-a-random-secret-of-at-least-32-characters';

  it.each([
    ['the Kubernetes manifest placeholder', K8S_PLACEHOLDER, /placeholder/],
    ['changeme in any case', `changeme${randomBytes(24).toString('hex')}`, /placeholder/],
    ['an example value', `example-${randomBytes(24).toString('hex')}`, /placeholder/],
    ['the word secret', `my-jwt-secret-${randomBytes(24).toString('hex')}`, /placeholder/],
    ['one character repeated', 'a'.repeat(64), /variety/],
    ['a short alphabet', '0101101001011010010110100101101001011010', /variety/],
    ['a low-entropy key', '0123456789'.repeat(2) + '0'.repeat(30), /predictable/],
    ['a repeated pattern', 'abcdefghij'.repeat(5), /repeats itself/],
    ['too short', randomBytes(12).toString('base64url'), /at least 32 characters/],
  ])('refuses %s, naming JWT_SECRET', (_what, value, why) => {
    const problem = secretProblem('JWT_SECRET', value);
    expect(problem).toMatch(/^JWT_SECRET /);
    expect(problem).toMatch(why);
    expect(problem).toMatch(/openssl rand -base64 48/);
  });

  it.each([
    ['openssl rand -base64 48', randomBytes(48).toString('base64')],
    ['32 random bytes in hex', randomBytes(32).toString('hex')],
    ['the embedded default (48 bytes, base64url)', randomBytes(48).toString('base64url')],
    ['two UUIDs', randomUUID() + randomUUID()],
  ])('accepts a generated key: %s', (_what, value) => {
    expect(secretProblem('JWT_SECRET', value)).toBeNull();
    expect(estimatedEntropyBits(value)).toBeGreaterThanOrEqual(128);
  });

  it('loadConfig refuses a weak JWT_SECRET with a message naming it, and accepts a strong one', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', JWT_SECRET: K8S_PLACEHOLDER })).toThrow(/JWT_SECRET looks like a placeholder/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x', JWT_SECRET: 'z'.repeat(40) })).toThrow(/JWT_SECRET has too little variety/);
    const strong = randomBytes(48).toString('base64');
    expect(loadConfig({ DATABASE_URL: 'postgres://x', JWT_SECRET: strong }).JWT_SECRET).toBe(strong);
  });

  it('the auth module refuses one too (whoever builds it)', () => {
    expect(() => resolveAuthOptions({ jwtSecret: K8S_PLACEHOLDER })).toThrow(/JWT_SECRET/);
  });
});
