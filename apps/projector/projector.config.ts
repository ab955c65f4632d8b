import { IsOptional, IsString, MinLength } from 'class-validator';
import { ConfigurationError, IsTcpPort, PlatformConfig, refuseWeakSecrets, validateConfig } from '@ledger/platform/config';

/** The separate projector's configuration (the shared part in PlatformConfig). */
export class ProjectorConfig extends PlatformConfig {
  /** Port of the projector's /health and /metrics. */
  @IsTcpPort('PROJECTOR_PORT')
  PROJECTOR_PORT = 3001;

  /** GET /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`, as the API's does. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters' })
  METRICS_TOKEN?: string;
}

/** The projector's configuration from `env`; a bad value throws a ConfigurationError naming it. */
export function loadProjectorConfig(env: Record<string, unknown>): ProjectorConfig & { DATABASE_URL: string } {
  const config = refuseWeakSecrets(validateConfig(ProjectorConfig, env), ['METRICS_TOKEN']);
  // Optional for the API and the CLI (the embedded default), required here.
  if (!config.DATABASE_URL) {
    throw new ConfigurationError(['DATABASE_URL is required for a separate projector process (the embedded default runs the projector inside the API)']);
  }
  return config as ProjectorConfig & { DATABASE_URL: string };
}
