import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type LogFormat = 'json' | 'pretty';

/** How an app logs: its level, and JSON lines (production) or pino-pretty (development). */
export interface LogSettings {
  level: string;
  format: LogFormat;
}

/**
 * Never logged: credentials in headers, and any `password`, token or secret field an object
 * being logged may carry (pino's paths do not recurse, so three levels are listed).
 */
const SECRET_KEYS = ['password', 'newPassword', 'currentPassword', 'accessToken', 'refreshToken', 'token', 'secret', 'jwtSecret'];
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.body',
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
];

/** JSON in production (NODE_ENV=production) or when LOG_FORMAT=json; human-readable otherwise. */
export function logFormatOf(env: { NODE_ENV?: string; LOG_FORMAT?: string }): LogFormat {
  if (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty') return env.LOG_FORMAT;
  return env.NODE_ENV === 'production' ? 'json' : 'pretty';
}

/** pino-pretty is a development dependency: where it is not installed, the logs stay JSON. */
function prettyAvailable(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** A person reads pretty logs: a request is its one-line message, the objects stay in the JSON logs. */
const PRETTY_IGNORED = 'pid,hostname,req,res,responseTime,requestId';

/** Where the lines go: standard output (the servers) or standard error (the CLI, whose stdout is its answer). */
export type LogFd = 1 | 2;

/** pino's options for `settings`; with a destination stream (tests), always JSON to it. */
export function pinoOptions(settings: LogSettings, output: DestinationStream | LogFd = 1): LoggerOptions {
  const pretty = settings.format === 'pretty' && typeof output === 'number' && prettyAvailable();
  return {
    level: settings.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { destination: output, translateTime: 'SYS:HH:MM:ss.l', ignore: PRETTY_IGNORED } } } : {}),
  };
}

/** The process's root logger: the API, the projector and the CLI each make one. */
export function createLogger(settings: LogSettings, output: DestinationStream | LogFd = 1): Logger {
  const options = pinoOptions(settings, output);
  if (options.transport) return pino(options);
  return pino(options, typeof output === 'number' ? pino.destination({ fd: output, sync: true }) : output);
}
