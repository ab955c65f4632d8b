import { Writable } from 'node:stream';
import { createLogger, logFormatOf } from './logging';

describe('the logger', () => {
  it('redacts passwords, tokens and credentials in headers, at any of three levels', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) });
    const log = createLogger({ level: 'info', format: 'json' }, sink);
    log.info({ password: 'p1', user: { password: 'p2', refreshToken: 'r1' }, req: { headers: { authorization: 'Bearer t1', cookie: 'c1' } }, a: { b: { accessToken: 't2' } } }, 'hello');
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({
      msg: 'hello',
      password: '[redacted]',
      user: { password: '[redacted]', refreshToken: '[redacted]' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]' } },
      a: { b: { accessToken: '[redacted]' } },
    });
    expect(lines[0]).not.toMatch(/p1|p2|r1|t1|c1"|t2/);
  });

  it('writes JSON in production or when asked, human-readable text otherwise', () => {
    expect(logFormatOf({ NODE_ENV: 'production' })).toBe('json');
    expect(logFormatOf({ LOG_FORMAT: 'json' })).toBe('json');
    expect(logFormatOf({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' })).toBe('pretty');
    expect(logFormatOf({})).toBe('pretty');
  });
});
