import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, validateSync } from 'class-validator';

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

  @IsOptional()
  @IsIn(['true', 'false'])
  SEED_ON_FIRST_START?: string;

  @IsString()
  BODY_LIMIT = '256kb';
}

export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const config = plainToInstance(AppConfig, env, { exposeDefaultValues: true, excludeExtraneousValues: false });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const detail = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`).join('; ');
    throw new Error(`Invalid configuration: ${detail}`);
  }
  return config;
}
