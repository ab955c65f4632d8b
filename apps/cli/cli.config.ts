import { IsOptional, IsString, MinLength } from 'class-validator';
import { PlatformConfig, validateConfig } from '@ledger/platform/config';

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
}

/** The CLI's configuration from `env`; a bad value throws a ConfigurationError naming it. */
export function loadCliConfig(env: Record<string, unknown>): CliConfig {
  return validateConfig(CliConfig, env);
}
