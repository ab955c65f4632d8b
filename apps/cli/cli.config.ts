import { IsOptional, IsString, IsUrl, MinLength } from 'class-validator';
import { IsTcpPort, PlatformConfig, validateConfig } from '@ledger/platform/config';

/** The operator commands' configuration (the shared part in PlatformConfig). */
export class CliConfig extends PlatformConfig {
  /** `seed`: the administrator to record the demo as, with LEDGER_ADMIN_PASSWORD (else one is registered). */
  @IsOptional()
  @IsString()
  LEDGER_ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'LEDGER_ADMIN_PASSWORD must be at least 12 characters' })
  LEDGER_ADMIN_PASSWORD?: string;

  /** `seed`: the running API to record the demo through; else this machine's API on PORT. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'LEDGER_API_URL must be an http(s) URL, e.g. http://127.0.0.1:3000' })
  LEDGER_API_URL?: string;

  @IsTcpPort('PORT', 1)
  PORT = 3000;
}

/** The CLI's configuration from `env`; a bad value throws a ConfigurationError naming it. */
export function loadCliConfig(env: Record<string, unknown>): CliConfig {
  return validateConfig(CliConfig, env);
}
