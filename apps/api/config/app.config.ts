import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsIntSetting, IsTcpPort, PlatformConfig, refuseWeakSecrets, validateConfig } from '@ledger/platform/config';

/** The API's configuration, read once from the environment and validated (the shared part in PlatformConfig). */
export class AppConfig extends PlatformConfig {
  @IsTcpPort('PORT')
  PORT = 3000;

  @IsOptional()
  @IsIn(['true', 'false'])
  RUN_PROJECTOR?: string;

  /** Queries read from here: a hot standby (docs/scaling.md); read-your-writes waits for its replay. */
  @IsOptional()
  @IsString()
  DATABASE_READ_URL?: string;

  /** How long read-your-writes waits for the standby before it answers from the primary. */
  @IsOptional()
  @IsIntSetting(0, 5_000)
  READ_YOUR_WRITES_STANDBY_WAIT_MS = 1_000;

  @IsOptional()
  @IsIn(['true', 'false'])
  SEED_ON_FIRST_START?: string;

  @IsString()
  BODY_LIMIT = '256kb';

  /**
   * HS256 key of the access tokens. Required with DATABASE_URL; the embedded default
   * generates one on first start and keeps it in $LEDGER_DATA_DIR/secrets.json. A
   * placeholder or low-entropy value is refused (libs/platform/config/secret-strength.ts).
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

  @IsIntSetting(60, 3600)
  ACCESS_TOKEN_TTL = 900;

  @IsIntSetting(300, 30 * 24 * 3600)
  SESSION_TTL = 12 * 3600;

  /** Sign-in attempts a minute per IP address and username. */
  @IsIntSetting(1, 10000)
  SIGN_IN_RATE_LIMIT = 10;

  /** Commands (writes outside /auth) a user may send in each window, counted across replicas. */
  @IsIntSetting(1, 1_000_000)
  WRITE_RATE_LIMIT = 1200;

  @IsIntSetting(1, 86_400)
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
  @IsIntSetting(500, 600_000)
  DATABASE_QUERY_TIMEOUT_MS = 30_000;

  /** How often (ms) a signed tree head of the Merkle log is recorded while it grows; 0 = never. */
  @IsIntSetting(0)
  LEDGER_TREE_HEAD_INTERVAL_MS = 600_000;

  /** Where the built web UI is; by default apps/web/dist, found from the API's own files. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

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

/** The API's configuration from `env`; a bad value throws a ConfigurationError naming it. */
export function loadConfig(env: Record<string, unknown>): AppConfig {
  return refuseWeakSecrets(validateConfig(AppConfig, env), ['JWT_SECRET', 'METRICS_TOKEN']);
}
