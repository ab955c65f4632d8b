import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '@ledger/platform/config';
import { loadConfig } from './app.config';

const strong = randomBytes(48).toString('base64url');

/** The problems a configuration is refused with ([] when it is accepted). */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
}

describe("the API's configuration", () => {
  it('takes the defaults, typed, when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', LOG_LEVEL: 'info', EVENT_STORE_ENGINE: 'postgres', WRITE_RATE_LIMIT: 1200, WRITE_RATE_WINDOW_SECONDS: 60, EMBEDDED_PG_PORT: 54329 });
    expect(loadConfig({ PORT: '8080', WRITE_RATE_LIMIT: '50' })).toMatchObject({ PORT: 8080, WRITE_RATE_LIMIT: 50 });
  });

  it.each([
    [{ PORT: '70000' }, /^PORT must be a TCP port \(an integer 0–65535\) \(got "70000"\)$/],
    [{ PORT: 'abc' }, /^PORT must be a TCP port .*\(got "abc"\)$/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32 characters$/],
    [{ WRITE_RATE_LIMIT: '0' }, /^WRITE_RATE_LIMIT must not be less than 1 \(got "0"\)$/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)$/],
    [{ LOG_FORMAT: 'xml' }, /^LOG_FORMAT must be json or pretty/],
    [{ EVENT_STORE_ENGINE: 'kurrentdb' }, /^KURRENTDB_CONNECTION_STRING is needed with EVENT_STORE_ENGINE=kurrentdb.*\(not set\)$/],
    [{ EMBEDDED_PG_PORT: '0' }, /^EMBEDDED_PG_PORT must be a TCP port/],
  ])('%j is refused, naming the variable and what is wanted', (env, message) => {
    const found = problems(env);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('names every bad variable at once, and never repeats a secret', () => {
    const found = problems({ PORT: '-1', SIGN_IN_RATE_LIMIT: 'lots', JWT_SECRET: 'too-short-secret-value' });
    expect(found.map((p) => p.split(' ')[0]).sort()).toEqual(['JWT_SECRET', 'PORT', 'SIGN_IN_RATE_LIMIT']);
    expect(found.join('\n')).not.toContain('too-short-secret-value');
  });

  it('accepts a strong secret and an empty variable as unset', () => {
    expect(problems({ NODE_ENV: 'production', JWT_SECRET: strong, PORT: '' })).toEqual([]);
  });
});
