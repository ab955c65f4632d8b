import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';
import { secretProblem } from './secret-strength';

/** The API's configuration, read once from the environment and validated. */
export class AppConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Set by main.ts to the embedded server when DATABASE_URL is not given. */
  @IsString()
  DATABASE_URL: string;

  @IsOptional()
  @IsIn(['true', 'false'])
  RUN_PROJECTOR?: string;

  /** Queries read from here: a hot standby (docs/scaling.md); read-your-writes waits for its replay. */
  @IsOptional()
  @IsString()
  DATABASE_READ_URL?: string;

  /** How long read-your-writes waits for the standby before it answers from the primary. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(5_000)
  READ_YOUR_WRITES_STANDBY_WAIT_MS = 1_000;

  @IsOptional()
  @IsIn(['true', 'false'])
  SEED_ON_FIRST_START?: string;

  @IsString()
  BODY_LIMIT = '256kb';

  /**
   * HS256 key of the access tokens. Required with DATABASE_URL; the embedded default
   * generates one on first start and keeps it in $LEDGER_DATA_DIR/secrets.json. A
   * placeholder or low-entropy value is refused (secret-strength.ts).
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /**
   * Bearer token of GET /metrics (Prometheus' `authorization` credentials). The embedded
   * default generates one on first start (.data/metrics-token); with DATABASE_URL and no
   * token, /metrics answers nobody.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters' })
  METRICS_TOKEN?: string;

  /** Browser origins allowed to call the API, comma-separated; none (CORS closed) by default. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL = 900;

  @Type(() => Number)
  @IsInt()
  @Min(300)
  @Max(30 * 24 * 3600)
  SESSION_TTL = 12 * 3600;

  /** Sign-in attempts a minute per IP address and username. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  SIGN_IN_RATE_LIMIT = 10;

  /** Commands (writes outside /auth) a user may send in each window, counted across replicas. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  WRITE_RATE_LIMIT = 1200;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  WRITE_RATE_WINDOW_SECONDS = 60;

  /** The first administrator's password on an empty store; generated (and printed) if unset. */
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  /**
   * How long (ms) a query may wait for PostgreSQL before its request fails with 503: a
   * frozen or overloaded server must not hold requests for ever.
   */
  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(600_000)
  DATABASE_QUERY_TIMEOUT_MS = 30_000;

  /** Express "trust proxy": set it behind a reverse proxy so sign-in limits see the client's address. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;
}

/** The CORS_ORIGINS list; empty means CORS stays closed. */
export function corsOriginsOf(config: AppConfig): string[] {
  return (config.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const config = plainToInstance(AppConfig, env, { exposeDefaultValues: true, excludeExtraneousValues: false });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const detail = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`).join('; ');
    throw new Error(`Invalid configuration: ${detail}`);
  }
  // A placeholder or low-entropy key is refused as surely as a short one.
  for (const name of ['JWT_SECRET', 'METRICS_TOKEN'] as const) {
    const weak = config[name] === undefined ? null : secretProblem(name, config[name]);
    if (weak) throw new Error(`Invalid configuration: ${weak}`);
  }
  return config;
}
