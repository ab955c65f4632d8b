import { join } from 'node:path';
import { API_MAIN, PROJECTOR_MAIN, ROOT, spawnTs } from '../faults/support/processes';

/**
 * Issue 16: a bad value stops each app at start, before it opens anything, with a message
 * naming the variable and what is wanted (and no stack trace).
 */
const CLI_MAIN = join(ROOT, 'apps/cli/main.ts');

async function start(entry: string, env: Record<string, string>) {
  const child = spawnTs(entry, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', ...env });
  const { code } = await child.exited;
  return { code, output: child.output.join('') };
}

describe('a bad configuration stops the app at start', () => {
  it.each([
    ['the API', { PORT: '70000' }, API_MAIN, /PORT must be a TCP port \(an integer 0–65535\) \(got "70000"\)/],
    ['the API', { NODE_ENV: 'production', JWT_SECRET: 'short' }, API_MAIN, /JWT_SECRET must be at least 32 characters/],
    ['the projector', { PROJECTOR_PORT: 'abc' }, PROJECTOR_MAIN, /PROJECTOR_PORT must be a TCP port \(an integer 0–65535\) \(got "abc"\)/],
    ['the CLI', { LOG_LEVEL: 'loud' }, CLI_MAIN, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/],
  ])('%s with %j', async (_app, env, entry, message) => {
    const { code, output } = await start(entry, env);
    expect({ code, output: output.trim() }).toEqual({ code: 1, output: expect.stringMatching(message) });
    expect(output).toMatch(/^Invalid configuration:/);
    expect(output).not.toMatch(/\n\s+at /);
  }, 60_000);
});
